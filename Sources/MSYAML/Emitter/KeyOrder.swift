/// The order `sortKeys` writes mapping entries in: by the UTF-8 bytes of each key's
/// text, as `kubectl get -o yaml` and `json.dumps(sort_keys=True)` order string keys.
///
/// A scalar key's text is what the reader would see (`10`, `true`, the string itself,
/// unquoted); collection keys come after all scalar keys. Ties keep the input order, so
/// the result is total and deterministic.
enum KeyOrder {
    /// The entries sorted, or the same array when it already is (the common case for
    /// trees that were read from kubectl output).
    static func sorted(_ entries: [Value.Entry]) -> [Value.Entry] {
        if entries.count < 2 { return entries }
        var inOrder = true
        for i in 1..<entries.count where !precedesOrEqual(entries[i - 1].key, entries[i].key) {
            inOrder = false
            break
        }
        if inOrder { return entries }
        let keys = entries.map { sortText($0.key) }
        let order = entries.indices.sorted { a, b in
            switch (keys[a], keys[b]) {
            case (nil, nil): return a < b
            case (nil, _): return false
            case (_, nil): return true
            case (let x?, let y?):
                if let less = bytesLess(x, y) { return less }
                return a < b
            }
        }
        return order.map { entries[$0] }
    }

    /// Sorts string keys given as text (the JSON writer's keys), ties in input order.
    static func sortedIndices(_ keys: [String]) -> [Int] {
        keys.indices.sorted { a, b in bytesLess(keys[a], keys[b]) ?? (a < b) }
    }

    private static func precedesOrEqual(_ a: Value, _ b: Value) -> Bool {
        if case .string(let x) = a, case .string(let y) = b { return bytesLess(y, x) != true }
        switch (sortText(a), sortText(b)) {
        case (nil, nil), (_, nil): return true
        case (nil, _): return false
        case (let x?, let y?): return bytesLess(y, x) != true
        }
    }

    /// The text a scalar key sorts by; nil for a collection.
    static func sortText(_ key: Value) -> String? {
        switch key {
        case .string(let s): return s
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float:
            var out: [UInt8] = []
            ScalarText.writeFloat(key.floatValue, to: &out)
            return String(decoding: out, as: UTF8.self)
        case .sequence, .mapping: return nil
        }
    }

    /// Byte-order comparison: true if a < b, false if a > b, nil if equal.
    static func bytesLess(_ a: String, _ b: String) -> Bool? {
        var a = a
        var b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let n = min(x.count, y.count)
                var i = 0
                while i < n {
                    if x[i] != y[i] { return x[i] < y[i] }
                    i += 1
                }
                return x.count == y.count ? nil : x.count < y.count
            }
        }
    }
}

extension Value {
    /// The Double of a `.float`, else 0 (only used where the case is known).
    fileprivate var floatValue: Double {
        if case .float(let d) = self { return d }
        return 0
    }
}
