/// The plain scalars some YAML 1.1 or 1.2 reader takes for something other than a string.
///
/// A superset on purpose: YAML 1.1 (PyYAML, go-yaml v2, kubectl's older paths) reads
/// `yes/no/on/off/y/n` as bools, `0755` as octal, `1:20` as base 60, `1_000` as an int,
/// `2001-12-14` as a date, `<<` as a merge key and `=` as a value key; the 1.2 core schema
/// adds `0o17`. Rather than mirror each regex, the writer quotes every string shaped
/// like a number (see `looksNumeric`), every such word in any letter case, and every
/// string that starts like a date.
extension Resolver {
    /// True when a reader could resolve the plain scalar `b` to a non-string.
    static func isReserved(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        if n <= 5 && isReservedWord(b) { return true }
        if n >= 5 && isDigit(b[0]) && isDigit(b[1]) && isDigit(b[2]) && isDigit(b[3])
            && b[4] == 0x2D
        {
            return true  // a YAML 1.1 date or timestamp: 2001-12-14, 2001-12-14t21:59:43Z
        }
        return looksNumeric(b)
    }

    /// null, ~, true, false, yes, no, on, off, y, n in any letter case; `<<` and `=`.
    private static func isReservedWord(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var word: UInt64 = 0  // the lowercased bytes, packed big-end first
        for c in b {
            word = word << 8 | UInt64(c >= 0x41 && c <= 0x5A ? c + 0x20 : c)
        }
        switch word {
        case 0x7E, 0x79, 0x6E, 0x3D: return true  // ~ y n =
        case 0x6E6F, 0x6F6E, 0x3C3C: return true  // no on <<
        case 0x79_6573, 0x6F_6666: return true  // yes off
        case 0x6E75_6C6C, 0x7472_7565: return true  // null true
        case 0x66_616C_7365: return true  // false
        default: return false
        }
    }

    /// An optional sign, then a digit or `.`, then only characters numbers are made of in
    /// some notation (hex digits, `_ . : x X o O + -`), with at least one digit; or a
    /// signed `.inf` / `.nan` in any case. Over-quotes `1.2.3` and `0abc`, never misses
    /// `0x1F`, `0o17`, `0b101`, `0755`, `1_000`, `1:20`, `1e3`, `+12`, `.5` or `-.INF`.
    private static func looksNumeric(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        var i = 0
        if b[0] == 0x2B || b[0] == 0x2D { i = 1 }
        guard i < n, isDigit(b[i]) || b[i] == 0x2E else { return false }
        if n - i == 4 && b[i] == 0x2E {
            let w = (b[i + 1] | 0x20, b[i + 2] | 0x20, b[i + 3] | 0x20)
            if w == (0x69, 0x6E, 0x66) || w == (0x6E, 0x61, 0x6E) { return true }  // inf, nan
        }
        var digit = false
        while i < n {
            let c = b[i]
            switch c {
            case 0x30...0x39: digit = true
            case 0x61...0x66, 0x41...0x46, 0x5F, 0x2E, 0x3A, 0x78, 0x58, 0x6F, 0x4F, 0x2B, 0x2D:
                break
            default: return false
            }
            i += 1
        }
        return digit
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
}
