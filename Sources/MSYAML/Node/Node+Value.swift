/// Node to Value conversion, iterative so that no tree is too deep for it.
extension Node {
    /// The value this node means (see `Constructor` for how tags apply).
    public func toValue() throws(YAMLError) -> Value {
        if case .scalar(let text, let style) = content {
            return try Constructor.scalar(text, style: style, tag: tag, mark: mark)
        }
        /// A collection being converted: its node, the next child, the values so far.
        struct Frame {
            var node: Node
            var children: [Node]
            var next = 0
            var values: [Value] = []
        }
        func frame(_ n: Node) throws(YAMLError) -> Frame {
            switch n.content {
            case .sequence(let items):
                try Constructor.checkCollectionTag(n.tag, isMapping: false, mark: n.mark)
                return Frame(node: n, children: items)
            case .mapping(let pairs):
                try Constructor.checkCollectionTag(n.tag, isMapping: true, mark: n.mark)
                var flat: [Node] = []
                flat.reserveCapacity(pairs.count * 2)
                for p in pairs {
                    flat.append(p.key)
                    flat.append(p.value)
                }
                return Frame(node: n, children: flat)
            case .scalar:
                return Frame(node: n, children: [])
            }
        }
        var stack = [try frame(self)]
        while var top = stack.popLast() {
            if top.next < top.children.count {
                let child = top.children[top.next]
                top.next += 1
                if case .scalar(let text, let style) = child.content {
                    top.values.append(try Constructor.scalar(text, style: style, tag: child.tag, mark: child.mark))
                    stack.append(top)
                } else {
                    stack.append(top)
                    stack.append(try frame(child))
                }
                continue
            }
            let value: Value
            if case .mapping = top.node.content {
                var entries: [Value.Entry] = []
                entries.reserveCapacity(top.values.count / 2)
                var i = 0
                while i + 1 < top.values.count {
                    entries.append(Value.Entry(key: top.values[i], value: top.values[i + 1]))
                    i += 2
                }
                value = .mapping(entries)
            } else {
                value = .sequence(top.values)
            }
            guard !stack.isEmpty else { return value }
            stack[stack.count - 1].values.append(value)
        }
        return .null
    }
}
