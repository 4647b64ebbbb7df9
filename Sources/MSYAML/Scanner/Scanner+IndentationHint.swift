/// A block collection closed by a less indented line: its indentation and kind, and
/// the line that closed it.
struct ClosedBlock {
    var line = 0
    var indent = -1
    var isMapping = false
}

/// What indentation a mis-indented line should have had, for the errors a slip causes:
/// a key deeper than its siblings (it continues the scalar above, then meets ':'), and
/// a key or '-' entry less indented than its siblings but deeper than their parent
/// (it opens a collection where none can start). Computed only on those error paths.
extension Scanner {
    /// The hint for a collection that `start` opened (the scanner has just rolled its
    /// indentation): the collection closed on the same line, if less indented than it,
    /// or else the enclosing one.
    func indentationHint(_ start: Mark) -> String? {
        let column = start.column - 1
        guard indent == column, let parent = indents.last else { return nil }
        let holder = parent >= 0 ? (parent, indentsAreMappings.last ?? false) : nil
        if closed.line == start.line && closed.indent > column {
            return ReaderMessage.lessIndented(column, than: (closed.indent, closed.isMapping), holder: holder)
        }
        guard let holder else { return nil }
        return ReaderMessage.moreIndented(column, than: holder)
    }

    /// The error for ':' after a plain scalar that took in a later line: when that line
    /// is indented deeper than the keys of the innermost block mapping, say so.
    func multilineKeyMessage(_ start: Mark) -> String {
        var lineStart = pos
        while lineStart > 0 && !Bytes.isBreak(input[lineStart - 1]) { lineStart -= 1 }
        var spaces = 0
        while lineStart + spaces < pos && input[lineStart + spaces] == 0x20 { spaces += 1 }
        guard flowLevel == 0, indentIsMapping, indent >= 0, spaces > indent, start.line < line else {
            return ReaderMessage.multilineKey(start)
        }
        return ReaderMessage.multilineKeyIndented(start, spaces, mapping: indent)
    }
}
