/// Writes scalars as bytes: numbers, plain and double-quoted strings, literal blocks.
///
/// Everything appends to a `[UInt8]`; nothing builds intermediate Strings, so one
/// manifest costs a handful of buffer growths, not an allocation per character.
enum ScalarText {
    /// `null`, `true`, an int, a float or a string on one line (plain or double-quoted).
    /// Collections are not scalars; callers handle them.
    static func writeInline(_ value: Value, to out: inout [UInt8]) {
        switch value {
        case .null: append("null", to: &out)
        case .bool(let b): append(b ? "true" : "false", to: &out)
        case .int(let i): writeInt(i, to: &out)
        case .float(let d): writeFloat(d, to: &out)
        case .string(let s):
            var s = s
            s.withUTF8 { b in
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

    /// Decimal digits, without going through String.
    static func writeInt(_ i: Int, to out: inout [UInt8]) {
        if i == 0 {
            out.append(0x30)
            return
        }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // scratch space for 19 digits
        var count = 0
        var m = i.magnitude
        withUnsafeMutableBytes(of: &digits) { buf in
            while m > 0 {
                buf[23 - count] = UInt8(truncatingIfNeeded: m % 10) + 0x30
                m /= 10
                count += 1
            }
        }
        if i < 0 { out.append(0x2D) }
        withUnsafeBytes(of: &digits) { buf in
            out.append(contentsOf: buf[(24 - count)..<24])
        }
    }

    /// The shortest text that reads back as exactly `d`, in a form every YAML 1.1 and 1.2
    /// reader takes for a float: always a `.` (1.1 needs it: `1e+20` would be a string)
    /// and a signed exponent (`1.0e+20`, `1.0e-05`); `.inf`, `-.inf`, `.nan`.
    static func writeFloat(_ d: Double, to out: inout [UInt8]) {
        if d.isNaN { return append(".nan", to: &out) }
        if d.isInfinite { return append(d < 0 ? "-.inf" : ".inf", to: &out) }
        var text = d.description  // Swift prints the shortest round-tripping digits
        text.withUTF8 { b in
            guard let e = b.firstIndex(of: 0x65) else {
                out.append(contentsOf: b)  // "100.0", "0.1": already has a dot
                return
            }
            let mantissa = UnsafeBufferPointer(rebasing: b[..<e])
            out.append(contentsOf: mantissa)
            if !mantissa.contains(0x2E) { append(".0", to: &out) }
            out.append(0x65)
            if e + 1 < b.count && b[e + 1] != 0x2B && b[e + 1] != 0x2D { out.append(0x2B) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[(e + 1)...]))
        }
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
