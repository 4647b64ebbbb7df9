/// The style-keeping writer's loop: the block layout of `BlockWriter` (kubectl's), plus
/// flow collections on one line, with an explicit stack (no recursion).
///
/// What it keeps of each node, and what it does when the node's text cannot be written
/// in its own style:
///
/// | node | written | fallback |
/// |---|---|---|
/// | plain scalar | its text as it is (`0x1F`, `1.10`, `yes`, `2024-01-02`) | a string with a line break or syntax in it: as `BlockWriter` writes strings (numbers, booleans and null always fit) |
/// | empty plain (null) | nothing after `key:` and `-` | `null` inside a flow collection and at the root |
/// | `'single'` | single-quoted | double-quoted (a line break or control character) |
/// | `"double"` | double-quoted | - |
/// | literal block | literal block | double-quoted (a blank at a line end, controls) |
/// | folded block | double-quoted (as kpt writes it) | - |
/// | flow collection | `[a, b]`, `{k: v}` on one line, all of its content in flow | - |
/// | block collection | as `BlockWriter`, `{}`/`[]` when empty | flow inside a flow collection |
/// | tag | `!!str`, `!local`, `!<verbatim>` | - |
///
/// Keys keep their order; a collection key or one longer than 1,000 bytes uses the
/// explicit `? key` form. Anchors are not written (aliases are already copies).
struct NodeWriter {
    var out: [UInt8]
    private var stack: [Frame] = []

    /// An open collection, a value still to write after an explicit key, or (flow) the
    /// end of a line after a flow collection placed in block context.
    private enum Frame {
        case mapping([Node.Pair], next: Int, column: Int, firstInline: Bool)
        case sequence([Node], next: Int, column: Int, firstInline: Bool)
        case explicitValue(Node, column: Int)
        case flowMapping([Node.Pair], next: Int)
        case flowSequence([Node], next: Int)
        case flowValue(Node)
        case lineEnd
    }

    init(out: [UInt8]) {
        self.out = out
    }

    mutating func write(root: Node) throws(EmitError) {
        try place(root, at: .root)
        while let top = stack.popLast() {
            switch top {
            case .mapping(let pairs, let next, let column, let firstInline):
                guard next < pairs.count else { continue }
                stack.append(.mapping(pairs, next: next + 1, column: column, firstInline: firstInline))
                BlockPlace.startEntry(next, column: column, firstInline: firstInline, indicator: nil, to: &out)
                try writeEntry(pairs[next], column: column)
            case .sequence(let items, let next, let column, let firstInline):
                guard next < items.count else { continue }
                stack.append(.sequence(items, next: next + 1, column: column, firstInline: firstInline))
                BlockPlace.startEntry(next, column: column, firstInline: firstInline, indicator: 0x2D, to: &out)
                try place(items[next], at: .afterIndicator(column: column))
            case .explicitValue(let value, let column):
                BlockPlace.startEntry(1, column: column, firstInline: false, indicator: 0x3A, to: &out)
                try place(value, at: .afterIndicator(column: column))
            case .flowSequence(let items, let next):
                guard next < items.count else {
                    out.append(0x5D)
                    continue
                }
                stack.append(.flowSequence(items, next: next + 1))
                if next > 0 { ScalarText.append(", ", to: &out) }
                try placeFlow(items[next], isItem: true)
            case .flowMapping(let pairs, let next):
                guard next < pairs.count else {
                    out.append(0x7D)
                    continue
                }
                stack.append(.flowMapping(pairs, next: next + 1))
                if next > 0 { ScalarText.append(", ", to: &out) }
                try writeFlowEntry(pairs[next])
            case .flowValue(let value):
                ScalarText.append(" : ", to: &out)
                try placeFlow(value, isItem: false)
            case .lineEnd:
                out.append(0x0A)
            }
        }
    }

