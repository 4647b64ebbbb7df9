/// How the writer writes a string so that every YAML 1.1 and 1.2 reader reads it back as
/// that same string.
///
/// The rules are deliberately stricter than either version needs: kubectl, PyYAML
/// (YAML 1.1) and YAML 1.2 readers must all agree, and a needlessly quoted string costs
/// two bytes while a misread one changes a manifest.
///
/// | style | chosen when |
/// |---|---|
/// | plain | single line, no character a reader could take for syntax or for a typed value |
/// | literal | more than one line, only printable characters, no space or tab before a line break or at the end, and some non-blank character |
/// | doubleQuoted | everything else, including the empty string |
public enum StringStyle: Sendable, Equatable {
    case plain
    case literal
    case doubleQuoted
}

extension Resolver {
    /// The style the writer uses for the string `s` (as a value; keys never use literal).
    public static func writeStyle(for s: String) -> StringStyle {
        UTF8Text.bytes(s) { writeStyle(utf8: $0) }
    }

    /// True when `s` may be written plain: no YAML 1.1 or 1.2 reader reads it as anything
    /// but this string (not a number in any notation, bool, null, date, merge key or
    /// syntax).
    public static func isPlainSafe(_ s: String) -> Bool {
        writeStyle(for: s) == .plain
    }

    /// The style for a string given as UTF-8, in one pass over its bytes.
    static func writeStyle(utf8 b: UnsafeBufferPointer<UInt8>) -> StringStyle {
        guard !b.isEmpty else { return .doubleQuoted }
        if TextScan.isQuiet(b) {
            // No control, line break, tab, `#`, `:`, flow indicator or non-ASCII byte:
            // only spaces at the ends, indicators and reserved words remain to decide.
            if b[0] == 0x20 || b[b.count - 1] == 0x20 { return .doubleQuoted }
            return startsWithIndicator(b) || isReserved(b) ? .doubleQuoted : .plain
        }
        let scan = TextScan(b)
        if scan.special { return .doubleQuoted }
        if scan.lineBreak {
            return scan.blankBeforeBreak || scan.trailingBlank || !scan.nonBlank ? .doubleQuoted : .literal
        }
        if scan.tab || scan.trailingBlank || scan.innerIndicator || b[0] == 0x20 { return .doubleQuoted }
        if startsWithIndicator(b) || isReserved(b) { return .doubleQuoted }
        return .plain
    }

    /// Whether text read from a plain scalar can be written back plain as it is (the
    /// style-keeping writer): the syntax rules of `writeStyle`, without the reserved
    /// words and numbers (a plain `yes` or `0o17` stays what it was), tabs allowed
    /// inside, and no flow indicator when it goes inside a flow collection.
    static func fitsPlain(utf8 b: UnsafeBufferPointer<UInt8>, inFlow: Bool) -> Bool {
        guard let first = b.first, first != 0x20 && first != 0x09 else { return false }
        let scan = TextScan(b)
        if scan.special || scan.lineBreak || scan.trailingBlank || scan.innerIndicator { return false }
        if inFlow && scan.flowIndicator { return false }
        return !startsWithIndicator(b)
    }

    /// Whether a literal block (`LiteralBlock`) can hold the text exactly, whether or
    /// not it has a line break: printable, no blank before a line break or at the end,
    /// and some non-blank character.
    static func fitsLiteral(utf8 b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !b.isEmpty else { return false }
        let scan = TextScan(b)
        return !scan.special && !scan.blankBeforeBreak && !scan.trailingBlank && scan.nonBlank
    }

    /// Whether single quotes can hold the text on one line: printable, no line break.
    static func fitsSingleQuoted(utf8 b: UnsafeBufferPointer<UInt8>) -> Bool {
        let scan = TextScan(b)
        return !scan.special && !scan.lineBreak
    }

