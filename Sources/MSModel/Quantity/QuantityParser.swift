/// Reads quantity text by the grammar the CRD's pattern and the API server accept:
///
///     quantity ::= sign? number suffix?
///     number   ::= digits ("." digits?)? | "." digits
///     suffix   ::= Ki | Mi | Gi | Ti | Pi | Ei            (binarySI, powers of 1024)
///                | n | u | m | k | M | G | T | P | E     (decimalSI, powers of 1000)
///                | (e | E) sign? digits                  (decimalExponent, 32-bit)
///
/// Then, as the API server does: values finer than nano are rounded away from zero to
/// a whole nano, and binarySI magnitudes are capped at 2^63-1.
enum QuantityParser {
    static func parse(_ text: String) -> Result<Quantity, QuantityError> {
        let u = Array(text.utf8)
        guard !u.isEmpty else { return .failure(QuantityError("a quantity cannot be empty")) }
        var i = 0
        var negative = false
        if u[0] == UInt8(ascii: "+") || u[0] == UInt8(ascii: "-") {
            negative = u[0] == UInt8(ascii: "-")
            i = 1
        }
        var digits: [UInt8] = []
        var intCount = 0
        while i < u.count, let d = digit(u[i]) {
            digits.append(d)
            intCount += 1
            i += 1
        }
        var fracCount = 0
        if i < u.count && u[i] == UInt8(ascii: ".") {
            i += 1
            while i < u.count, let d = digit(u[i]) {
                digits.append(d)
                fracCount += 1
                i += 1
            }
        }
        guard intCount > 0 || fracCount > 0 else {
            return .failure(QuantityError("\(quoted(text)) is not a quantity: it must start with a number"))
        }
        let suffix = String(decoding: u[i...], as: UTF8.self)
        guard let (family, power) = interpret(suffix) else {
            return .failure(
                QuantityError(
                    "\(quoted(text)) is not a quantity: unknown suffix \(quoted(suffix)) "
                        + "(use n, u, m, k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei or an exponent like e3)"))
        }
        var amount: DecimalAmount
        switch family {
        case .binarySI:
            amount = DecimalAmount(negative: negative, digits: digits, exponent: -fracCount)
                .multiplied(by: UInt64(1) << UInt64(power))
        case .decimalSI, .decimalExponent:
            amount = DecimalAmount(negative: negative, digits: digits, exponent: power - fracCount)
        }
        amount = amount.roundedAwayFromZero(toScale: -9)
        if family == .binarySI, DecimalAmount.compareMagnitude(amount, maxBinary) > 0 {
            amount = negative ? DecimalAmount(-Int.max) : maxBinary
        }
        return .success(Quantity(amount: amount, format: family))
    }

    /// The API server's cap for binarySI quantities.
    private static let maxBinary = DecimalAmount(Int.max)

    private static let decimalSuffixes: [(String, Int)] = [
        ("n", -9), ("u", -6), ("m", -3), ("", 0), ("k", 3), ("M", 6), ("G", 9), ("T", 12), ("P", 15), ("E", 18),
    ]
    private static let binarySuffixes: [(String, Int)] = [
        ("Ki", 10), ("Mi", 20), ("Gi", 30), ("Ti", 40), ("Pi", 50), ("Ei", 60),
    ]

    /// The family and the power (of 2 for binarySI, of 10 otherwise) a suffix means.
    /// Suffixes compare as bytes: a String key would let the Kelvin sign (U+212A) stand
    /// for the K of `Ki`, which the API server does not.
    private static func interpret(_ suffix: String) -> (Quantity.Format, Int)? {
        func power(_ table: [(String, Int)]) -> Int? { table.first { $0.0.utf8.elementsEqual(suffix.utf8) }?.1 }
        if let p = power(decimalSuffixes) { return (.decimalSI, p) }
        if let p = power(binarySuffixes) { return (.binarySI, p) }
        let u = Array(suffix.utf8)
        guard u.count > 1, u[0] == UInt8(ascii: "e") || u[0] == UInt8(ascii: "E") else { return nil }
        var j = 1
        if u[j] == UInt8(ascii: "+") || u[j] == UInt8(ascii: "-") { j += 1 }
        guard j < u.count, u[j...].allSatisfy({ digit($0) != nil }) else { return nil }
        // The API server reads the exponent as a 32-bit integer.
        guard let e = Int32(String(decoding: u[1...], as: UTF8.self)) else { return nil }
        return (.decimalExponent, Int(e))
    }

    private static func digit(_ c: UInt8) -> UInt8? {
        c >= 0x30 && c <= 0x39 ? c - 0x30 : nil
    }

    private static func quoted(_ s: String) -> String { DecodeMessages.quoted(s) }
}
