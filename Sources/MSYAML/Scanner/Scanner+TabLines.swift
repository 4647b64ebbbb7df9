/// Tabs on the white-space line that ends a scalar. Only spaces indent (YAML 1.2.2
/// [63]), so a line whose indentation holds a tab is no empty line of a multi-line
/// scalar ([70]): it ends the scalar, and is valid only where comment lines may stand.
extension Scanner {
    /// A block scalar ends at its first line indented less than `blockIndent`. When that
    /// line's indentation holds a tab, the line is neither an empty line of the scalar
    /// nor a trail comment ([169]), and a block collection cannot go on after it; only
    /// the stream's comment lines may follow ([211]). So the tab is an error unless
    /// blank and comment lines alone follow to the end of the document (the writer
    /// most likely meant an empty line of the scalar).
    func checkTabAfterBlockScalar(_ blockIndent: Int) throws(YAMLError) {
        var k = 0
        while byte(k) == 0x20 { k += 1 }
        guard byte(k) == 0x09, indentColumn + k < blockIndent else { return }
        if nextTextLine(from: pos + k, skippingComments: true) == nil { return }
        let tab = Mark(line: line, column: column + k, offset: pos + k)
        throw YAMLError(ReaderMessage.tabInBlockScalarIndentation(blockIndent), at: tab)
    }

    /// At a tab (the scanner's position) on an empty line inside a plain scalar, within
    /// the scalar's indentation: the scalar ends before this line, which is an error if
    /// the text below would have continued it (`a: x`, a tab-only line, `  y`).
    func checkTabEndsPlainScalar(minIndent: Int, flow: Bool) throws(YAMLError) {
        guard let (spaces, c) = nextTextLine(from: pos, skippingComments: false), c != UInt8(ascii: "#") else {
            return
        }
        let continues = flow ? !Bytes.isFlowIndicator(c) && c != UInt8(ascii: ":") : spaces >= minIndent
        if continues { throw YAMLError(ReaderMessage.tabIndentation, at: mark) }
    }

    /// The first text after `offset` (the rest of its line, then the lines below) that
    /// is more than white space (and comments, when skipped), before the end of the
    /// input or a `---` / `...` line: the leading spaces of its line (0 on `offset`'s
    /// line) and its first character. Runs only at a tab-indented line, and reads only
    /// lines the scanner reads next anyway.
    func nextTextLine(from offset: Int, skippingComments: Bool) -> (spaces: Int, first: UInt8)? {
        var i = offset
        let n = input.count
        func at(_ k: Int) -> UInt8 { k < n ? input[k] : 0 }
        var lineStart = false
        while true {
            let c = at(i)
            if lineStart && (c == UInt8(ascii: "-") || c == UInt8(ascii: ".")) && at(i + 1) == c && at(i + 2) == c
                && Bytes.isBlankOrEnd(at(i + 3))
            {
                return nil
            }
            var spaces = 0
            while lineStart && at(i) == 0x20 {
                spaces += 1
                i += 1
            }
            while Bytes.isBlank(at(i)) { i += 1 }
            let first = at(i)
            if first == UInt8(ascii: "#") && skippingComments {
                while i < n && !Bytes.isBreak(input[i]) { i += 1 }
            } else if first != 0 && !Bytes.isBreak(first) {
                return (spaces, first)
            }
            guard i < n else { return nil }
            i += input[i] == 0x0D && at(i + 1) == 0x0A ? 2 : 1
            lineStart = true
        }
    }
}
