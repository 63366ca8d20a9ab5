import OCOPModel
import OCOPText

extension AppState {
    /// A zone's linkage chains: the form of a new one, or a chooser over them (Enter edits, Del deletes).
    mutating func chooseChain(_ z: RawMaterialZone) {
        if z.chains.isEmpty {
            openForm(.chain(zoneId: z.id, chainId: nil))
            return
        }
        openChooser(Msg.whichChain.text(lang), [(Msg.newChainEntry.text(lang), .form(.chain(zoneId: z.id, chainId: nil)))]
            + z.chains.map { c in ("\(c.name) — \(c.leadName)", .form(.chain(zoneId: z.id, chainId: c.id))) })
    }
}
