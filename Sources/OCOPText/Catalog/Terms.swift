/// The domain's words (the labels of its closed sets: unit levels, product groups, cycle steps, figures…) in both
/// languages, keyed "Type.value": the model names a value, the catalog words it.
public enum Terms {
    /// The table of a language.
    static func table(_ lang: Language) -> [String: String] {
        switch lang {
        case .vi: Vietnamese.terms
        case .en: English.terms
        }
    }

    /// The words for `key` in a language (the key itself if the catalog lacks it; tests make sure it never does).
    public static func text(_ key: String, _ lang: Language) -> String { table(lang)[key] ?? key }

    /// Whether the catalog has words for `key` in a language.
    public static func has(_ key: String, _ lang: Language) -> Bool { table(lang)[key] != nil }

    /// Every key of a language's table.
    public static func keys(_ lang: Language) -> Set<String> { Set(table(lang).keys) }
}
