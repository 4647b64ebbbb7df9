/// The plain scalars some YAML 1.1 or 1.2 reader takes for something other than a string.
///
/// A superset on purpose: YAML 1.1 (PyYAML, go-yaml v2, kubectl's older paths) reads
/// `yes/no/on/off/y/n` as bools, `0755` as octal, `1:20` as base 60, `1_000` as an int,
/// `2001-12-14` as a date, `<<` as a merge key and `=` as a value key; the 1.2 core schema
/// adds `0o17`. Rather than mirror each regex, the writer quotes every string shaped
/// like a number in any of them (see `looksNumeric`), every such word in any letter case, and every
/// string that starts like a date.
extension Resolver {
    /// True when a reader could resolve the plain scalar `b` to a non-string.
    static func isReserved(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        guard n > 0 else { return false }
        // Past five bytes only numbers and dates are left, and both start with a digit,
        // `.`, a sign or `_` (`looksNumeric`): most keys and values are settled here.
        let c = b[0]
        if n > 5 && !isDigit(c) && c != 0x2E && c != 0x2B && c != 0x2D && c != 0x5F { return false }
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

    /// Shaped like a number in some reader's notation, with underscores ignored (YAML 1.1
    /// allows them in numbers, and go-yaml v2, which kubectl uses, deletes every `_`
    /// before parsing, so `_1` is 1 there):
    /// - an optional sign, then `0x`/`0X` and only hex digits, or `0o`/`0O` and only octal
    ///   digits, or `0b`/`0B` and only binary digits (`0x1F`, `0o17`, `0b101`);
    /// - an optional sign, then a digit or `.`, then only `0-9 . : e E + - ,` with at
    ///   least one digit: decimal ints and floats, `0755`, `1:20`, `1e3`, `1,000` (Ruby's
    ///   Psych reads commas in numbers), and a few harmless extras like `1.2.3`;
    /// - a signed `.inf` or `.nan` in any case.
    /// Hex digests like `3aee93...` and quantities like `500m` stay plain; `1234e567`
    /// (a float) does not.
    private static func looksNumeric(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        var i = 0
        func skipUnderscores() {
            while i < n && b[i] == 0x5F { i += 1 }
        }
        skipUnderscores()
        if i < n && (b[i] == 0x2B || b[i] == 0x2D) {
            i += 1
            skipUnderscores()
        }
        guard i < n, isDigit(b[i]) || b[i] == 0x2E else { return false }
        if n - i == 4 && b[i] == 0x2E {
            let w = (b[i + 1] | 0x20, b[i + 2] | 0x20, b[i + 3] | 0x20)
            if w == (0x69, 0x6E, 0x66) || w == (0x6E, 0x61, 0x6E) { return true }  // inf, nan
        }
        if b[i] == 0x30 {
            var j = i + 1
            while j < n && b[j] == 0x5F { j += 1 }
            if j < n {
                let digitsOK: ((UInt8) -> Bool)?
                switch b[j] | 0x20 {
                case 0x78: digitsOK = { isDigit($0) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x66) }  // x
                case 0x6F: digitsOK = { $0 >= 0x30 && $0 <= 0x37 }  // o
                case 0x62: digitsOK = { $0 == 0x30 || $0 == 0x31 }  // b
                default: digitsOK = nil
                }
                if let ok = digitsOK {
                    return b[(j + 1)...].allSatisfy { ok($0) || $0 == 0x5F || $0 == 0x2C }
                }
            }
        }
        var digit = false
        while i < n {
            switch b[i] {
            case 0x30...0x39: digit = true
            case 0x5F, 0x2E, 0x3A, 0x65, 0x45, 0x2B, 0x2D, 0x2C: break  // _ . : e E + - ,
            default: return false
            }
            i += 1
        }
        return digit
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
}
