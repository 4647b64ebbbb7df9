/// Block collections: indented sequences (`- x`) and mappings (`k: v`, `? k`). The
/// hot paths look at token kinds (`peekID`) so that no token is copied.
extension Parser {
    mutating func blockSequenceEntry() throws(YAMLError) -> Event {
        let id = try scanner.peekID()
        if id == .blockEntry {
            let end = scanner.headEnd
            scanner.advance()
            let n = try scanner.peekID()
            if n != .blockEntry && n != .blockEnd {
                states.append(.blockSequenceEntry)
                return try node(block: true, indentless: false)
            }
            state = .blockSequenceEntry
            return empty(at: end)
        }
        guard id == .blockEnd else {
            let t = try scanner.peek()
            throw YAMLError(withIndentationHint(ReaderMessage.expectedSequenceEntry(t.id.phrase), t), at: t.start)
        }
        let start = scanner.headStart
        scanner.advance()
        pop()
        return Event(.sequenceEnd, start)
    }

    /// A sequence at its parent key's indentation, which has no start or end token.
    mutating func indentlessSequenceEntry() throws(YAMLError) -> Event {
        let id = try scanner.peekID()
        if id == .blockEntry {
            let end = scanner.headEnd
            scanner.advance()
            let n = try scanner.peekID()
            if n != .blockEntry && n != .key && n != .value && n != .blockEnd {
                states.append(.indentlessSequenceEntry)
                return try node(block: true, indentless: false)
            }
            state = .indentlessSequenceEntry
            return empty(at: end)
        }
        pop()
        return Event(.sequenceEnd, scanner.headStart)
    }

    mutating func blockMappingKey() throws(YAMLError) -> Event {
        let id = try scanner.peekID()
        if id == .key {
            let end = scanner.headEnd
            scanner.advance()
            let n = try scanner.peekID()
            if n != .key && n != .value && n != .blockEnd {
                states.append(.blockMappingValue)
                return try node(block: true, indentless: true)
            }
            state = .blockMappingValue
            return empty(at: end)
        }
        if id == .value {
            // `: v` with no key: the key is empty (null).
            state = .blockMappingValue
            return empty(at: scanner.headStart)
        }
        guard id == .blockEnd else {
            let t = try scanner.peek()
            throw YAMLError(withIndentationHint(ReaderMessage.expectedMappingKey(t.id.phrase), t), at: t.start)
        }
        let start = scanner.headStart
        scanner.advance()
        pop()
        return Event(.mappingEnd, start)
    }

    mutating func blockMappingValue() throws(YAMLError) -> Event {
        let id = try scanner.peekID()
        if id == .value {
            let end = scanner.headEnd
            scanner.advance()
            let n = try scanner.peekID()
            if n != .key && n != .value && n != .blockEnd {
                states.append(.blockMappingKey)
                return try node(block: true, indentless: true)
            }
            state = .blockMappingKey
            return empty(at: end)
        }
        state = .blockMappingKey
        return empty(at: scanner.headStart)
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
