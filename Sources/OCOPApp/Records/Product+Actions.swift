import OCOPModel
import OCOPText

extension AppState {
    /// A product's quick actions: next cycle step, rejection, evaluation and its list.
    mutating func productAction(_ action: Action, _ p: Product) -> [Effect] {
        switch action {
        case .nextStep:
            guard p.rejection == nil else {
                message = Msg.productRejectedEditToReturn.text(lang)
                return []
            }
            guard let next = CycleStep(rawValue: p.cycleStep.rawValue + 1) else {
                message = Msg.productAtLastStep.text(lang)
                return []
            }
            var moved = p
            moved.cycleStep = next
            return [.commit(RecordChange(before: p, after: moved), action: .nextStep, origin: .quick)]
        case .reject: openForm(.reject(productId: p.id))
        case .manageEvaluations:
            guard !p.evaluations.isEmpty else {
                message = Msg.noEvaluationsYet.text(lang)
                return []
            }
            openChooser(Msg.whichEvaluation.text(lang), p.evaluations.indices.reversed().map { k in
                let e = p.evaluations[k]
                return ("\(e.date.display) · A \(e.scoreA) + B \(e.scoreB) + C \(e.scoreC) = \(e.total) → \(Format.stars(e.stars)) · \(e.councilLevel.label(lang))",
                        .form(.evaluation(productId: p.id, index: k)))
            })
        case .evaluate:
            // A rejected product is out of the cycle: like `>`, `c` refuses until it is brought back (e).
            guard p.rejection == nil else {
                message = Msg.productRejectedEditToReturn.text(lang)
                return []
            }
            openForm(.evaluation(productId: p.id, index: nil))
        default: break
        }
        return []
    }
}
