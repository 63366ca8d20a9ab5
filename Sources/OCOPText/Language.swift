/// The UI and message language: Vietnamese first, English on request.
public enum Language: String, Sendable, CaseIterable {
    case vi, en
}
