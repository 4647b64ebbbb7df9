extension Value {
    /// Byte order of two keys' text, as `kubectl get -o yaml` sorts: UTF-8 bytes.
    public static func keyPrecedes(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)):
            return x.utf8.lexicographicallyPrecedes(y.utf8)
        default:
            return String(describing: a).utf8.lexicographicallyPrecedes(String(describing: b).utf8)
        }
    }

    /// The same tree with every mapping's keys in byte order (stable for equal keys).
    /// Recursive: meant for rendered objects, whose depth is small and fixed.
    public func sortingKeys() -> Value {
        switch self {
        case .sequence(let items):
            return .sequence(items.map { $0.sortingKeys() })
        case .mapping(let entries):
            let sorted = entries.enumerated().sorted { l, r in
                if Value.keyPrecedes(l.element.key, r.element.key) { return true }
                if Value.keyPrecedes(r.element.key, l.element.key) { return false }
                return l.offset < r.offset
            }
            return .mapping(sorted.map { Entry(key: $0.element.key, value: $0.element.value.sortingKeys()) })
        default:
            return self
        }
    }
}
