/// A resolved YAML/JSON data tree: what a document means, without positions or styles.
///
/// Mappings keep their entries in order; the writer sorts keys only when asked. Builders
/// write trees with literals: `["kind": "Service", "spec": ["ports": [port]]]`.
///
/// A number keeps its source text (`Number`), so data msrender passes on is written back
/// exactly; typed readings (`intValue`, `doubleValue`) are made only where needed.
/// Equality and hashing compare strings and number texts as UTF-8 bytes, never by
/// Unicode canonical equivalence: `"café"` (NFC) and `"café"` (NFD) are different
/// Values, and so are `1.10` and `1.1` (same number, different data). `keyIdentity`
/// gives the YAML reading of a key, under which `1` and `0x1` are one key.
///
/// Not `indirect`: the collections' arrays already live on the heap, so a Value is 17
/// bytes inline and a scalar costs no allocation of its own.
public enum Value: Sendable {
    case null
    case bool(Bool)
    case number(Number)
    case string(String)
    case sequence([Value])
    case mapping([Entry])

    /// One key/value entry of a mapping.
    public struct Entry: Sendable, Hashable {
        public var key: Value
        public var value: Value
        public init(key: Value, value: Value) {
            self.key = key
            self.value = value
        }
    }

    /// An integer built by a program (a port, a replica count).
    public static func int(_ i: Int) -> Value { .number(Number(i)) }

    /// A float built by a program, spelled with the shortest digits that read back exactly.
    public static func float(_ d: Double) -> Value { .number(Number(d)) }
}

extension Value {
    /// A mapping with string keys, in the given order.
    public static func object(_ pairs: [(String, Value)]) -> Value {
        .mapping(pairs.map { Entry(key: .string($0.0), value: $0.1) })
    }

    /// The value for a string key of a mapping (the first whose bytes match), or nil.
    public subscript(key: String) -> Value? {
        guard case .mapping(let entries) = self else { return nil }
        for entry in entries {
            if case .string(let k) = entry.key, UTF8Text.equal(k, key) { return entry.value }
        }
        return nil
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    public var numberValue: Number? {
        if case .number(let n) = self { return n }
        return nil
    }

    /// The integer a number denotes, when it is an integer that fits `Int`.
    public var intValue: Int? { numberValue?.intValue }

    /// The nearest Double to a number (integers included), or nil for a non-number.
    public var doubleValue: Double? { numberValue?.doubleValue }
}

extension Value: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral,
    ExpressibleByNilLiteral, ExpressibleByFloatLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(floatLiteral value: Double) { self = .float(value) }
    public init(arrayLiteral elements: Value...) { self = .sequence(elements) }
    public init(nilLiteral: ()) { self = .null }
    /// Dictionary literals keep their written order (they are not Swift Dictionaries).
    public init(dictionaryLiteral elements: (String, Value)...) {
        self = .mapping(elements.map { Entry(key: .string($0.0), value: $0.1) })
    }
}