    /// `key: value`, or `? key` / `: value` for a collection key or a very long one.
    private mutating func writeEntry(_ pair: Node.Pair, column: Int) throws(EmitError) {
        let isScalar = pair.key.scalarText != nil
        if isScalar {
            let start = out.count
            writeScalar(pair.key, context: .key)
            if out.count - start <= BlockWriter.maxImplicitKey {
                out.append(0x3A)
                try place(pair.value, at: .afterKey(column: column))
                return
            }
            out.removeSubrange(start...)
        }
        out.append(0x3F)
        out.append(0x20)
        stack.append(.explicitValue(pair.value, column: column))
        if isScalar {
            writeScalar(pair.key, context: .key)
            out.append(0x0A)
        } else {
            try place(pair.key, at: .afterIndicator(column: column))
        }
    }

    /// `key: value` inside a flow mapping; `? key : value` for a collection key or a
    /// very long one.
    private mutating func writeFlowEntry(_ pair: Node.Pair) throws(EmitError) {
        guard pair.key.scalarText != nil else {
            ScalarText.append("? ", to: &out)
            stack.append(.flowValue(pair.value))
            return try placeFlow(pair.key, isItem: false)
        }
        let start = out.count
        writeScalar(pair.key, context: .flowKey)
        if out.count - start > BlockWriter.maxImplicitKey { out.insert(contentsOf: "? ".utf8, at: start) }
        ScalarText.append(": ", to: &out)
        try placeFlow(pair.value, isItem: false)
    }

    private mutating func place(_ node: Node, at place: BlockPlace) throws(EmitError) {
        switch node.content {
        case .mapping(let pairs) where !pairs.isEmpty && !node.isFlow:
            try checkKeys(pairs)
            let (column, inline) = openBlock(node.tag, at: place, isMapping: true)
            stack.append(.mapping(pairs, next: 0, column: column, firstInline: inline))
        case .sequence(let items) where !items.isEmpty && !node.isFlow:
            let (column, inline) = openBlock(node.tag, at: place, isMapping: false)
            stack.append(.sequence(items, next: 0, column: column, firstInline: inline))
        case .mapping, .sequence:
            if place.isAfterKey { out.append(0x20) }
            stack.append(.lineEnd)
            try placeFlow(node, isItem: false)
        case .scalar(let text, let style):
            if text.isEmpty && style == .plain && node.tag == nil {
                switch place {
                case .root: ScalarText.append("null", to: &out)
                case .afterIndicator: out.removeLast()  // `-` alone, not `- `
                case .afterKey: break
                }
                out.append(0x0A)
                return
            }
            if place.isAfterKey { out.append(0x20) }
            if isLiteral(node, text: text, style: style) && place.allowsLiteral(text) {
                writeTag(node.tag, then: 0x20)
                return LiteralBlock.write(text, indent: place.literalIndent, to: &out)
            }
            writeScalar(node, context: .block)
            out.append(0x0A)
        }
    }

    /// Writes a block collection's tag (then a line break, so the entries start on the
    /// next line) and returns where its entries go (`BlockPlace.entries`).
    private mutating func openBlock(_ tag: String?, at place: BlockPlace, isMapping: Bool) -> (Int, Bool) {
        if place.isAfterKey {
            if tag != nil { out.append(0x20) }
            writeTag(tag, then: nil)
            out.append(0x0A)
        } else {
            writeTag(tag, then: 0x0A)
        }
        let (column, inline) = place.entries(isMapping: isMapping)
        return (column, inline && tag == nil)
    }

    /// A node inside a flow collection (or a flow collection itself): on one line.
    private mutating func placeFlow(_ node: Node, isItem: Bool) throws(EmitError) {
        switch node.content {
        case .mapping(let pairs):
            try checkKeys(pairs)
            writeTag(node.tag, then: 0x20)
            out.append(0x7B)
            stack.append(.flowMapping(pairs, next: 0))
        case .sequence(let items):
            writeTag(node.tag, then: 0x20)
            out.append(0x5B)
            stack.append(.flowSequence(items, next: 0))
        case .scalar(let text, .plain) where text.isEmpty && node.tag == nil:
            // `{a: }` reads as null; an empty item between commas does not.
            if isItem { ScalarText.append("null", to: &out) }
        case .scalar:
            writeScalar(node, context: .flow)
        }
    }

