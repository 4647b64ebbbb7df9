/// Node to Value conversion, iterative so that no tree is too deep for it.
extension Node {
    /// The value this node means (see `Constructor` for how tags apply).
    public func toValue() throws(YAMLError) -> Value {
        if case .scalar(let text, let style) = content {
            return try Constructor.scalar(text, style: style, tag: tag, mark: mark)
        }
        var stack = [try ValueFrame(self)]
        while let top = stack.indices.last {
            let i = stack[top].next
            if i < stack[top].count {
                stack[top].next = i + 1
                let child = stack[top].child(i)
                if case .scalar(let text, let style) = child.content {
                    stack[top].add(try Constructor.scalar(text, style: style, tag: child.tag, mark: child.mark))
                } else {
                    stack.append(try ValueFrame(child))
                }
                continue
            }
            let done = stack.removeLast().value
            guard let parent = stack.indices.last else { return done }
            stack[parent].add(done)
        }
        return .null
    }
}

/// A collection being converted: its children in order (a mapping's keys and values
/// alternate), the next one, and the values made so far; updated in place on the stack.
private struct ValueFrame {
    var items: [Node] = []
    var pairs: [Node.Pair] = []
    var isMapping = false
    var next = 0
    var values: [Value] = []
    var entries: [Value.Entry] = []
    var key = Value.null

    /// Checks the collection's tag, before any of its children.
    init(_ n: Node) throws(YAMLError) {
        switch n.content {
        case .sequence(let items):
            try Constructor.checkCollectionTag(n.tag, isMapping: false, mark: n.mark)
            self.items = items
            values.reserveCapacity(items.count)
        case .mapping(let pairs):
            try Constructor.checkCollectionTag(n.tag, isMapping: true, mark: n.mark)
            self.pairs = pairs
            isMapping = true
            entries.reserveCapacity(pairs.count)
        case .scalar:
            break
        }
    }

    var count: Int { isMapping ? pairs.count * 2 : items.count }

    func child(_ i: Int) -> Node {
        guard isMapping else { return items[i] }
        return i % 2 == 0 ? pairs[i / 2].key : pairs[i / 2].value
    }

    /// Adds the value of the child before `next`.
    mutating func add(_ v: Value) {
        if !isMapping {
            values.append(v)
        } else if next % 2 == 1 {
            key = v
        } else {
            entries.append(Value.Entry(key: key, value: v))
        }
    }

    var value: Value { isMapping ? .mapping(entries) : .sequence(values) }
}
