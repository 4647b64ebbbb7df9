/// Value to Node conversion, for writing msrender's own data beside nodes it passes
/// through (`NodeEmitter`); iterative, so that no tree is too deep for it.
extension Node {
    /// The Node tree `YAMLEmitter` would write for `value`: each string in the style
    /// `Resolver.writeStyle` picks, numbers as `NumberSpelling` spells them, block
    /// collections, and (with `sortKeys`) keys in `YAMLEmitter`'s order. Marks are the
    /// start of a text: the tree has no source.
    public init(_ value: Value, sortKeys: Bool = false) {
        /// A collection being converted: its entries (or items) and the nodes so far.
        struct Frame {
            var children: [Value]
            var isMapping: Bool
            var nodes: [Node] = []
        }
        func frame(_ v: Value) -> Frame? {
            switch v {
            case .sequence(let items):
                return Frame(children: items, isMapping: false)
            case .mapping(let entries):
                let order = sortKeys ? KeyOrder.plan(entries, sort: true).order : nil
                var flat: [Value] = []
                flat.reserveCapacity(entries.count * 2)
                for i in order ?? Array(entries.indices) {
                    flat.append(entries[i].key)
                    flat.append(entries[i].value)
                }
                return Frame(children: flat, isMapping: true)
            default:
                return nil
            }
        }
        guard var top = frame(value) else {
            self = Node.scalar(value)
            return
        }
        var stack: [Frame] = []
        while true {
            if top.nodes.count < top.children.count {
                let child = top.children[top.nodes.count]
                if let f = frame(child) {
                    stack.append(top)
                    top = f
                } else {
                    top.nodes.append(Node.scalar(child))
                }
                continue
            }
            let done: Node
            if top.isMapping {
                var pairs: [Pair] = []
                pairs.reserveCapacity(top.nodes.count / 2)
                var i = 0
                while i + 1 < top.nodes.count {
                    pairs.append(Pair(key: top.nodes[i], value: top.nodes[i + 1]))
                    i += 2
                }
                done = Node(.mapping(pairs), mark: .start)
            } else {
                done = Node(.sequence(top.nodes), mark: .start)
            }
            guard var parent = stack.popLast() else {
                self = done
                return
            }
            parent.nodes.append(done)
            top = parent
        }
    }

    /// A scalar Value's node (collections are handled by the caller).
    private static func scalar(_ value: Value) -> Node {
        switch value {
        case .null: return Node(.scalar("null", .plain), mark: .start)
        case .bool(let b): return Node(.scalar(b ? "true" : "false", .plain), mark: .start)
        case .number(let n):
            var out: [UInt8] = []
            NumberSpelling.writeYAML(n, to: &out)
            return Node(.scalar(String(decoding: out, as: UTF8.self), .plain), mark: .start)
        case .string(let s):
            let style: ScalarStyle
            switch Resolver.writeStyle(for: s) {
            case .plain: style = .plain
            case .literal: style = .literal
            case .doubleQuoted: style = .doubleQuoted
            }
            return Node(.scalar(s, style), mark: .start)
        case .sequence, .mapping:
            return Node(.scalar("", .plain), mark: .start)
        }
    }

    /// The node an `EmitError`'s steps lead to (a key for a final `.key` step), or nil
    /// when they leave the tree. The Value the writer saw must have been made from this
    /// node (`toValue`), so entries and items line up.
    public func node(at steps: [EmitError.Step]) -> Node? {
        var node = self
        for step in steps {
            switch (step, node.content) {
            case (.item(let i), .sequence(let items)) where items.indices.contains(i):
                node = items[i]
            case (.value(let i), .mapping(let pairs)) where pairs.indices.contains(i):
                node = pairs[i].value
            case (.key(let i), .mapping(let pairs)) where pairs.indices.contains(i):
                node = pairs[i].key
            default:
                return nil
            }
        }
        return node
    }
}
