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

    public var vi: String {
        switch self {
        case .products: "Sản phẩm"
        case .certified: "Đạt OCOP"
        case .byStars: "Theo hạng sao"
        case .expired: "Giấy chứng nhận hết hạn"
        case .expiring: "Sắp hết hạn trong 90 ngày tới"
        case .revoked: "Bị thu hồi"
        case .newlyCertified: "Chứng nhận mới trong năm"
        case .rejected: "Bị loại"
        case .ideas: "Ý tưởng đã đăng ký"
        case .producers: "Chủ thể"
        case .producersByType: "Chủ thể theo loại hình"
        case .productsPerUnit: "Sản phẩm theo địa bàn"
        case .zoneArea: "Diện tích vùng nguyên liệu"
        case .certifiedZoneArea: "Diện tích được chứng nhận"
        case .chains: "Chuỗi liên kết"
        case .overdueTasks: "Nhiệm vụ quá hạn"
        case .overdueActions: "Công việc quá hạn"
        case .communesWithProduct: "Xã có sản phẩm OCOP"
        case .communesWithIdea: "Xã có ý tưởng sản phẩm"
        case .everCertified: "Sản phẩm được công nhận (lũy kế)"
        }
    }

    public var en: String {
        switch self {
        case .products: "Products"
        case .certified: "Certified (OCOP)"
        case .byStars: "By stars"
        case .expired: "Expired certificates"
        case .expiring: "Expiring within 90 days"
        case .revoked: "Revoked"
        case .newlyCertified: "Newly certified in the year"
        case .rejected: "Rejected"
        case .ideas: "Registered ideas"
        case .producers: "Producers"
        case .producersByType: "Producers by type"
        case .productsPerUnit: "Products per unit"
        case .zoneArea: "Raw-material zone area"
        case .certifiedZoneArea: "Certified area"
        case .chains: "Linkage chains"
        case .overdueTasks: "Overdue tasks"
        case .overdueActions: "Overdue actions"
        case .communesWithProduct: "Communes with an OCOP product"
        case .communesWithIdea: "Communes with a product idea"
        case .everCertified: "Products ever certified (cumulative)"
        }
    }

    /// The figure's one-line definition in a language.
    public func definition(_ lang: Language) -> String { lang == .vi ? definitionVi : definitionEn }

    var definitionVi: String {
        switch self {
        case .products: "mọi sản phẩm trong dữ liệu, kể cả ý tưởng, sản phẩm bị loại và đã hết hạn."
        case .certified: "có giấy chứng nhận OCOP còn hiệu lực vào ngày tính (cấp trước hoặc đúng ngày, chưa hết hạn), không bị thu hồi, sản phẩm không bị loại."
        case .byStars: "sản phẩm đạt OCOP chia theo hạng sao của giấy chứng nhận còn hiệu lực (giấy hết hạn tính riêng)."
        case .expired: "giấy chứng nhận đã quá ngày hết hạn vào ngày tính và không bị thu hồi (36 tháng kể từ ngày cấp)."
        case .expiring: "sản phẩm đạt OCOP có giấy chứng nhận hết hạn trong 90 ngày kể từ ngày tính."
        case .revoked: "giấy chứng nhận bị thu hồi theo quyết định, vào hoặc trước ngày tính."
        case .newlyCertified: "sản phẩm được chứng nhận lần đầu trong năm (lần đánh giá đầu tiên đạt từ 3 sao); đánh giá lại, nâng hạng không tính."
        case .rejected: "sản phẩm bị loại khỏi chu trình (kèm lý do)."
        case .ideas: "sản phẩm đang ở bước 2 (nhận đăng ký ý tưởng) trở lên, không bị loại."
        case .producers: "mọi chủ thể OCOP trong dữ liệu."
        case .producersByType: "DN: doanh nghiệp; HTX: hợp tác xã; THT: tổ hợp tác; Hộ: hộ sản xuất có đăng ký kinh doanh."
        case .productsPerUnit: "“8 SP · 2 đạt OCOP”: số sản phẩm của địa bàn và số sản phẩm đạt OCOP trong đó (không phải số sao)."
        case .zoneArea: "tổng diện tích các vùng nguyên liệu (ha)."
        case .certifiedZoneArea: "diện tích được chứng nhận VietGAP, hữu cơ… của vùng (ha; mỗi vùng lấy tiêu chuẩn có diện tích lớn nhất) — không phải OCOP."
        case .chains: "chuỗi liên kết sản xuất – tiêu thụ theo Nghị định 98/2018/NĐ-CP trong các vùng."
        case .overdueTasks: "nhiệm vụ chưa hoàn thành mà thời hạn đã qua ngày tính."
        case .overdueActions: "công việc chưa hoàn thành mà hạn đã qua ngày tính."
        case .communesWithProduct: "xã, phường có ít nhất một sản phẩm đạt OCOP (mỗi xã một sản phẩm)."
        case .communesWithIdea: "xã, phường có ít nhất một ý tưởng sản phẩm đã đăng ký (bước 2 trở lên, không bị loại)."
        case .everCertified: "sản phẩm đã được công nhận OCOP lần đầu vào hoặc trước ngày tính, mỗi sản phẩm một lần, kể cả giấy đã hết hạn (cộng dồn số chứng nhận mới từng năm)."
        }
    }

    var definitionEn: String {
        switch self {
        case .products: "every product in the data, ideas, rejected and expired included."
        case .certified: "holds an OCOP certificate valid on the as-of date (issued on or before it, not expired), not revoked, the product not rejected."
        case .byStars: "certified products by the stars of their valid certificate (expired certificates counted apart)."
        case .expired: "certificates past their expiry on the as-of date and not revoked (36 months from issue)."
        case .expiring: "certified products whose certificate expires within 90 days of the as-of date."
        case .revoked: "certificates revoked by a decision on or before the as-of date."
        case .newlyCertified: "products certified for the first time in the year (their first evaluation of 3 stars or more); re-evaluations and upgrades do not count."
        case .rejected: "products taken out of the cycle (with a reason)."
        case .ideas: "products at step 2 (idea registered) or later, not rejected."
        case .producers: "every OCOP producer in the data."
        case .producersByType: "DN: enterprises; HTX: cooperatives; THT: cooperative groups; Hộ: registered households."
        case .productsPerUnit: "“8 SP · 2 đạt OCOP”: a unit's products and how many of them are certified (not stars)."
        case .zoneArea: "the total area of the raw-material zones (ha)."
        case .certifiedZoneArea: "area certified VietGAP, organic… in the zones (ha; per zone the standard with the largest area) — not OCOP."
        case .chains: "production–consumption linkage chains (Decree 98/2018/NĐ-CP) in the zones."
        case .overdueTasks: "tasks not done whose deadline has passed on the as-of date."
        case .overdueActions: "actions not done whose due date has passed on the as-of date."
        case .communesWithProduct: "communes and wards with at least one certified OCOP product (one commune, one product)."
        case .communesWithIdea: "communes and wards with at least one registered product idea (step 2 or later, not rejected)."
        case .everCertified: "products first certified on or before the as-of date, each once, expired certificates included (the running total of newly certified per year)."
        }
    }
}
