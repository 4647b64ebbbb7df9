/// Writes a quantity in the API server's canonical form: no precision lost, no fraction
/// digits, the largest suffix or exponent that keeps the number whole, in the family it
/// was written in.
enum QuantityFormatter {
    static func canonical(_ amount: DecimalAmount, _ format: Quantity.Format) -> String {
        if amount.isZero { return "0" }
        if format == .binarySI, let text = binary(amount) { return text }
        return decimal(amount, exponentNotation: format == .decimalExponent)
    }

    /// Binary form, or nil when the API server falls back to decimalSI: magnitudes
    /// below 1024 (so `0.5Ki` reads `512`) and values that are not whole.
    private static func binary(_ amount: DecimalAmount) -> String? {
        guard var m = amount.wholeMagnitude, m >= 1024 else { return nil }
        var power = 0
        while m % 1024 == 0 && power < binarySuffixes.count - 1 {
            m /= 1024
            power += 1
        }
        return (amount.negative ? "-" : "") + String(m) + binarySuffixes[power]
    }

    private static let binarySuffixes = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"]
    /// decimalSI suffixes from 10^-9 to 10^18, by (exponent / 3) + 3.
    private static let decimalSuffixes = ["n", "u", "m", "", "k", "M", "G", "T", "P", "E"]

    private static func decimal(_ amount: DecimalAmount, exponentNotation: Bool) -> String {
        // Normalised digits carry no trailing zeros, so the exponent is already the
        // largest; step down to a multiple of three by appending zeros.
        let down = ((amount.exponent % 3) + 3) % 3
        let exponent = amount.exponent - down
        let number = (amount.negative ? "-" : "") + amount.digitText(appendingZeros: down)
        if exponent == 0 { return number }
        let index = exponent / 3 + 3
        if !exponentNotation && index >= 0 && index < decimalSuffixes.count {
            return number + decimalSuffixes[index]
        }
        // Beyond `E` (10^18) decimalSI has no suffix; the API server writes `e21`.
        return number + "e" + String(exponent)
    }
}
