/// A sequence or mapping under construction in the composer, with the bookkeeping for
/// limits (size, height) and duplicate keys.
struct CollectionFrame {
    let isMapping: Bool
    let props: Properties
    let mark: Mark
    var items: [Node] = []
    var pairs: [Node.Pair] = []
    var pendingKey: Node? = nil
    /// Nodes in this subtree, counting itself.
    var size = 1
    /// The height of the tallest child.
    var height = 0
    var keys = KeySet()

    init(isMapping: Bool, props: Properties, mark: Mark) {
        self.isMapping = isMapping
        self.props = props
        self.mark = mark
    }

    mutating func add(_ node: Node, size: Int, height: Int) throws(YAMLError) {
        self.size += size
        self.height = max(self.height, height)
        guard isMapping else {
            items.append(node)
            return
        }
        guard let key = pendingKey else {
            pendingKey = node
            return
        }
        try keys.insert(key)
        pairs.append(Node.Pair(key: key, value: node))
        pendingKey = nil
    }

    var node: Node {
        Node(
            isMapping ? .mapping(pairs) : .sequence(items), tag: props.tag, anchor: props.anchor, mark: mark,
            flow: props.flow)
    }
}

/// The keys of one mapping, compared as YAML compares nodes (`Value.keyIdentity`):
/// `1` and `0x1` are the same key, and so are `a` and `"a"`; strings compare by bytes,
/// so `"café"` in NFC and in NFD are two keys.
struct KeySet {
    /// While few: each key with a fingerprint of a string key's bytes (0 for other
    /// keys), compared before the keys themselves.
    private var small: [(fingerprint: UInt64, id: Value, mark: Mark)] = []
    private var large: [Value: Mark]? = nil

    mutating func insert(_ key: Node) throws(YAMLError) {
        guard let id = KeySet.identity(key) else { return }
        if large != nil {
            // Mutated through the optional, in place (a copy would make inserts quadratic).
            if let first = large?[id] { throw KeySet.duplicate(key, id, first) }
            large?[id] = key.mark
            return
        }
        var f: UInt64 = 0
        if case .string(let s) = id { f = UTF8Text.fingerprint(s) }
        for k in small where k.fingerprint == f && k.id == id { throw KeySet.duplicate(key, id, k.mark) }
        if small.isEmpty { small.reserveCapacity(9) }  // one allocation, not four
        small.append((f, id, key.mark))
        if small.count > 8 {
            var d: [Value: Mark] = [:]
            for k in small { d[k.id] = k.mark }
            large = d
            small = []
        }
    }

    /// The identity of a scalar key. Collection keys are not compared: they are rare,
    /// costly to compare, and the test suite reads `{[a]: 1, *alias-of-[a]: 2}`.
    static func identity(_ key: Node) -> Value? {
        guard case .scalar(let text, let style) = key.content else { return nil }
        let value = (try? Constructor.scalar(text, style: style, tag: key.tag, mark: key.mark)) ?? .string(text)
        return value.keyIdentity
    }

    /// The error at the second key, naming it as written (a string in quotes).
    private static func duplicate(_ key: Node, _ id: Value, _ first: Mark) -> YAMLError {
        let text = key.scalarText ?? ""
        let shown: String
        switch id {
        case .string: shown = "\"\(ReaderMessage.clip(text))\""
        case .null: shown = text.isEmpty ? "null" : ReaderMessage.clip(text)
        default: shown = ReaderMessage.clip(text)
        }
        return YAMLError(ReaderMessage.duplicateKey(shown) + " (first at \(first))", at: key.mark)
    }
}
