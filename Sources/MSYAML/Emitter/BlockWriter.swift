/// The emitter's loop: walks the tree with an explicit stack of open collections.
///
/// Every value is written at a place that decides its layout:
/// - after `key:` in a mapping at column c: scalars on the same line, a mapping on the
///   next lines at c + 2, a sequence on the next lines at c (kubectl's layout);
/// - after an indicator (`- `, `? `, `: `) at column c: scalars on the same line,
///   collections compact, their first entry on the same line at c + 2;
/// - at the root, column 0.
/// A literal block's lines go at c + 2 with the parent's indentation c, so the
/// indentation indicator is always 2.
struct BlockWriter {
    var out: [UInt8]
    let sortKeys: Bool
    private var stack: [Frame] = []

    /// Keys longer than this (as written) use the explicit `? key` form: YAML readers
    /// accept implicit keys of at most 1024 characters.
    static let maxImplicitKey = 1000

    /// An open collection, or the value of an explicit `? key` still to write. The top
    /// frame is advanced in place (`next`), so writing an entry copies no array.
    private struct Frame {
        enum Kind { case mapping, sequence, explicitValue }
        var kind: Kind
        var entries: [Value.Entry] = []
        var items: [Value] = []
        /// A mapping's entry indexes in writing order (nil: as they are).
        var order: [Int]? = nil
        /// The value of an explicit key.
        var value: Value = .null
        var next = 0
        var column: Int
        var firstInline = false
    }

    init(out: [UInt8], sortKeys: Bool) {
        self.out = out
        self.sortKeys = sortKeys
    }

    mutating func write(root: Value) throws(EmitError) {
        try place(root, at: .root)
        while let top = stack.indices.last {
            let next = stack[top].next
            let column = stack[top].column
            let firstInline = stack[top].firstInline
            switch stack[top].kind {
            case .mapping:
                guard next < stack[top].entries.count else {
                    stack.removeLast()
                    continue
                }
                stack[top].next = next + 1
                let entry = stack[top].entries[stack[top].order?[next] ?? next]
                BlockPlace.startEntry(next, column: column, firstInline: firstInline, indicator: nil, to: &out)
                try writeEntry(entry, column: column)
            case .sequence:
                guard next < stack[top].items.count else {
                    stack.removeLast()
                    continue
                }
                stack[top].next = next + 1
                let item = stack[top].items[next]
                BlockPlace.startEntry(next, column: column, firstInline: firstInline, indicator: 0x2D, to: &out)
                try place(item, at: .afterIndicator(column: column))
            case .explicitValue:
                let value = stack.removeLast().value
                BlockPlace.startEntry(1, column: column, firstInline: false, indicator: 0x3A, to: &out)
                try place(value, at: .afterIndicator(column: column))
            }
        }
    }

    /// `key: value`, or `? key` / `: value` for a collection key or a very long one.
    private mutating func writeEntry(_ entry: Value.Entry, column: Int) throws(EmitError) {
        if entry.key.isScalar {
            let start = out.count
            writeKey(entry.key)
            if out.count - start <= Self.maxImplicitKey {
                out.append(0x3A)
                try place(entry.value, at: .afterKey(column: column))
                return
            }
            out.removeSubrange(start...)
        }
        out.append(0x3F)
        out.append(0x20)
        stack.append(Frame(kind: .explicitValue, value: entry.value, column: column))
        if entry.key.isScalar {
            writeKey(entry.key)
            out.append(0x0A)
        } else {
            try place(entry.key, at: .afterIndicator(column: column))
        }
    }

    /// A scalar key on one line: plain or double-quoted, never a literal block.
    private mutating func writeKey(_ key: Value) {
        ScalarText.writeInline(key, to: &out)
    }

    private mutating func place(_ value: Value, at place: BlockPlace) throws(EmitError) {
        switch value {
        case .mapping(let entries) where !entries.isEmpty:
            let plan = KeyOrder.plan(entries, sort: sortKeys)
            if let d = plan.duplicate { throw duplicate(entries, d) }
            if place.isAfterKey { out.append(0x0A) }
            let (column, inline) = place.entries(isMapping: true)
            stack.append(
                Frame(kind: .mapping, entries: entries, order: plan.order, column: column, firstInline: inline))
        case .sequence(let items) where !items.isEmpty:
            if place.isAfterKey { out.append(0x0A) }
            let (column, inline) = place.entries(isMapping: false)
            stack.append(Frame(kind: .sequence, items: items, column: column, firstInline: inline))
        case .string(let s):
            if place.isAfterKey { out.append(0x20) }
            let literal = UTF8Text.bytes(s) { b -> Bool in
                switch Resolver.writeStyle(utf8: b) {
                case .plain: out.append(contentsOf: b)
                case .literal where place.allowsLiteral(s): return true
                default: ScalarText.writeDoubleQuoted(b, to: &out)
                }
                return false
            }
            if literal { return LiteralBlock.write(s, indent: place.literalIndent, to: &out) }
            out.append(0x0A)
        default:
            if place.isAfterKey { out.append(0x20) }
            ScalarText.writeInline(value, to: &out)
            out.append(0x0A)
        }
    }
}

extension BlockWriter {
    /// The error for two equal keys of `entries`, with the path down the open frames.
    private func duplicate(_ entries: [Value.Entry], _ d: (earlier: Int, later: Int)) -> EmitError {
        var path = EmitPath()
        for (i, frame) in stack.enumerated() {
            switch frame.kind {
            case .mapping:
                let at = frame.order?[frame.next - 1] ?? frame.next - 1
                var inKey = false
                if i + 1 < stack.count, stack[i + 1].kind == .explicitValue { inKey = true }
                path.entry(at, key: KeyOrder.sortText(frame.entries[at].key), inKey: inKey)
            case .sequence:
                path.item(frame.next - 1)
            case .explicitValue:
                continue
            }
        }
        let shown =
            entries[d.later].key.stringValue.map { "\"" + ReaderMessage.clip($0) + "\"" }
            ?? KeyOrder.sortText(entries[d.later].key)
        var error = path.error(EmitMessage.duplicateKey(shown ?? "(a collection)"))
        error.steps.append(.key(d.later))
        return error
    }
}

extension Value {
    /// True for null, bool, number and string.
    var isScalar: Bool {
        switch self {
        case .sequence, .mapping: return false
        default: return true
        }
    }
}
