/// Writes scalars as bytes: numbers (`NumberSpelling`), plain and double-quoted strings.
///
/// Everything appends to a `[UInt8]`; nothing builds intermediate Strings, so one
/// manifest costs a handful of buffer growths, not an allocation per character.
enum ScalarText {
    /// `null`, `true`, a number or a string on one line (plain or double-quoted).
    /// Collections are not scalars; callers handle them.
    static func writeInline(_ value: Value, to out: inout [UInt8]) {
        switch value {
        case .null: append("null", to: &out)
        case .bool(let b): append(b ? "true" : "false", to: &out)
        case .number(let n): NumberSpelling.writeYAML(n, to: &out)
        case .string(let s):
            UTF8Text.bytes(s) { b in
                if Resolver.writeStyle(utf8: b) == .plain {
                    out.append(contentsOf: b)
                } else {
                    writeDoubleQuoted(b, to: &out)
                }
            }
        case .sequence: append("[]", to: &out)
        case .mapping: append("{}", to: &out)
        }
    }

    static func append(_ s: StaticString, to out: inout [UInt8]) {
        s.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    /// A double-quoted scalar with JSON-style escapes (`\"`, `\\`, `\n`, `\t`, `\uXXXX`);
    /// printable non-ASCII text stays UTF-8.
    static func writeDoubleQuoted(_ b: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(0x22)
        var runStart = 0  // bytes are copied in runs between escapes
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            var skip = 1
            var escape: UInt32? = nil
            if c < 0x20 || c == 0x22 || c == 0x5C || c == 0x7F {
                escape = UInt32(c)
            } else if c >= 0x80 && Resolver.isSpecialMultibyte(b, at: i) {
                escape = decodeScalar(b, at: i)
                skip = c == 0xC2 ? 2 : 3
            }
            if let code = escape {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<i]))
                writeEscape(code, to: &out)
                i += skip
                runStart = i
            } else {
                i += 1
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<n]))
        out.append(0x22)
    }

    /// The code point of the 2- or 3-byte UTF-8 sequence at `i`.
    private static func decodeScalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> UInt32 {
        if b[i] < 0xE0 {
            return UInt32(b[i] & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
        }
        return UInt32(b[i] & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
    }

    static func writeEscape(_ code: UInt32, to out: inout [UInt8]) {
        out.append(0x5C)
        switch code {
        case 0x22: out.append(0x22)
        case 0x5C: out.append(0x5C)
        case 0x0A: out.append(0x6E)  // n
        case 0x09: out.append(0x74)  // t
        case 0x0D: out.append(0x72)  // r
        case 0x08: out.append(0x62)  // b
        case 0x0C: out.append(0x66)  // f
        default:
            out.append(0x75)  // u
            for shift in stride(from: 12, through: 0, by: -4) {
                let nibble = UInt8((code >> UInt32(shift)) & 0xF)
                out.append(nibble < 10 ? 0x30 + nibble : 0x41 + nibble - 10)
            }
        }
    }
}
