import Foundation

/// A terminal colour: the terminal's default or one of the 256 indexed colours.
public enum Color: Sendable, Hashable {
    case `default`
    case index(UInt8)

    static let names: [String: UInt8] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "bright-black": 8, "gray": 8, "grey": 8, "bright-red": 9, "bright-green": 10, "bright-yellow": 11,
        "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15,
    ]

    /// Parses "default", a colour name, or a number 0–255.
    public static func parse(_ s: String) -> Color? {
        let t = s.lowercased().trimmingCharacters(in: .whitespaces)
        if t == "default" || t == "none" { return .default }
        if let n = names[t] { return .index(n) }
        if let v = Int(t), (0...255).contains(v) { return .index(UInt8(v)) }
        return nil
    }

    /// The nearest of the 8 basic colours, for terminals that have no more.
    public var basic: Color {
        guard case .index(let i) = self else { return .default }
        if i < 8 { return self }
        if i < 16 { return .index(i - 8) }
        let (r, g, b) = Color.rgb(i)
        let basics: [(UInt8, (Int, Int, Int))] = [(0, (0, 0, 0)), (1, (205, 0, 0)), (2, (0, 205, 0)), (3, (205, 205, 0)),
                                                   (4, (0, 0, 238)), (5, (205, 0, 205)), (6, (0, 205, 205)), (7, (229, 229, 229))]
        var best: UInt8 = 7
        var bestD = Int.max
        for (idx, c) in basics {
            let d = (r - c.0) * (r - c.0) + (g - c.1) * (g - c.1) + (b - c.2) * (b - c.2)
            if d < bestD { bestD = d; best = idx }
        }
        return .index(best)
    }

    /// The xterm palette's RGB for an index.
    static func rgb(_ i: UInt8) -> (Int, Int, Int) {
        if i >= 232 { let v = 8 + Int(i - 232) * 10; return (v, v, v) }
        if i >= 16 {
            let n = Int(i) - 16
            let steps = [0, 95, 135, 175, 215, 255]
            return (steps[n / 36], steps[(n / 6) % 6], steps[n % 6])
        }
        let table = [(0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
                     (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255)]
        return table[Int(i)]
    }
}

/// How many colours the terminal shows: this picks the theme's palette or its fallbacks.
public enum ColorMode: String, Sendable, Hashable {
    case c256, c8, mono

    /// The mode for a terminal with `colors` colours, honouring `NO_COLOR`.
    public static func detect(colors: Int, environment: [String: String]) -> ColorMode {
        if let nc = environment["NO_COLOR"], !nc.isEmpty { return .mono }
        if colors >= 256 { return .c256 }
        if colors >= 8 { return .c8 }
        return .mono
    }
}

/// What a role looks like: colours and attributes, plus the attributes to use without colour.
public struct RoleLook: Sendable, Hashable {
    public var fg: Color
    public var bg: Color
    /// Colours for 8-colour terminals when the nearest basic colour would not read (nil: the nearest one).
    public var fg8: Color?
    public var bg8: Color?
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    /// Attributes without colour (monochrome terminals, `NO_COLOR`).
    public var mono: (bold: Bool, underline: Bool, reverse: Bool) {
        get { (monoBold, monoUnderline, monoReverse) }
        set { (monoBold, monoUnderline, monoReverse) = newValue }
    }
    var monoBold: Bool
    var monoUnderline: Bool
    var monoReverse: Bool

    /// A look with colours and attributes.
    public init(fg: Color = .default, bg: Color = .default, bold: Bool = false, underline: Bool = false, reverse: Bool = false,
                mono: (Bool, Bool, Bool) = (false, false, false)) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        monoBold = mono.0
        monoUnderline = mono.1
        monoReverse = mono.2
    }

    public static func == (a: RoleLook, b: RoleLook) -> Bool {
        a.fg == b.fg && a.bg == b.bg && a.fg8 == b.fg8 && a.bg8 == b.bg8 && a.bold == b.bold && a.underline == b.underline && a.reverse == b.reverse
            && a.monoBold == b.monoBold && a.monoUnderline == b.monoUnderline && a.monoReverse == b.monoReverse
    }
    public func hash(into h: inout Hasher) {
        h.combine(fg); h.combine(bg); h.combine(fg8); h.combine(bg8); h.combine(bold); h.combine(underline); h.combine(reverse)
        h.combine(monoBold); h.combine(monoUnderline); h.combine(monoReverse)
    }
}

