/// The UI and message language: Vietnamese first, English on request.
public enum Language: String, Sendable, CaseIterable {
    case vi, en

    /// The other language (the key that switches languages).
    public var other: Language {
        switch self {
        case .vi: .en
        case .en: .vi
        }
    }
}
