import Foundation
import OCOPText

/// Where a product's certificate stands on a date: the one place the programme's words about certificates are
/// decided.
public enum CertificateStanding: String, Sendable, Hashable {
    /// No certificate.
    case none
    /// Valid on the date (issued on or before it, expiring on or after it), not revoked, the product not rejected:
    /// the product is "đạt OCOP".
    case valid
    /// Past its expiry date (and not revoked).
    case expired
    /// Revoked (thu hồi) by a decision on or before the date.
    case revoked
    /// Still in date but the product was taken out of the cycle (rejected) without the certificate being revoked.
    case suspended
    /// Issued after the date (the programme as it was then did not have it yet).
    case notYetIssued
}

extension Rules {
    /// The certificate a product held on `date`: the one on record when it was issued by then; otherwise the one its
    /// latest qualifying evaluation up to that date gave (36 months; the centre alone awards 5★), so that the programme
    /// reads right on a past date although a record keeps only its latest certificate. Nil when there was none yet.
    public static func certificate(of p: Product, on date: CivilDate) -> Certificate? {
        guard let c = p.certificate else { return nil }
        if c.issuedOn <= date { return c }
        guard let e = p.evaluations.filter({ isCertifiable(stars: $0.stars) && $0.date <= date }).max(by: { $0.date < $1.date }) else { return nil }
        return Certificate(stars: e.councilLevel == .central ? e.stars : min(e.stars, 4), decisionNumber: e.decisionNumber ?? "",
                           issuedOn: e.date, expiresOn: certificateExpiry(issuedOn: e.date))
    }

    /// Where a product's certificate stands on `date`.
    public static func standing(of p: Product, on date: CivilDate) -> CertificateStanding {
        guard let held = p.certificate else { return .none }
        if let r = held.revokedOn, r <= date { return .revoked }
        guard let c = certificate(of: p, on: date) else { return .notYetIssued }
        if c.expiresOn < date { return .expired }
        if let rejected = p.rejection?.date, rejected <= date { return .suspended }
        return .valid
    }

    /// Whether a product is certified (đạt OCOP) on a date: it holds a certificate valid on that date and is neither
    /// rejected nor revoked.
    public static func isCertified(_ p: Product, on date: CivilDate) -> Bool { standing(of: p, on: date) == .valid }

    /// The day a product was first certified: its earliest evaluation of 3★ or more, else its certificate's issue
    /// date. Re-evaluations and upgrades do not make a product "newly certified" again.
    public static func firstCertification(_ p: Product) -> CivilDate? {
        var first: CivilDate?
        for e in p.evaluations where isCertifiable(stars: e.stars) && first.map({ e.date < $0 }) ?? true { first = e.date }
        guard let cert = p.certificate?.issuedOn else { return first }
        return first.map { min($0, cert) } ?? cert
    }
}

/// The figures the dashboard, the deck and the report show, each with one definition (shown in `?` on the
/// overview, in a legend and in the report).
public enum Figure: String, CaseIterable, Sendable, Hashable, Labelled {
    case products, certified, byStars, expired, expiring, revoked, newlyCertified, rejected, ideas
    case producers, producersByType, productsPerUnit, zoneArea, certifiedZoneArea, chains
    case overdueTasks, overdueActions, communesWithProduct, communesWithIdea, everCertified

    /// The figure's one-line definition in a language.
    public func definition(_ lang: Language) -> String { Terms.text("Figure.definition.\(rawValue)", lang) }
}
