/// Exact conversion of hexadecimal and octal digits to decimal, for integers of any size
/// up to `maxDigits` (JSON has no `0x`, and key identity compares `0x1F` with `31`).
enum RadixDigits {
    /// Longer inputs are refused: the schoolbook conversion is quadratic, and 10,000
    /// digits (a 40,000-bit integer) is far beyond any real configuration value.
    static let maxDigits = 10_000

    /// The decimal digits of the radix-8 or radix-16 digits `u[r]` (leading zeros
    /// allowed; `0` for zero), or nil when they are more than `maxDigits`.
    static func decimal(_ u: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, radix: Int) -> [UInt8]? {
        let digits = NumberSyntax.significant(u, r)
        guard digits.count <= maxDigits else { return nil }
        if digits.isEmpty { return [0x30] }
        // Little-endian limbs in base 10^9; `chunk` digits are folded in per pass.
        let base: UInt64 = 1_000_000_000
        let chunk = radix == 16 ? 7 : 10
        var limbs: [UInt64] = [0]
        limbs.reserveCapacity(digits.count * 4 / 27 + 2)
        var i = digits.lowerBound
        while i < digits.upperBound {
            let end = min(i + chunk, digits.upperBound)
            var multiplier: UInt64 = 1
            var addend: UInt64 = 0
            for j in i..<end {
                multiplier *= UInt64(radix)
                addend = addend * UInt64(radix) + UInt64(value(u[j]))
            }
            var carry = addend
            for k in limbs.indices {
                let t = limbs[k] * multiplier + carry
                limbs[k] = t % base
                carry = t / base
            }
            while carry > 0 {
                limbs.append(carry % base)
                carry /= base
            }
            i = end
        }
        var out: [UInt8] = []
        out.reserveCapacity(limbs.count * 9)
        for (k, limb) in limbs.enumerated().reversed() {
            let text = Array(String(limb).utf8)
            if k != limbs.count - 1 { out += [UInt8](repeating: 0x30, count: 9 - text.count) }
            out += text
        }
        return out
    }

    /// The value of one hex or octal digit.
    static func value(_ c: UInt8) -> Int {
        switch c {
        case 0x30...0x39: return Int(c - 0x30)
        default: return Int((c | 0x20) - 0x61 + 10)
        }
    }
}