/// The colours and attributes a cell gets on a terminal in some colour mode.
public struct ResolvedLook: Sendable, Hashable {
    public var fg: Color
    public var bg: Color
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
}

/// Glyph sets a theme may choose: box lines and bar glyphs.
public struct Glyphs: Sendable, Hashable {
    public var horizontal: Character = "─", vertical: Character = "│"
    public var topLeft: Character = "┌", topRight: Character = "┐", bottomLeft: Character = "└", bottomRight: Character = "┘"
    public var barFull: Character = "█", barEmpty: Character = "░"

    public static let light = Glyphs()
    public static let heavy = Glyphs(horizontal: "━", vertical: "┃", topLeft: "┏", topRight: "┓", bottomLeft: "┗", bottomRight: "┛")
    public static let rounded = Glyphs(topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯")
    public static let double = Glyphs(horizontal: "═", vertical: "║", topLeft: "╔", topRight: "╗", bottomLeft: "╚", bottomRight: "╝")
}

/// A theme: a look for every semantic role, loaded from a file in `themes/`.
public struct Theme: Sendable, Hashable {
    public var name: String
    public var looks: [Role: RoleLook]
    public var glyphs: Glyphs

    /// Monochrome attributes used when a theme file does not say.
    public static func defaultMono(_ role: Role) -> (Bool, Bool, Bool) {
        switch role {
        case .selectedRow, .footerKey, .tabActive, .inputFocused, .statusBar: return (false, false, true)
        case .header, .title, .focusedBorder, .warning, .star, .accent, .progress: return (true, false, false)
        case .danger: return (true, true, false)
        case .input: return (false, true, false)
        default: return (false, false, false)
        }
    }

    /// The resolved colours and attributes of a style in a colour mode. A role without a background of its own
    /// sits on the theme's background (the text role's), so a theme with an explicit background never draws on the
    /// terminal's own (dark text on a dark terminal).
    public func resolve(_ style: Style, mode: ColorMode) -> ResolvedLook {
        var look = looks[style.role] ?? looks[.text] ?? RoleLook()
        if look.bg == .default, let base = looks[.text] {
            look.bg = base.bg
            if look.bg8 == nil { look.bg8 = base.bg8 }
        }
        switch mode {
        case .mono:
            let m = look.mono
            return ResolvedLook(fg: .default, bg: .default, bold: m.bold || style.bold, underline: m.underline || style.underline,
                                reverse: m.reverse != style.reverse)
        case .c8:
            return ResolvedLook(fg: look.fg8 ?? look.fg.basic, bg: look.bg8 ?? look.bg.basic, bold: look.bold || style.bold,
                                underline: look.underline || style.underline, reverse: look.reverse != style.reverse)
        case .c256:
            return ResolvedLook(fg: look.fg, bg: look.bg, bold: look.bold || style.bold,
                                underline: look.underline || style.underline, reverse: look.reverse != style.reverse)
        }
    }

    /// A plain theme with every role in the terminal's default colours and the monochrome attributes.
    public static let plain: Theme = {
        var looks: [Role: RoleLook] = [:]
        for r in Role.allCases {
            let m = defaultMono(r)
            looks[r] = RoleLook(bold: m.0, underline: m.1, reverse: m.2, mono: m)
        }
        return Theme(name: "plain", looks: looks, glyphs: .light)
    }()
}

/// A theme file that cannot be used, naming the file and the key.
public struct ThemeError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var key: String
    public var reason: String
    public var description: String { "\(file): \(key): \(reason)" }
}

