/// One node: its properties (anchor, tag) and what kind of content follows them.
extension Parser {
    mutating func node(block: Bool, indentless: Bool) throws(YAMLError) -> Event {
        // The common cases first, without copying the token.
        switch try scanner.peekID() {
        case .blockMappingStart where block:
            state = .blockMappingFirstKey
            return Event(.mappingStart(.none), scanner.headStart)
        case .blockEntry where indentless:
            state = .indentlessSequenceEntry
            return Event(.sequenceStart(.none), scanner.headStart)
        case .scalar:
            if let (text, style) = scanner.headScalar {
                let mark = scanner.headStart
                scanner.advance()
                pop()
                return Event(.scalar(text, style, .none), mark)
            }
        default: break
        }
        var t = try scanner.peek()
        if case .alias(let name) = t.kind {
            _ = try scanner.next()
            pop()
            return Event(.alias(name), t.start)
        }
        var props = Properties.none
        var start: Mark? = nil
        // At most one anchor and one tag, in either order.
        for _ in 0..<2 {
            switch t.kind {
            case .anchor(let name) where props.anchor == nil:
                props.anchor = name
            case .tag(let handle, let suffix) where props.tag == nil:
                props.tag = try resolveTag(handle: handle, suffix: suffix, at: t.start)
            default:
                continue
            }
            if start == nil { start = t.start }
            _ = try scanner.next()
            t = try scanner.peek()
        }
        let mark = start ?? t.start
        switch t.kind {
        case .blockEntry where indentless:
            state = .indentlessSequenceEntry
            return Event(.sequenceStart(props), mark)
        case .scalar(let value, let style):
            scanner.advance()
            pop()
            return Event(.scalar(value, style, props), mark)
        case .flowSequenceStart:
            state = .flowSequenceFirstEntry
            props.flow = true
            return Event(.sequenceStart(props), mark)
        case .flowMappingStart:
            state = .flowMappingFirstKey
            props.flow = true
            return Event(.mappingStart(props), mark)
        case .blockSequenceStart where block:
            state = .blockSequenceFirstEntry
            return Event(.sequenceStart(props), mark)
        case .blockMappingStart where block:
            state = .blockMappingFirstKey
            return Event(.mappingStart(props), mark)
        default:
            if start != nil {
                // Properties on an empty node.
                pop()
                return Event(.scalar("", .plain, props), mark)
            }
            throw YAMLError(ReaderMessage.expectedNode(t.id.phrase), at: t.start)
        }
    }

    /// Expands a tag shorthand with the document's handles; `!` alone stays `!`.
    func resolveTag(handle: String, suffix: String, at mark: Mark) throws(YAMLError) -> String {
        if handle.isEmpty { return suffix }
        if handle == "!" && suffix.isEmpty { return "!" }
        guard let h = tagHandles.first(where: { $0.handle == handle }) else {
            throw YAMLError(ReaderMessage.undefinedTagHandle(handle), at: mark)
        }
        return h.prefix + suffix
    }
}
