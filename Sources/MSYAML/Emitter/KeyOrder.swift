/// The order `sortKeys` writes mapping entries in, and the check that a mapping has no
/// two equal keys, made in the same pass over the keys.
///
/// Sorting is by the UTF-8 bytes of each key's text, as `kubectl get -o yaml` and
/// `json.dumps(sort_keys=True)` order string keys. A scalar key's text is what the
/// writer writes (`10`, `true`, the string itself, unquoted); collection keys come after
/// all scalar keys. Ties keep the input order, so the result is total and deterministic.
enum KeyOrder {
    /// How to write one mapping: the entries' order (nil: as they are, the common case
    /// for trees read from kubectl output or built in order) and the first key that
    /// equals an earlier one by `Value.keyIdentity` (entry indexes; scalar keys only), if any.
    struct Plan {
        var order: [Int]?
        var duplicate: (earlier: Int, later: Int)?
    }

    static func plan(_ entries: [Value.Entry], sort: Bool) -> Plan {
        let n = entries.count
        guard n > 1 else { return Plan() }
        if sort && isStrictlyOrdered(entries) { return Plan() }
        if sort && n <= smallMapping, let order = sortedSmall(entries) {
            return sortedPlan(order) { i, j in
                guard case .string(let x) = entries[i].key, case .string(let y) = entries[j].key else { return false }
                return UTF8Text.equal(x, y)
            }
        }
        guard sort, let keys = stringKeys(entries) else {
            let order = sort ? sortedIndices(entries.map { sortText($0.key) }) : nil
            return Plan(order: order, duplicate: DuplicateKeys.find(n) { scalarIdentity(entries[$0].key) })
        }
        return sortedPlan(sortedIndices(keys)) { UTF8Text.equal(keys[$0], keys[$1]) }
    }

    /// String keys in sorted `order`: equal keys end up side by side, so one scan finds them.
    private static func sortedPlan(_ order: [Int], _ equal: (Int, Int) -> Bool) -> Plan {
        for i in 1..<order.count where equal(order[i - 1], order[i]) {
            return Plan(order: order, duplicate: (min(order[i - 1], order[i]), max(order[i - 1], order[i])))
        }
        return Plan(order: order)
    }

    /// Whether every key is a string and each sorts strictly after the one before: then
    /// the mapping is written as it is and cannot hold two equal keys. No allocation.
    /// Each key is taken out of its entry once (a copy is a retain and a release: taking
    /// both keys of each pair cost twice the comparisons' instructions).
    private static func isStrictlyOrdered(_ entries: [Value.Entry]) -> Bool {
        guard case .string(var before) = entries[0].key else { return false }
        for i in 1..<entries.count {
            guard case .string(let key) = entries[i].key, UTF8Text.compare(before, key) < 0 else { return false }
            before = key
        }
        return true
    }

    /// Mappings up to this size with string keys are sorted in place by insertion
    /// (what builders and Kubernetes objects hold), without copying the keys out.
    static let smallMapping = 32

    /// The indexes of string-keyed `entries` in byte order of the keys, ties in input
    /// order (insertion sort is stable); nil when some key is not a string.
    private static func sortedSmall(_ entries: [Value.Entry]) -> [Int]? {
        var order = [Int](repeating: 0, count: entries.count)
        for i in entries.indices {
            guard case .string(let key) = entries[i].key else { return nil }
            var j = i
            while j > 0, case .string(let before) = entries[order[j - 1]].key, UTF8Text.compare(before, key) > 0 {
                order[j] = order[j - 1]
                j -= 1
            }
            order[j] = i
        }
        return order
    }

    /// A scalar key's identity; nil for a collection key, which the reader does not
    /// compare either (the YAML test suite has `{[a]: 1, *alias-of-[a]: 2}`).
    private static func scalarIdentity(_ key: Value) -> Value? {
        // Not a `?:` expression: Value is ExpressibleByNilLiteral, so `nil` there would be .null.
        guard key.isScalar else { return Optional.none }
        return key.keyIdentity
    }

    /// The keys' texts when every key is a string, else nil.
    private static func stringKeys(_ entries: [Value.Entry]) -> [String]? {
        var keys: [String] = []
        keys.reserveCapacity(entries.count)
        for e in entries {
            guard case .string(let s) = e.key else { return nil }
            keys.append(s)
        }
        return keys
    }

    /// Indices in byte order of the keys' texts (nil, a collection, last), ties in input order.
    static func sortedIndices(_ keys: [String?]) -> [Int] {
        keys.indices.sorted { a, b in
            switch (keys[a], keys[b]) {
            case (nil, nil): return a < b
            case (nil, _): return false
            case (_, nil): return true
            case (let x?, let y?):
                let c = UTF8Text.compare(x, y)
                return c != 0 ? c < 0 : a < b
            }
        }
    }

    /// Sorts string keys given as text (the JSON writer's keys), ties in input order.
    static func sortedIndices(_ keys: [String]) -> [Int] {
        keys.indices.sorted { a, b in
            let c = UTF8Text.compare(keys[a], keys[b])
            return c != 0 ? c < 0 : a < b
        }
    }

    /// The text a scalar key sorts by (as the YAML writer writes it); nil for a collection.
    static func sortText(_ key: Value) -> String? {
        switch key {
        case .string(let s): return s
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let n):
            var out: [UInt8] = []
            NumberSpelling.writeYAML(n, to: &out)
            return String(decoding: out, as: UTF8.self)
        case .sequence, .mapping: return nil
        }
    }
}