/// Reads theme files: `{"name": …, "glyphs": "light|heavy|rounded|double", "roles": {role: {"fg", "bg", "bold", …, "mono": […]}}}`.
public enum ThemeLoader {
    /// Decodes a theme file's bytes; `file` names it in errors.
    public static func decode(_ data: Data, file: String) throws -> Theme {
        guard let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            throw ThemeError(file: file, key: "(file)", reason: "không phải JSON hợp lệ / not valid JSON")
        }
        for key in root.keys where !["name", "glyphs", "roles", "description"].contains(key) {
            throw ThemeError(file: file, key: key, reason: "khóa không xác định / unknown key")
        }
        let name = root["name"] as? String ?? (file as NSString).deletingPathExtension
        var glyphs = Glyphs.light
        if let g = root["glyphs"] {
            switch g as? String {
            case "light": glyphs = .light
            case "heavy": glyphs = .heavy
            case "rounded": glyphs = .rounded
            case "double": glyphs = .double
            default: throw ThemeError(file: file, key: "glyphs", reason: "cần light, heavy, rounded hoặc double / expected light, heavy, rounded or double")
            }
        }
        guard let roles = root["roles"] as? [String: Any] else {
            throw ThemeError(file: file, key: "roles", reason: "thiếu bảng vai trò / missing roles object")
        }
        var looks = Theme.plain.looks
        for (key, value) in roles {
            guard let role = Role(rawValue: key) else {
                throw ThemeError(file: file, key: "roles.\(key)",
                                 reason: "vai trò không xác định / unknown role; allowed: " + Role.allCases.map(\.rawValue).joined(separator: ", "))
            }
            guard let spec = value as? [String: Any] else {
                throw ThemeError(file: file, key: "roles.\(key)", reason: "cần một đối tượng / expected an object")
            }
            var look = RoleLook(mono: Theme.defaultMono(role))
            for (k, v) in spec {
                switch k {
                case "fg", "bg", "fg8", "bg8":
                    guard let s = (v as? String) ?? (v as? Int).map(String.init), let c = Color.parse(s) else {
                        throw ThemeError(file: file, key: "roles.\(key).\(k)", reason: "màu không hợp lệ / unknown colour \"\(v)\"; use default, a name such as bright-blue, or 0–255")
                    }
                    if k.hasSuffix("8"), case .index(let i) = c, i > 7 {
                        throw ThemeError(file: file, key: "roles.\(key).\(k)", reason: "cần màu 0–7 / expected a colour 0–7")
                    }
                    switch k {
                    case "fg": look.fg = c
                    case "bg": look.bg = c
                    case "fg8": look.fg8 = c
                    default: look.bg8 = c
                    }
                case "bold", "underline", "reverse":
                    guard let b = v as? Bool else {
                        throw ThemeError(file: file, key: "roles.\(key).\(k)", reason: "cần true/false / expected true or false")
                    }
                    if k == "bold" { look.bold = b } else if k == "underline" { look.underline = b } else { look.reverse = b }
                case "mono":
                    guard let list = v as? [String] else {
                        throw ThemeError(file: file, key: "roles.\(key).mono", reason: "cần danh sách / expected a list of bold, underline, reverse")
                    }
                    var m = (false, false, false)
                    for a in list {
                        switch a {
                        case "bold": m.0 = true
                        case "underline": m.1 = true
                        case "reverse": m.2 = true
                        default: throw ThemeError(file: file, key: "roles.\(key).mono", reason: "thuộc tính không xác định / unknown attribute \"\(a)\"")
                        }
                    }
                    look.mono = m
                default:
                    throw ThemeError(file: file, key: "roles.\(key).\(k)", reason: "khóa không xác định / unknown key")
                }
            }
            looks[role] = look
        }
        return Theme(name: name, looks: looks, glyphs: glyphs)
    }

    /// Loads `name` (e.g. "dark") from a themes directory, or a path to a theme file.
    public static func load(_ nameOrPath: String, themesDirectory: URL) throws -> Theme {
        let url = nameOrPath.hasSuffix(".json") ? URL(fileURLWithPath: nameOrPath) : themesDirectory.appendingPathComponent(nameOrPath + ".json")
        guard let data = try? Data(contentsOf: url) else {
            throw ThemeError(file: url.lastPathComponent, key: "(file)", reason: "không đọc được tệp / cannot read the file at \(url.path)")
        }
        return try decode(data, file: url.lastPathComponent)
    }

    /// The names of the themes shipped in a directory, sorted.
    public static func available(in dir: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? [])
            .filter { $0.hasSuffix(".json") }.map { ($0 as NSString).deletingPathExtension }.sorted()
    }
}
