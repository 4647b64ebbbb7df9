import MSYAML

/// Typed reads of a checked Value tree (with `intValue`, `boolValue`, `stringValue`
/// from MSYAML). The checker guarantees the types, so these only return nil for absent
/// fields.
extension Value {
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
