/// The one- and three-character indicators: stream and document bounds, flow
/// brackets, `,`, `-`, `?` and `:`.
extension Scanner {
    mutating func fetchStreamEnd() throws(YAMLError) {
        unrollIndent(to: -1)
        try removePossibleSimpleKey()
        simpleKeyAllowed = false
        streamEnded = true
        append(.streamEnd, mark, mark)
    }

    mutating func fetchDocumentIndicator(_ kind: Token.Kind) throws(YAMLError) {
        unrollIndent(to: -1)
        try removePossibleSimpleKey()
        simpleKeyAllowed = false
        let start = mark
        skipASCII(3)
        append(kind, start, mark)
        if case .documentEnd = kind {
            // Only a comment may follow `...` on its line.
            while Bytes.isBlank(byte(0)) { skipASCII(1) }
            guard byte(0) == UInt8(ascii: "#") || Bytes.isBreakOrEnd(byte(0)) else {
                throw YAMLError(ReaderMessage.contentAfterDocumentEnd, at: mark)
            }
        }
    }

    mutating func fetchFlowStart(_ kind: Token.Kind) throws(YAMLError) {
        try savePossibleSimpleKey()
        if case .flowMappingStart = kind {
            try increaseFlowLevel(mapping: true)
        } else {
            try increaseFlowLevel(mapping: false)
        }
        simpleKeyAllowed = true
        let start = mark
        skipASCII(1)
        append(kind, start, mark)
    }

    mutating func fetchFlowEnd(_ kind: Token.Kind) throws(YAMLError) {
        try removePossibleSimpleKey()
        decreaseFlowLevel()
        simpleKeyAllowed = false
        let start = mark
        skipASCII(1)
        append(kind, start, mark)
        adjacentValueAllowed = true
    }

    mutating func fetchFlowEntry() throws(YAMLError) {
        try removePossibleSimpleKey()
        simpleKeyAllowed = true
        let start = mark
        skipASCII(1)
        append(.flowEntry, start, mark)
    }

    mutating func fetchBlockEntry() throws(YAMLError) {
        if flowLevel == 0 {
            guard simpleKeyAllowed else {
                throw YAMLError(ReaderMessage.sequenceEntryNotAllowed, at: mark)
            }
            if tabBeforeToken && indent < indentColumn {
                throw YAMLError(ReaderMessage.tabIndentation, at: mark)
            }
            _ = try rollIndent(indentColumn, number: nil, kind: .blockSequenceStart, at: mark)
        } else {
            throw YAMLError(ReaderMessage.blockEntryInFlow, at: mark)
        }
        simpleKeyAllowed = true
        try removePossibleSimpleKey()
        let start = mark
        skipASCII(1)
        append(.blockEntry, start, mark)
    }

    mutating func fetchKey() throws(YAMLError) {
        if flowLevel == 0 {
            guard simpleKeyAllowed else {
                throw YAMLError(ReaderMessage.explicitKeyNotAllowed, at: mark)
            }
            if tabBeforeToken && indent < indentColumn {
                throw YAMLError(ReaderMessage.tabIndentation, at: mark)
            }
            _ = try rollIndent(indentColumn, number: nil, kind: .blockMappingStart, at: mark)
        }
        simpleKeyAllowed = flowLevel == 0
        try removePossibleSimpleKey()
        let start = mark
        skipASCII(1)
        append(.key, start, mark)
    }

    mutating func fetchValue() throws(YAMLError) {
        let k = simpleKeys[flowLevel]
        if k.possible {
            // The remembered key is a key after all: insert KEY (and maybe a mapping start).
            tokens.insert(Token(.key, k.mark, k.mark), at: head + k.tokenNumber - tokensTaken)
            if flowLevel == 0 && indent < k.mark.column - 1 && k.tabBefore {
                throw YAMLError(ReaderMessage.tabIndentation, at: k.mark)
            }
            _ = try rollIndent(k.mark.column - 1, number: k.tokenNumber, kind: .blockMappingStart, at: k.mark)
            dropPossibleKey()
            simpleKeyAllowed = false
        } else {
            if flowLevel == 0 {
                guard simpleKeyAllowed else {
                    if let start = lastScalarStart, start.line < line {
                        throw YAMLError(multilineKeyMessage(start), at: mark)
                    }
                    throw YAMLError(ReaderMessage.mappingValueNotAllowed, at: mark)
                }
                _ = try rollIndent(indentColumn, number: nil, kind: .blockMappingStart, at: mark)
            }
            simpleKeyAllowed = flowLevel == 0
            try removePossibleSimpleKey()
        }
        let start = mark
        skipASCII(1)
        append(.value, start, mark)
    }
}
