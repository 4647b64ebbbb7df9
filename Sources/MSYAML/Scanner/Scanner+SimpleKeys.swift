/// A place where an implicit key may start; it becomes a KEY token if a `:` follows.
struct SimpleKey {
    var possible = false
    /// A key at the block indentation must be a key: anything else there is an error.
    var required = false
    /// The queue number of the key's first token, where KEY will be inserted.
    var tokenNumber = 0
    var mark = Mark.start
    /// Whether a tab preceded it on its line (a block mapping cannot start after one).
    var tabBefore = false
}

/// Implicit keys and indentation: the bookkeeping that turns layout into tokens.
extension Scanner {
    /// Remembers that the next token may be an implicit key.
    mutating func savePossibleSimpleKey() throws(YAMLError) {
        guard simpleKeyAllowed else { return }
        let required = flowLevel == 0 && indent == indentColumn && indentIsMapping
        try removePossibleSimpleKey()
        simpleKeys[flowLevel] = SimpleKey(
            possible: true, required: required, tokenNumber: tokensTaken + tokens.count - head,
            mark: mark, tabBefore: tabBeforeToken)
        // Deeper levels are closed, so this level is the highest in either list.
        if flowIsMapping[flowLevel] {
            mappingKeyLevels.append(flowLevel)
        } else {
            staleableKeyLevels.append(flowLevel)
        }
    }

    /// Forgets the possible key of the current level (an error if it had to be a key).
    mutating func removePossibleSimpleKey() throws(YAMLError) {
        let k = simpleKeys[flowLevel]
        guard k.possible else { return }
        if k.required { throw missingColon(k) }
        dropPossibleKey()
    }

    /// Forgets the current level's possible key without checks (it became a KEY, or
    /// was checked already).
    mutating func dropPossibleKey() {
        guard simpleKeys[flowLevel].possible else { return }
        simpleKeys[flowLevel].possible = false
        if flowIsMapping[flowLevel] {
            if mappingKeyLevels.last == flowLevel { mappingKeyLevels.removeLast() }
        } else {
            if staleableKeyLevels.last == flowLevel { staleableKeyLevels.removeLast() }
        }
    }

    /// Forgets possible keys that can no longer be keys: implicit keys fit on one line
    /// and in 1024 characters, except inside a flow mapping, where `:` may come later.
    /// Older keys are staler, so the stale ones are a prefix of the list.
    mutating func removeStaleSimpleKeys() throws(YAMLError) {
        var stale = 0
        for level in staleableKeyLevels {
            let k = simpleKeys[level]
            guard k.mark.line < line || pos - k.mark.offset > 1024 else { break }
            if k.required { throw missingColon(k) }
            simpleKeys[level].possible = false
            stale += 1
        }
        if stale > 0 { staleableKeyLevels.removeFirst(stale) }
    }

    /// Whether the token at the head of the queue may still become a key, so it must
    /// wait. The oldest possible key of each list has the smallest token number.
    var isHeadPossibleKey: Bool {
        if let l = staleableKeyLevels.first, simpleKeys[l].tokenNumber == tokensTaken { return true }
        if let l = mappingKeyLevels.first, simpleKeys[l].tokenNumber == tokensTaken { return true }
        return false
    }

    /// The error for a key-shaped line without its `:`, naming the key when it is a scalar.
    private func missingColon(_ k: SimpleKey) -> YAMLError {
        let index = head + k.tokenNumber - tokensTaken
        if index >= head && index < tokens.count {
            let t = tokens[index]
            if case .scalar(let text, _) = t.kind {
                return YAMLError(ReaderMessage.expectedColonAfterKey(text), at: t.end)
            }
        }
        return YAMLError(ReaderMessage.expectedColonAfterKey(nil), at: k.mark)
    }

    /// Opens a block collection if `col` is deeper than the current indentation.
    /// `number` places the start token before an already queued token (a simple key).
    mutating func rollIndent(_ col: Int, number: Int?, kind: Token.Kind, at m: Mark) throws(YAMLError) -> Bool {
        guard flowLevel == 0, indent < col else { return false }
        guard indents.count < limits.maxDepth else {
            throw YAMLError(ReaderMessage.tooDeep(limits.maxDepth), at: m)
        }
        indents.append(indent)
        indentsAreMappings.append(indentIsMapping)
        indent = col
        if case .blockMappingStart = kind { indentIsMapping = true } else { indentIsMapping = false }
        let t = Token(kind, m, m)
        if let number {
            tokens.insert(t, at: head + number - tokensTaken)
        } else {
            tokens.append(t)
        }
        return true
    }

    /// Closes every block collection indented deeper than `col`.
    mutating func unrollIndent(to col: Int) {
        guard flowLevel == 0 else { return }
        while indent > col {
            append(.blockEnd, mark, mark)
            closed = ClosedBlock(line: line, indent: indent, isMapping: indentIsMapping)
            indent = indents.popLast() ?? -1
            indentIsMapping = indentsAreMappings.popLast() ?? false
        }
    }

    mutating func increaseFlowLevel(mapping: Bool) throws(YAMLError) {
        guard flowLevel < limits.maxDepth else {
            throw YAMLError(ReaderMessage.tooDeep(limits.maxDepth), at: mark)
        }
        simpleKeys.append(SimpleKey())
        flowIsMapping.append(mapping)
        flowLevel += 1
    }

    mutating func decreaseFlowLevel() {
        guard flowLevel > 0 else { return }
        flowLevel -= 1
        simpleKeys.removeLast()
        flowIsMapping.removeLast()
    }
}
