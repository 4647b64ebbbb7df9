/// An exact signed decimal number `digits × 10^exponent`, kept normalised (no leading
/// or trailing zero digits; zero has no digits) so that equal values are equal structs.
///
/// Quantities never need general arithmetic: parsing multiplies by a power of two at
/// most 2^60, rounds up to nano units and compares. Working on digit arrays keeps all
/// of that exact for any input size, and an exponent is never expanded into digits, so
/// `1e999999999` costs one digit, not a billion.
struct DecimalAmount: Sendable, Hashable {
    private(set) var negative: Bool
    /// Most significant first, each 0...9.
    private(set) var digits: [UInt8]
    private(set) var exponent: Int

    static let zero = DecimalAmount(negative: false, digits: [], exponent: 0)

    init(negative: Bool, digits: [UInt8], exponent: Int) {
        self.negative = negative
        self.digits = digits
        self.exponent = exponent
        normalise()
    }

    init(_ value: Int) {
        var digits: [UInt8] = []
        // Work on the magnitude as UInt so Int.min does not overflow.
        var m = value.magnitude
        while m > 0 {
            digits.append(UInt8(m % 10))
            m /= 10
        }
        self.init(negative: value < 0, digits: digits.reversed(), exponent: 0)
    }

    var isZero: Bool { digits.isEmpty }

    /// The position just above the leading digit: `123e0` has order 3, `0.05` order -1.
    private var order: Int { digits.count + exponent }

    private mutating func normalise() {
        let lead = digits.firstIndex(where: { $0 != 0 }) ?? digits.count
        if lead > 0 { digits.removeFirst(lead) }
        var trailing = 0
        while trailing < digits.count && digits[digits.count - 1 - trailing] == 0 { trailing += 1 }
        if trailing > 0 {
            digits.removeLast(trailing)
            exponent += trailing
        }
        if digits.isEmpty {
            negative = false
            exponent = 0
        }
    }

    /// This amount times `factor` (at most 2^60, so one digit times it plus a carry
    /// stays below 2^64).
    func multiplied(by factor: UInt64) -> DecimalAmount {
        var result: [UInt8] = []
        result.reserveCapacity(digits.count + 20)
        var carry: UInt64 = 0
        for d in digits.reversed() {
            let t = UInt64(d) * factor + carry
            result.append(UInt8(t % 10))
            carry = t / 10
        }
        while carry > 0 {
            result.append(UInt8(carry % 10))
            carry /= 10
        }
        return DecimalAmount(negative: negative, digits: result.reversed(), exponent: exponent)
    }

    /// Rounds away from zero to a multiple of 10^`scale` (the API server keeps nothing
    /// finer than nano and rounds a finer non-zero amount up, so a request never
    /// becomes zero).
    func roundedAwayFromZero(toScale scale: Int) -> DecimalAmount {
        guard !isZero, exponent < scale else { return self }
        let dropped = scale - exponent
        if dropped >= digits.count {
            return DecimalAmount(negative: negative, digits: [1], exponent: scale)
        }
        var kept = Array(digits[..<(digits.count - dropped)])
        // Normalised digits end in a non-zero digit, so something non-zero was dropped.
        var i = kept.count - 1
        while i >= 0 {
            if kept[i] < 9 {
                kept[i] += 1
                break
            }
            kept[i] = 0
            i -= 1
        }
        if i < 0 { kept.insert(1, at: 0) }
        return DecimalAmount(negative: negative, digits: kept, exponent: scale)
    }

    /// Compares magnitudes, ignoring signs.
    static func compareMagnitude(_ a: DecimalAmount, _ b: DecimalAmount) -> Int {
        if a.isZero || b.isZero { return (a.isZero ? 0 : 1) - (b.isZero ? 0 : 1) }
        if a.order != b.order { return a.order < b.order ? -1 : 1 }
        let n = max(a.digits.count, b.digits.count)
        for i in 0..<n {
            let x = i < a.digits.count ? a.digits[i] : 0
            let y = i < b.digits.count ? b.digits[i] : 0
            if x != y { return x < y ? -1 : 1 }
        }
        return 0
    }

    /// -1, 0 or 1 as `a` is less than, equal to or greater than `b`.
    static func compare(_ a: DecimalAmount, _ b: DecimalAmount) -> Int {
        if a.negative != b.negative { return a.negative ? -1 : 1 }
        let m = compareMagnitude(a, b)
        return a.negative ? -m : m
    }

    /// The magnitude as an integer when it is whole and fits in a UInt64.
    var wholeMagnitude: UInt64? {
        guard exponent >= 0, order <= 20 else { return nil }
        var v: UInt64 = 0
        for d in digits {
            let (m, o1) = v.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(UInt64(d))
            if o1 || o2 { return nil }
            v = s
        }
        for _ in 0..<exponent {
            let (m, o) = v.multipliedReportingOverflow(by: 10)
            if o { return nil }
            v = m
        }
        return v
    }

    /// The digits as text with `zeros` extra zeros, no sign.
    func digitText(appendingZeros zeros: Int) -> String {
        var bytes = digits.map { $0 + 0x30 }
        bytes.append(contentsOf: repeatElement(0x30, count: max(0, zeros)))
        return String(decoding: bytes, as: UTF8.self)
    }
}
