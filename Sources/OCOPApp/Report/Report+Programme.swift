import Foundation
import OCOPModel
import OCOPText

/// The report's account of the programme against its plan: the notice it follows, what each figure means,
/// certifications per year, the 2018–2020 baseline and progress towards the targets.
extension Report {
    /// The notice: its number and date, the conference (date, place, who chaired) and who signed.
    public struct NoticeInfo: Codable, Sendable, Equatable {
        public var number: String?
        public var date: String
        public var dateLabel: String
        public var title: String
        public var conferenceDate: String
        public var conferenceDateLabel: String
        public var venue: String
        public var chairedBy: String
        public var signerRole: String
        public var signer: String
    }
    /// A figure's one-line definition.
    public struct Definition: Codable, Sendable, Equatable {
        public var key: String
        public var label: String
        public var definition: String
    }
    /// First certifications in a year and the running total.
    public struct YearRow: Codable, Sendable, Equatable {
        public var year: Int
        public var newlyCertified: Int
        public var cumulative: Int
    }
    /// A target and the value reached (on the as-of date, or the target's end when that came first).
    public struct TargetRow: Codable, Sendable, Equatable {
        public var measure: String
        public var label: String
        public var year: Int
        public var target: Double
        public var value: Double
        public var countedOn: String
        public var percent: Double
        public var met: Bool
        public var illustrative: Bool
        public var source: String?
    }

    static func programme(_ ds: Dataset, _ idx: DatasetIndex, _ st: Statistics, asOf: CivilDate, lang: Language)
        -> (NoticeInfo, [Definition], [YearRow], [Figure], [TargetRow]) {
        let n = ds.info.notice
        let notice = NoticeInfo(number: n.number, date: n.date.iso, dateLabel: n.date.display, title: n.title, conferenceDate: n.conferenceDate.iso,
                                conferenceDateLabel: n.conferenceDate.display, venue: n.venue, chairedBy: n.chairedBy, signerRole: n.signerRole, signer: n.signer)
        let definitions = OCOPModel.Figure.allCases.map { Definition(key: $0.rawValue, label: $0.label(lang), definition: $0.definition(lang)) }
        let years = st.certificationsByYear().map { YearRow(year: $0.year, newlyCertified: $0.count, cumulative: $0.cumulative) }
        let baseline = (ds.info.baseline ?? []).map { Figure(key: $0.key, label: $0.label, value: $0.value) }
        let targets = (ds.info.targets ?? []).map { t -> TargetRow in
            let p = t.progress(idx, asOf: asOf)
            return TargetRow(measure: t.measure.rawValue, label: targetLabel(t, lang), year: t.year, target: t.value, value: p.value, countedOn: p.date.iso,
                             percent: (p.percent * 10).rounded() / 10, met: p.met, illustrative: t.illustrative ?? false, source: t.source)
        }
        return (notice, definitions, years, baseline, targets)
    }

    /// "Thông báo số 12/TB-UBND ngày 14/01/2021", or without the number when the data has none.
    static func noticeHeading(_ number: String?, _ date: String, _ lang: Language) -> String {
        number.map { Msg.noticeHeading.text(lang, $0, date) } ?? Msg.noticeHeadingUndated.text(lang, date)
    }

    /// The notice's lines for the report's header.
    func noticeText(_ lang: Language) -> [String] {
        [Self.noticeHeading(notice.number, notice.dateLabel, lang) + ": " + notice.title,
         Msg.noticeConference.text(lang, notice.conferenceDateLabel, notice.venue, notice.chairedBy),
         Msg.noticeSigned.text(lang, notice.signerRole, notice.signer)]
    }

    /// An agency's short name on a date: itself while it exists, else the body it became (followed through merges).
    static func agencyOnDate(_ id: String, _ idx: DatasetIndex, _ date: CivilDate) -> String {
        var current = id
        var seen: Set<String> = [id]
        while let a = idx.agencyById[current], let to = a.validTo, to < date, let next = a.successorIds?.first, seen.insert(next).inserted {
            current = next
        }
        return idx.agencyShortName(current)
    }

    /// A target's label: the plan's own words (data) in Vietnamese, the measure's name in English.
    static func targetLabel(_ t: ProgrammeTarget, _ lang: Language) -> String {
        guard lang == .en else { return t.label }
        let m: Msg
        switch t.measure {
        case .everCertified: m = .measureEverCertified
        case .certifiedProducts: m = .measureCertified
        case .fourStarsOrMore: m = .measureFourStars
        case .fiveStars: m = .measureFiveStars
        case .producers: m = .measureProducers
        case .communeCoveragePercent: m = .measureCoverage
        }
        return m.text(lang)
    }
}
