import MSYAML

/// Typed reads of a checked Value tree. The checker guarantees the types, so these
/// only return nil for absent fields.
extension Value {
    var intValue: Int? {
        if case .int(let v) = self { return v }
        return nil
    }

    var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    var items: [Value] {
        if case .sequence(let items) = self { return items }
        return []
    }

    /// String-keyed entries with string values, in order (nodeSelector, annotations).
    var stringPairs: [(key: String, value: String)] {
        guard case .mapping(let entries) = self else { return [] }
        return entries.compactMap { e in
            guard let k = e.key.stringValue, let v = e.value.stringValue else { return nil }
            return (k, v)
        }
    }

    /// String-keyed entries, in order.
    var fields: [(key: String, value: Value)] {
        guard case .mapping(let entries) = self else { return [] }
        return entries.compactMap { e in e.key.stringValue.map { ($0, e.value) } }
    }
}
