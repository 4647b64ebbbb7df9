/// Skipping white space, comments and line breaks between tokens, and the tab rules.
extension Scanner {
    /// Moves to the start of the next token. Tabs separate tokens but never indent:
    /// a line whose indentation holds a tab must still be indented by spaces alone.
    mutating func skipToNextToken() throws(YAMLError) {
        var atLineStart = column == 1
        var leadingSpaces = 0
        var tabInIndent: Mark? = nil
        tabBeforeToken = false
        while true {
            // A byte order mark may open any document.
            if column == 1 && byte(0) == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF {
                pos += 3
            }
            while true {
                let c = byte(0)
                if c == 0x20 {
                    if atLineStart && tabInIndent == nil { leadingSpaces += 1 }
                    skipASCII(1)
                } else if c == 0x09 {
                    if atLineStart && tabInIndent == nil { tabInIndent = mark }
                    tabBeforeToken = true
                    skipASCII(1)
                } else {
                    break
                }
            }
            if byte(0) == UInt8(ascii: "#") {
                if pos == lastTokenEnd && column > 1 {
                    throw YAMLError(ReaderMessage.commentWithoutSpace, at: mark)
                }
                while !Bytes.isBreakOrEnd(byte(0)) { skip() }
            }
            if skipBreak() {
                atLineStart = true
                leadingSpaces = 0
                tabInIndent = nil
                tabBeforeToken = false
                if flowLevel == 0 { simpleKeyAllowed = true }
                continue
            }
            break
        }
        guard atLineStart, pos < input.count else { return }
        if flowLevel == 0 {
            if let tab = tabInIndent, leadingSpaces <= indent {
                throw YAMLError(ReaderMessage.tabIndentation, at: tab)
            }
        } else if leadingSpaces <= indent && !(column == 1 && isAnyDocumentMarker) {
            throw YAMLError(ReaderMessage.flowLineUnderIndented, at: mark)
        }
    }

    /// Whether `---` or `...` starts here.
    var isAnyDocumentMarker: Bool {
        isDocumentMarker(UInt8(ascii: "-")) || isDocumentMarker(UInt8(ascii: "."))
    }
}
