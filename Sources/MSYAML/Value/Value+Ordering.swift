extension Value {
    /// Byte order of two keys' written text, as `kubectl get -o yaml` sorts: UTF-8
    /// bytes; collection keys after every scalar key.
    public static func keyPrecedes(_ a: Value, _ b: Value) -> Bool {
        if case .string(let x) = a, case .string(let y) = b { return UTF8Text.less(x, y) }
        switch (KeyOrder.sortText(a), KeyOrder.sortText(b)) {
        case (let x?, let y?): return UTF8Text.less(x, y)
        case (_?, nil): return true
        default: return false
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
