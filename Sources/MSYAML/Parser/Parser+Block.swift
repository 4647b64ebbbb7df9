/// Block collections: indented sequences (`- x`) and mappings (`k: v`, `? k`).
extension Parser {
    mutating func blockSequenceEntry() throws(YAMLError) -> Event {
        let t = try scanner.peek()
        if t.id == .blockEntry {
            _ = try scanner.next()
            let n = try scanner.peek()
            if n.id != .blockEntry && n.id != .blockEnd {
                states.append(.blockSequenceEntry)
                return try node(block: true, indentless: false)
            }
            state = .blockSequenceEntry
            return empty(at: t.end)
        }
        guard t.id == .blockEnd else {
            throw YAMLError(withIndentationHint(ReaderMessage.expectedSequenceEntry(t.id.phrase), t), at: t.start)
        }
        _ = try scanner.next()
        pop()
        return Event(.sequenceEnd, t.start)
    }

    /// A sequence at its parent key's indentation, which has no start or end token.
    mutating func indentlessSequenceEntry() throws(YAMLError) -> Event {
        let t = try scanner.peek()
        if t.id == .blockEntry {
            _ = try scanner.next()
            let n = try scanner.peek()
            if n.id != .blockEntry && n.id != .key && n.id != .value && n.id != .blockEnd {
                states.append(.indentlessSequenceEntry)
                return try node(block: true, indentless: false)
            }
            state = .indentlessSequenceEntry
            return empty(at: t.end)
        }
        pop()
        return Event(.sequenceEnd, t.start)
    }

    mutating func blockMappingKey() throws(YAMLError) -> Event {
        let t = try scanner.peek()
        if t.id == .key {
            _ = try scanner.next()
            let n = try scanner.peek()
            if n.id != .key && n.id != .value && n.id != .blockEnd {
                states.append(.blockMappingValue)
                return try node(block: true, indentless: true)
            }
            state = .blockMappingValue
            return empty(at: t.end)
        }
        if t.id == .value {
            // `: v` with no key: the key is empty (null).
            state = .blockMappingValue
            return empty(at: t.start)
        }
        guard t.id == .blockEnd else {
            throw YAMLError(withIndentationHint(ReaderMessage.expectedMappingKey(t.id.phrase), t), at: t.start)
        }
        _ = try scanner.next()
        pop()
        return Event(.mappingEnd, t.start)
    }

    mutating func blockMappingValue() throws(YAMLError) -> Event {
        let t = try scanner.peek()
        if t.id == .value {
            _ = try scanner.next()
            let n = try scanner.peek()
            if n.id != .key && n.id != .value && n.id != .blockEnd {
                states.append(.blockMappingKey)
                return try node(block: true, indentless: true)
            }
            state = .blockMappingKey
            return empty(at: t.end)
        }
        state = .blockMappingKey
        return empty(at: t.start)
    }
}

extension Parser {
    /// `message`, with what indentation was expected when `t` opens a block collection
    /// at a column where none can start (a mis-indented line).
    func withIndentationHint(_ message: String, _ t: Token) -> String {
        guard t.id == .blockMappingStart || t.id == .blockSequenceStart, let hint = scanner.indentationHint(t.start)
        else { return message }
        return message + ": " + hint
    }
}
