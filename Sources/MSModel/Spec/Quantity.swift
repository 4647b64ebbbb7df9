/// A Kubernetes resource quantity (`100m`, `1.5Gi`, `1e3`): an exact decimal value and
/// the notation family it was written in, printed in the API server's canonical form.
///
/// Equality and order compare values (`1Ki == 1024`), as the API server's `Cmp` does.
public struct Quantity: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The notation family, which the canonical form keeps.
    public enum Format: Sendable, Hashable {
        /// `Ki Mi Gi Ti Pi Ei`
        case binarySI
        /// `n u m k M G T P E` or no suffix
        case decimalSI
        /// `e3`, `E-6`
        case decimalExponent
    }

    var amount: DecimalAmount
    public private(set) var format: Format
    /// Text given to `init(canonical:)` that does not parse; printed as given.
    private var verbatim: String?

    init(amount: DecimalAmount, format: Format) {
        self.amount = amount
        self.format = format
    }

    /// Parses `text` (the API server's grammar); nil when it is not a quantity.
    public init?(parsing text: String) {
        guard case .success(let q) = QuantityParser.parse(text) else { return nil }
        self = q
    }

    /// Parses `text`, explaining what is wrong when it is not a quantity.
    public static func parse(_ text: String) -> Result<Quantity, QuantityError> {
        QuantityParser.parse(text)
    }

    /// A quantity from its text. Meant for known-good literals: text that does not parse
    /// is kept verbatim as `canonical` and compares as zero.
    public init(canonical: String) {
        if let q = Quantity(parsing: canonical) {
            self = q
        } else {
            self.init(amount: .zero, format: .decimalSI)
            verbatim = canonical
        }
    }

    /// An integer quantity (a GPU count).
    public init(_ integer: Int) {
        self.init(amount: DecimalAmount(integer), format: .decimalSI)
    }

    /// The canonical text, as the API server writes it back (`1536Mi`, `500m`).
    /// Setting it parses the new text (see `init(canonical:)`).
    public var canonical: String {
        get { verbatim ?? QuantityFormatter.canonical(amount, format) }
        set { self = Quantity(canonical: newValue) }
    }

    public var description: String { canonical }

    public var isZero: Bool { amount.isZero }

    /// Whether the value is a whole number (the API server's `MilliValue() % 1000 == 0`).
    public var isWhole: Bool { amount.isZero || amount.exponent >= 0 }

    /// The value when it is whole, not negative and fits a UInt64.
    var wholeValue: UInt64? { amount.negative ? nil : amount.wholeMagnitude }

    /// The value rounded up to a whole number (Go's `Quantity.Value`), when it is not
    /// negative and fits a UInt64.
    var roundedUpValue: UInt64? { amount.negative ? nil : amount.roundedAwayFromZero(toScale: 0).wholeMagnitude }

    public static func == (a: Quantity, b: Quantity) -> Bool {
        a.amount == b.amount && a.verbatim == b.verbatim
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(amount)
        hasher.combine(verbatim)
    }

    public static func < (a: Quantity, b: Quantity) -> Bool {
        DecimalAmount.compare(a.amount, b.amount) < 0
    }
}

/// Why a text is not a quantity.
public struct QuantityError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
