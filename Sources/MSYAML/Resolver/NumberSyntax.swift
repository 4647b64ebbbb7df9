/// The parts of a number's text under the YAML 1.2 core schema, as byte ranges of it:
///
/// | form | example | parts |
/// |---|---|---|
/// | `[-+]?[0-9]+` | `-007` | sign `-`, digits `007` |
/// | `0o[0-7]+`, `0x[0-9a-fA-F]+` | `0x1F` | radix 16, digits `1F` |
/// | `[-+]?(\.[0-9]+\|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?` | `1.10e3` | digits `1`, dot, fraction `10`, exponent `3` |
/// | `[-+]?\.inf` (3 casings), `\.nan` (3 casings) | `-.Inf` | sign `-`, infinity |
///
/// One parser serves the resolver (is this plain scalar a number, and which kind), the
/// typed readings, and the writers' spellings, so they can never disagree.
struct NumberSyntax {
    enum Special {
        case none, infinity, nan
    }

    /// The sign byte (`+` or `-`), or 0 when there is none.
    var sign: UInt8 = 0
    var radix = 10
    /// The integer digits (after `0x`/`0o` for radix 16 and 8).
    var digits: Range<Int> = 0..<0
    var hasDot = false
    var fraction: Range<Int> = 0..<0
    /// The exponent letter's offset (`e` or `E`), or nil; its sign, or 0; its digits.
    var exponentAt: Int? = nil
    var exponentSign: UInt8 = 0
    var exponent: Range<Int> = 0..<0
    var special = Special.none

    var negative: Bool { sign == 0x2D }

    /// Integer syntax: a radix form, or decimal digits without dot or exponent.
    var isInteger: Bool { special == .none && (radix != 10 || (!hasDot && exponentAt == nil)) }

    /// The syntax of `u`, or nil when it is not a core-schema number.
    static func parse(_ u: UnsafeBufferPointer<UInt8>) -> NumberSyntax? {
        let n = u.count
        guard n > 0 else { return nil }
        var s = NumberSyntax()
        if n > 2 && u[0] == 0x30 && (u[1] == 0x6F || u[1] == 0x78) {
            s.radix = u[1] == 0x6F ? 8 : 16
            s.digits = 2..<n
            let ok = s.radix == 8 ? isOctal : isHex
            return u[2...].allSatisfy(ok) ? s : nil
        }
        var i = 0
        if u[0] == 0x2B || u[0] == 0x2D {
            s.sign = u[0]
            i = 1
        }
        if n - i == 4 && u[i] == 0x2E {
            let word = UnsafeBufferPointer(rebasing: u[(i + 1)...])
            if word.elementsEqual("inf".utf8) || word.elementsEqual("Inf".utf8) || word.elementsEqual("INF".utf8) {
                s.special = .infinity
                return s
            }
            if i == 0
                && (word.elementsEqual("nan".utf8) || word.elementsEqual("NaN".utf8) || word.elementsEqual("NAN".utf8))
            {
                s.special = .nan
                return s
            }
        }
        s.digits = i..<scanDigits(u, from: i)
        i = s.digits.upperBound
        if i < n && u[i] == 0x2E {
            s.hasDot = true
            s.fraction = (i + 1)..<scanDigits(u, from: i + 1)
            i = s.fraction.upperBound
        }
        guard !s.digits.isEmpty || !s.fraction.isEmpty else { return nil }
        if i < n && (u[i] == 0x65 || u[i] == 0x45) {
            s.exponentAt = i
            i += 1
            if i < n && (u[i] == 0x2B || u[i] == 0x2D) {
                s.exponentSign = u[i]
                i += 1
            }
            s.exponent = i..<scanDigits(u, from: i)
            guard !s.exponent.isEmpty else { return nil }
            i = s.exponent.upperBound
        }
        return i == n ? s : nil
    }

    private static func scanDigits(_ u: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        while i < u.count && u[i] >= 0x30 && u[i] <= 0x39 { i += 1 }
        return i
    }

    static func isOctal(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x37 }

    static func isHex(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x66)
    }

    /// The digits without leading zeros (empty for zero).
    static func significant(_ u: UnsafeBufferPointer<UInt8>, _ r: Range<Int>) -> Range<Int> {
        var start = r.lowerBound
        while start < r.upperBound && u[start] == 0x30 { start += 1 }
        return start..<r.upperBound
    }
}
