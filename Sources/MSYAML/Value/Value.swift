/// A resolved YAML/JSON data tree: what a document means, without positions or styles.
///
/// Mappings keep their entries in order; the writer sorts keys only when asked. Builders
/// write trees with literals: `["kind": "Service", "spec": ["ports": [port]]]`.
public indirect enum Value: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
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
}

extension Value {
    /// A mapping with string keys, in the given order.
    public static func object(_ pairs: [(String, Value)]) -> Value {
        .mapping(pairs.map { Entry(key: .string($0.0), value: $0.1) })
    }

    /// The value for a string key of a mapping (the first match), or nil.
    public subscript(key: String) -> Value? {
        guard case .mapping(let entries) = self else { return nil }
        for entry in entries where entry.key == .string(key) { return entry.value }
        return nil
    }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }
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