    /// U+0080...U+009F (C1 controls, U+0085 is a YAML 1.1 line break), U+2028, U+2029
    /// (YAML 1.1 line breaks), U+FEFF (byte order mark), U+FFFE and U+FFFF (not
    /// characters): none of them may appear raw in the output.
    static func isSpecialMultibyte(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let n = b.count
        switch b[i] {
        case 0xC2:
            return i + 1 < n && b[i + 1] < 0xA0
        case 0xE2:
            return i + 2 < n && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9)
        case 0xEF:
            return i + 2 < n
                && ((b[i + 1] == 0xBB && b[i + 2] == 0xBF) || (b[i + 1] == 0xBF && b[i + 2] >= 0xBE))
        default:
            return false
        }
    }

    /// A first character that starts YAML syntax, or a document marker.
    static func startsWithIndicator(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        switch b[0] {
        // # , [ ] { } & * ! | > ' " % @ ` ? :
        case 0x23, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D, 0x26, 0x2A, 0x21, 0x7C, 0x3E, 0x27, 0x22,
            0x25, 0x40, 0x60, 0x3F, 0x3A:
            return true
        case 0x2D:  // "-" alone or before a blank is a sequence entry; "---" a document start
            return b.count == 1 || b[1] == 0x20 || (b.count >= 3 && b[1] == 0x2D && b[2] == 0x2D)
        case 0x2E:  // "..." ends a document
            return b.count >= 3 && b[1] == 0x2E && b[2] == 0x2E
        default:
            return false
        }
    }
}

/// What one pass over a text's bytes finds that decides how it may be written.
struct TextScan {
    /// 1 for each byte that makes a text more than a run of ordinary characters: the
    /// controls (line break and tab included), DEL, every non-ASCII byte, `#`, `:` and
    /// the flow indicators `,[]{}`. Made once; never freed.
    nonisolated(unsafe) private static let loud: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for c in 0..<256 {
            let loud = c < 0x20 || c >= 0x7F || [0x23, 0x3A, 0x2C, 0x5B, 0x5D, 0x7B, 0x7D].contains(c)
            table[c] = loud ? 1 : 0
        }
        return UnsafePointer(table)
    }()

    /// Whether every byte is printable ASCII other than `#`, `:` and the flow
    /// indicators (spaces allowed): then no field of a scan can be set but `nonBlank`
    /// and `trailingBlank`. Most keys and values are such texts; this is the writer's
    /// fast path, a table look-up per byte.
    static func isQuiet(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let p = b.baseAddress else { return true }
        let loud = TextScan.loud
        let n = b.count
        var i = 0
        while i + 4 <= n {
            if loud[Int(p[i])] | loud[Int(p[i + 1])] | loud[Int(p[i + 2])] | loud[Int(p[i + 3])] != 0 { return false }
            i += 4
        }
        while i < n {
            if loud[Int(p[i])] != 0 { return false }
            i += 1
        }
        return true
    }

    /// A character only double quotes can carry (controls, `\r`, U+0085, ...).
    var special = false
    var lineBreak = false
    var tab = false
    var blankBeforeBreak = false
    /// `: `, `:` at the end, or ` #`.
    var innerIndicator = false
    /// `,`, `[`, `]`, `{` or `}`: syntax inside a flow collection.
    var flowIndicator = false
    var nonBlank = false
    var trailingBlank = false

    init(_ b: UnsafeBufferPointer<UInt8>) {
        let n = b.count
        var prev: UInt8 = 0
        var i = 0
        while i < n {
            let c = b[i]
            if c < 0x80 {
                switch c {
                case 0x0A:
                    lineBreak = true
                    if prev == 0x20 || prev == 0x09 { blankBeforeBreak = true }
                case 0x09:
                    tab = true
                case 0x20:
                    break
                case 0x23:
                    if prev == 0x20 || prev == 0x09 { innerIndicator = true }
                    nonBlank = true
                case 0x3A:
                    if i + 1 == n || b[i + 1] == 0x20 || b[i + 1] == 0x09 || b[i + 1] == 0x0A {
                        innerIndicator = true
                    }
                    nonBlank = true
                case 0x2C, 0x5B, 0x5D, 0x7B, 0x7D:
                    flowIndicator = true
                    nonBlank = true
                case 0x00..<0x20, 0x7F:
                    special = true
                default:
                    nonBlank = true
                }
            } else {
                nonBlank = true
                if Resolver.isSpecialMultibyte(b, at: i) { special = true }
            }
            prev = c
            i += 1
        }
        if let last = b.last { trailingBlank = last == 0x20 || last == 0x09 }
    }
}