    /// Two keys of one mapping that YAML calls the same (`Value.keyIdentity`) stop the
    /// write: the reader never builds such a node, but a program could.
    private func checkKeys(_ pairs: [Node.Pair]) throws(EmitError) {
        guard let d = DuplicateKeys.find(pairs.count, { KeySet.identity(pairs[$0].key) }) else { return }
        var path = EmitPath()
        for (i, frame) in stack.enumerated() {
            var inKey = false
            if i + 1 < stack.count {
                switch stack[i + 1] {
                case .explicitValue, .flowValue: inKey = true
                default: break
                }
            }
            switch frame {
            case .mapping(let ps, let next, _, _), .flowMapping(let ps, let next):
                path.entry(next - 1, key: ps[next - 1].key.scalarText, inKey: inKey)
            case .sequence(_, let next, _, _), .flowSequence(_, let next):
                path.item(next - 1)
            case .explicitValue, .flowValue, .lineEnd:
                continue
            }
        }
        let text = pairs[d.later].key.scalarText ?? ""
        var error = path.error(EmitMessage.duplicateKey("\"" + ReaderMessage.clip(text) + "\""))
        error.steps.append(.key(d.later))
        throw error
    }
}

extension NodeWriter {
    /// Where a scalar goes: a block value (may be a literal block), a block mapping
    /// key, or inside a flow collection.
    fileprivate enum Context {
        case block, key, flowKey, flow
    }

    /// Whether a scalar in block context is written as a literal block: a literal node
    /// whose text a literal block holds exactly, or an untagged plain string that cannot
    /// stay plain and that `BlockWriter` would write as one (so trees made from Values
    /// come out as `BlockWriter` writes them).
    private func isLiteral(_ node: Node, text: String, style: ScalarStyle) -> Bool {
        guard style == .literal || (style == .plain && node.tag == nil) else { return false }
        var t = text
        return t.withUTF8 { b in
            guard style == .plain else { return Resolver.fitsLiteral(utf8: b) }
            return !Resolver.fitsPlain(utf8: b, inFlow: false) && Resolver.resolvePlain(text).stringValue != nil
                && Resolver.writeStyle(utf8: b) == .literal
        }
    }

    /// One scalar on one line, in its own style where it fits (see the type's table).
    fileprivate mutating func writeScalar(_ node: Node, context: Context) {
        guard case .scalar(let text, let style) = node.content else { return }
        let inFlow = context == .flow || context == .flowKey
        if text.isEmpty && style == .plain {
            // Tagged: the tag alone (and a blank, so no `,` or `:` joins it); untagged:
            // a key or flow item needs a word, and null is what the empty text means.
            guard node.tag != nil else { return ScalarText.append("null", to: &out) }
            return writeTag(node.tag, then: inFlow || context == .key ? 0x20 : nil)
        }
        writeTag(node.tag, then: 0x20)
        var t = text
        t.withUTF8 { b in
            switch style {
            case .plain where Resolver.fitsPlain(utf8: b, inFlow: inFlow):
                out.append(contentsOf: b)
            case .singleQuoted where Resolver.fitsSingleQuoted(utf8: b):
                out.append(0x27)
                for c in b {
                    out.append(c)
                    if c == 0x27 { out.append(0x27) }
                }
                out.append(0x27)
            default:
                ScalarText.writeDoubleQuoted(b, to: &out)
            }
        }
    }

    /// The tag (if any) and then `separator` (if any).
    private mutating func writeTag(_ tag: String?, then separator: UInt8?) {
        guard let tag else { return }
        NodeTag.write(tag, to: &out)
        if let separator { out.append(separator) }
    }
}
