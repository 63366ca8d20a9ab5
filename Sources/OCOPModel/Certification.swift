import Foundation

/// How evaluations and certificates follow each other: one place for the rule, used by forms, undo and the loader.
public enum Certification {
    /// Whether a certificate was issued from an evaluation (same day, same stars): it then follows that evaluation
    /// when it is corrected or deleted; otherwise it stands on its own.
    public static func certificate(_ c: Certificate, cameFrom e: Evaluation) -> Bool {
        c.issuedOn == e.date && c.stars == e.stars
    }

    /// The certificate an evaluation earns: 3★ and above, valid 36 months from the evaluation's date.
    public static func certificate(from e: Evaluation, decisionFallback: String = "") -> Certificate? {
        guard Rules.isCertifiable(stars: e.stars) else { return nil }
        return Certificate(stars: e.stars, decisionNumber: e.decisionNumber ?? decisionFallback, issuedOn: e.date,
                           expiresOn: Rules.certificateExpiry(issuedOn: e.date))
    }

    /// The product after a new evaluation: its certificate when it earns one, the cycle at the evaluation step at
    /// least, and any rejection cleared.
    public static func recording(_ e: Evaluation, on product: Product) -> Product {
        var p = product
        p.evaluations.append(e)
        if let c = certificate(from: e) { p.certificate = c }
        if p.cycleStep < .evaluation { p.cycleStep = .evaluation }
        p.rejection = nil
        return p
    }

    /// The product after correcting the evaluation at `index`: a certificate issued from it follows the correction
    /// (or goes, below 3★); a certificate from another evaluation stays.
    public static func correcting(at index: Int, with e: Evaluation, on product: Product) -> Product {
        var p = product
        guard p.evaluations.indices.contains(index) else { return p }
        let old = p.evaluations[index]
        p.evaluations[index] = e
        if let cert = p.certificate, certificate(cert, cameFrom: old) {
            p.certificate = certificate(from: e, decisionFallback: cert.decisionNumber)
        }
        return p
    }

    /// The product after deleting the evaluation at `index`: a certificate issued from it goes; the latest remaining
    /// evaluation of 3★ or more, if any, gives the certificate back.
    public static func removing(at index: Int, from product: Product) -> Product {
        var p = product
        guard p.evaluations.indices.contains(index) else { return p }
        let e = p.evaluations.remove(at: index)
        if let cert = product.certificate, certificate(cert, cameFrom: e) {
            p.certificate = p.evaluations.last(where: { Rules.isCertifiable(stars: $0.stars) }).flatMap { certificate(from: $0) }
        }
        return p
    }
}
