/// Flow collections: `[a, b]`, `{k: v}`, and single-pair mappings inside sequences (`[k: v]`).
extension Parser {
    mutating func flowSequenceEntry(first: Bool) throws(YAMLError) -> Event {
        var id = try scanner.peekID()
        if id != .flowSequenceEnd {
            if !first {
                guard id == .flowEntry else {
                    throw YAMLError(ReaderMessage.expectedFlowSequenceEnd(id.phrase), at: scanner.headStart)
                }
                scanner.advance()
                id = try scanner.peekID()
            }
            if id == .key || id == .value {
                state = .flowSequencePairKey
                return Event(.mappingStart(.flowPair), scanner.headStart)
            }
            if id != .flowSequenceEnd {
                states.append(.flowSequenceEntry)
                return try node(block: false, indentless: false)
            }
        }
        let start = scanner.headStart
        scanner.advance()
        pop()
        return Event(.sequenceEnd, start)
    }

    mutating func flowSequencePairKey() throws(YAMLError) -> Event {
        var t = try scanner.peek()
        if t.id == .key {
            _ = try scanner.next()
            t = try scanner.peek()
        }
        if t.id != .value && t.id != .flowEntry && t.id != .flowSequenceEnd {
            states.append(.flowSequencePairValue)
            return try node(block: false, indentless: false)
        }
        state = .flowSequencePairValue
        return empty(at: t.start)
    }

    mutating func flowSequencePairValue() throws(YAMLError) -> Event {
        let t = try scanner.peek()
        if t.id == .value {
            _ = try scanner.next()
            let n = try scanner.peek()
            if n.id != .flowEntry && n.id != .flowSequenceEnd {
                states.append(.flowSequencePairEnd)
                return try node(block: false, indentless: false)
            }
        }
        state = .flowSequencePairEnd
        return empty(at: t.start)
    }

    mutating func flowMappingKey(first: Bool) throws(YAMLError) -> Event {
        var t = try scanner.peek()
        if t.id != .flowMappingEnd {
            if !first {
                guard t.id == .flowEntry else {
                    throw YAMLError(ReaderMessage.expectedFlowMappingEnd(t.id.phrase), at: t.start)
                }
                _ = try scanner.next()
                t = try scanner.peek()
            }
            if t.id == .key {
                _ = try scanner.next()
                let n = try scanner.peek()
                if n.id != .value && n.id != .flowEntry && n.id != .flowMappingEnd {
                    states.append(.flowMappingValue)
                    return try node(block: false, indentless: false)
                }
                state = .flowMappingValue
                return empty(at: n.start)
            }
            if t.id == .value {
                state = .flowMappingValue
                return empty(at: t.start)
            }
            if t.id != .flowMappingEnd {
                states.append(.flowMappingEmptyValue)
                return try node(block: false, indentless: false)
            }
        }
        _ = try scanner.next()
        pop()
        return Event(.mappingEnd, t.start)
    }

    mutating func flowMappingValue() throws(YAMLError) -> Event {
        let t = try scanner.peek()
        if t.id == .value {
            _ = try scanner.next()
            let n = try scanner.peek()
            if n.id != .flowEntry && n.id != .flowMappingEnd {
                states.append(.flowMappingKey)
                return try node(block: false, indentless: false)
            }
        }
        state = .flowMappingKey
        return empty(at: t.start)
    }
}
