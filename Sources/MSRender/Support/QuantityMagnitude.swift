import MSModel

/// The numeric value of a quantity's text, exact, for ordering requests against limits.
///
/// Kept as decimal digits times a power of ten (binary suffixes are multiplied out), so
/// `1Gi` vs `1073741824` or `500m` vs `0.5` compare exactly without floating point or a
/// big-integer library. Huge exponents (`1e999999`) cost nothing: only digit strings
/// are materialised.
struct QuantityMagnitude: Comparable {
    var negative: Bool
    /// Decimal digits without leading zeros; empty for zero.
    var digits: [UInt8]
    var exponent: Int

    /// nil when `text` is not a quantity (the model's validation reports that).
    init?(_ text: String) {
        var b = Array(text.utf8)[...]
        negative = false
        if let s = b.first, s == UInt8(ascii: "+") || s == UInt8(ascii: "-") {
            negative = s == UInt8(ascii: "-")
            b = b.dropFirst()
        }
        var mantissa: [UInt8] = []
        var fraction = 0
        var seenDot = false
        while let c = b.first, (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: ".") {
            if c == UInt8(ascii: ".") {
                if seenDot { return nil }
                seenDot = true
            } else {
                mantissa.append(c - UInt8(ascii: "0"))
                if seenDot { fraction += 1 }
            }
            b = b.dropFirst()
        }
        guard !mantissa.isEmpty else { return nil }
        let suffix = String(decoding: b, as: UTF8.self)
        var exp10 = -fraction
        var exp2 = 0
        switch suffix {
        case "": break
        case "n": exp10 -= 9
        case "u": exp10 -= 6
        case "m": exp10 -= 3
        case "k": exp10 += 3
        case "M": exp10 += 6
        case "G": exp10 += 9
        case "T": exp10 += 12
        case "P": exp10 += 15
        case "E": exp10 += 18
        case "Ki": exp2 = 10
        case "Mi": exp2 = 20
        case "Gi": exp2 = 30
        case "Ti": exp2 = 40
        case "Pi": exp2 = 50
        case "Ei": exp2 = 60
        default:
            guard let first = suffix.utf8.first, first == UInt8(ascii: "e") || first == UInt8(ascii: "E"),
                let e = QuantityMagnitude.smallInt(suffix.utf8.dropFirst())
            else { return nil }
            exp10 += e
        }
        for _ in 0..<exp2 { mantissa = QuantityMagnitude.doubled(mantissa) }
        while mantissa.first == 0 { mantissa.removeFirst() }
        while mantissa.last == 0 {
            mantissa.removeLast()
            exp10 += 1
        }
        digits = mantissa
        exponent = mantissa.isEmpty ? 0 : exp10
        if mantissa.isEmpty { negative = false }
    }

    static func < (a: QuantityMagnitude, b: QuantityMagnitude) -> Bool {
        if a.negative != b.negative { return a.negative }
        let less = absLess(a, b)
        return a.negative ? absLess(b, a) : less
    }

    /// |a| < |b|.
    private static func absLess(_ a: QuantityMagnitude, _ b: QuantityMagnitude) -> Bool {
        if a.digits.isEmpty || b.digits.isEmpty { return a.digits.isEmpty && !b.digits.isEmpty }
        let ma = a.digits.count + a.exponent, mb = b.digits.count + b.exponent
        if ma != mb { return ma < mb }
        // Same magnitude: compare digit by digit, the shorter padded with zeros.
        for i in 0..<max(a.digits.count, b.digits.count) {
            let x = i < a.digits.count ? a.digits[i] : 0
            let y = i < b.digits.count ? b.digits[i] : 0
            if x != y { return x < y }
        }
        return false
    }

    private static func doubled(_ d: [UInt8]) -> [UInt8] {
        var out = d
        var carry: UInt8 = 0
        for i in stride(from: out.count - 1, through: 0, by: -1) {
            let v = out[i] * 2 + carry
            out[i] = v % 10
            carry = v / 10
        }
        if carry > 0 { out.insert(carry, at: 0) }
        return out
    }

    /// A signed exponent of at most 9 digits (larger is not a quantity anyway).
    private static func smallInt(_ s: Substring.UTF8View) -> Int? {
        var b = s[...]
        var sign = 1
        if let c = b.first, c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
            sign = c == UInt8(ascii: "-") ? -1 : 1
            b = b.dropFirst()
        }
        guard !b.isEmpty, b.count <= 9 else { return nil }
        var v = 0
        for c in b {
            guard c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { return nil }
            v = v * 10 + Int(c - UInt8(ascii: "0"))
        }
        return sign * v
    }
}

extension Quantity {
    /// The exact numeric value, when the text is a quantity.
    var magnitude: QuantityMagnitude? { QuantityMagnitude(canonical) }
}
