/// Character classes of the YAML grammar, on single bytes (0 stands for end of input).
enum Bytes {
    @inline(__always) static func isBreak(_ c: UInt8) -> Bool { c == 0x0A || c == 0x0D }
    @inline(__always) static func isBlank(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 }
    @inline(__always) static func isBreakOrEnd(_ c: UInt8) -> Bool { c == 0x0A || c == 0x0D || c == 0 }
    /// Space, tab, line break or the end of input.
    @inline(__always) static func isBlankOrEnd(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0
    }
    /// `,` `[` `]` `{` `}`.
    @inline(__always) static func isFlowIndicator(_ c: UInt8) -> Bool {
        c == 0x2C || c == 0x5B || c == 0x5D || c == 0x7B || c == 0x7D
    }
    /// The c-indicator characters, which cannot start a plain scalar on their own.
    static func isIndicator(_ c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","),
            UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
            UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
            UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""),
            UInt8(ascii: "%"), UInt8(ascii: "@"), UInt8(ascii: "`"):
            return true
        default: return false
        }
    }
    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
    static func isHex(_ c: UInt8) -> Bool {
        isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)
    }
    static func hexValue(_ c: UInt8) -> UInt32 {
        if isDigit(c) { return UInt32(c - 0x30) }
        if c >= 0x61 { return UInt32(c - 0x61 + 10) }
        return UInt32(c - 0x41 + 10)
    }
    /// ns-word-char: letters, digits and `-`.
    static func isWordChar(_ c: UInt8) -> Bool {
        isDigit(c) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x2D
    }
    /// ns-uri-char without `%` (handled as an escape by the caller).
    static func isURIChar(_ c: UInt8) -> Bool {
        if isWordChar(c) { return true }
        switch c {
        case UInt8(ascii: "#"), UInt8(ascii: ";"), UInt8(ascii: "/"), UInt8(ascii: "?"),
            UInt8(ascii: ":"), UInt8(ascii: "@"), UInt8(ascii: "&"), UInt8(ascii: "="),
            UInt8(ascii: "+"), UInt8(ascii: "$"), UInt8(ascii: ","), UInt8(ascii: "_"),
            UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "~"), UInt8(ascii: "*"),
            UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["),
            UInt8(ascii: "]"):
            return true
        default: return false
        }
    }
    /// Appends the UTF-8 encoding of a scalar value (already checked to be valid).
    static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        if v < 0x80 {
            out.append(UInt8(v))
        } else if v < 0x800 {
            out.append(UInt8(0xC0 | v >> 6))
            out.append(UInt8(0x80 | v & 0x3F))
        } else if v < 0x10000 {
            out.append(UInt8(0xE0 | v >> 12))
            out.append(UInt8(0x80 | v >> 6 & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        } else {
            out.append(UInt8(0xF0 | v >> 18))
            out.append(UInt8(0x80 | v >> 12 & 0x3F))
            out.append(UInt8(0x80 | v >> 6 & 0x3F))
            out.append(UInt8(0x80 | v & 0x3F))
        }
    }

    /// The character a one-character escape of double quotes stands for (YAML 1.2
    /// 5.7: `\n`, `\"`, `\N`, ...), or nil. The scanner and `FastReader` both read
    /// escapes by it; a tab, a line break or hex digits after `\` are the scanner's.
    static func singleEscape(_ c: UInt8) -> UInt32? {
        switch c {
        case UInt8(ascii: "0"): return 0
        case UInt8(ascii: "a"): return 7
        case UInt8(ascii: "b"): return 8
        case UInt8(ascii: "t"): return 9
        case UInt8(ascii: "n"): return 10
        case UInt8(ascii: "v"): return 11
        case UInt8(ascii: "f"): return 12
        case UInt8(ascii: "r"): return 13
        case UInt8(ascii: "e"): return 27
        case 0x20: return 0x20
        case UInt8(ascii: "\""): return 0x22
        case UInt8(ascii: "/"): return 0x2F
        case UInt8(ascii: "\\"): return 0x5C
        case UInt8(ascii: "N"): return 0x85
        case UInt8(ascii: "_"): return 0xA0
        case UInt8(ascii: "L"): return 0x2028
        case UInt8(ascii: "P"): return 0x2029
        default: return nil
        }
    }
}
