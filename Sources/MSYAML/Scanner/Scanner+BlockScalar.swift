/// Literal (`|`) and folded (`>`) block scalars with chomping (`-` `+`) and
/// indentation (`1`-`9`) indicators.
extension Scanner {
    mutating func fetchBlockScalar(literal: Bool) throws(YAMLError) {
        try removePossibleSimpleKey()
        simpleKeyAllowed = true
        let start = mark
        skipASCII(1)
        var chomp = 0  // -1 strip, 0 clip, +1 keep
        var increment = 0
        for _ in 0..<2 {
            let c = byte(0)
            if (c == UInt8(ascii: "+") || c == UInt8(ascii: "-")) && chomp == 0 {
                chomp = c == UInt8(ascii: "+") ? 1 : -1
                skipASCII(1)
            } else if Bytes.isDigit(c) && increment == 0 {
                guard c != UInt8(ascii: "0") else {
                    throw YAMLError(ReaderMessage.zeroIndentationIndicator, at: mark)
                }
                increment = Int(c - 0x30)
                skipASCII(1)
            }
        }
        let spaceFrom = pos
        while Bytes.isBlank(byte(0)) { skipASCII(1) }
        if byte(0) == UInt8(ascii: "#") {
            guard pos > spaceFrom else { throw YAMLError(ReaderMessage.commentWithoutSpace, at: mark) }
            while !Bytes.isBreakOrEnd(byte(0)) { skip() }
        }
        guard Bytes.isBreakOrEnd(byte(0)) else {
            throw YAMLError(ReaderMessage.expectedLineEndAfterBlockHeader(describe(at: pos)), at: mark)
        }
        skipBreak()
        // An empty scalar ends with its header line (so a comment below it is separated).
        var end = mark
        scratch.removeAll(keepingCapacity: true)
        var blockIndent: Int
        var breaks: Int
        if increment > 0 {
            blockIndent = indent >= 0 ? indent + increment : increment
            breaks = skipBlockBreaks(blockIndent)
        } else {
            (blockIndent, breaks) = try detectBlockIndent()
        }
        var lastBreak = false
        let first = pos
        while indentColumn == blockIndent && byte(0) != 0 && !(column == 1 && isAnyDocumentMarker) {
            if scratch.isEmpty {
                for _ in 0..<breaks { scratch.append(0x0A) }
            }
            let leadingNonBlank = !Bytes.isBlank(byte(0))
            let from = pos
            while !Bytes.isBreakOrEnd(byte(0)) { skip() }
            try checkScalarLength(from: first, start: start)
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: input[from..<pos]))
            end = mark
            // The end of the input ends the last line as a line break would.
            lastBreak = skipBreak() || byte(0) == 0
            breaks = skipBlockBreaks(blockIndent)
            guard indentColumn == blockIndent && byte(0) != 0 && !(column == 1 && isAnyDocumentMarker) else { break }
            if !literal && lastBreak && leadingNonBlank && !Bytes.isBlank(byte(0)) {
                // Folding: a single break between two text lines becomes a space.
                if breaks == 0 { scratch.append(0x20) }
            } else {
                scratch.append(0x0A)
            }
            for _ in 0..<breaks { scratch.append(0x0A) }
        }
        try checkTabAfterBlockScalar(blockIndent)
        if chomp >= 0 && lastBreak { scratch.append(0x0A) }
        if chomp > 0 {
            // Keep: trailing empty lines belong to the value (even with no text at all).
            for _ in 0..<breaks { scratch.append(0x0A) }
        }
        let value = String(decoding: scratch, as: UTF8.self)
        append(.scalar(value, literal ? .literal : .folded), start, end)
    }

    /// Skips empty lines (indented at most `blockIndent`); returns how many. A last line
    /// of spaces without a line break counts too: the end of the input ends it.
    private mutating func skipBlockBreaks(_ blockIndent: Int) -> Int {
        var n = 0
        var lineStart = column == 1
        while true {
            let from = pos
            while indentColumn < blockIndent && byte(0) == 0x20 { skipASCII(1) }
            guard Bytes.isBreak(byte(0)) else { return pos >= input.count && lineStart && pos > from ? n + 1 : n }
            skipBreak()
            n += 1
            lineStart = true
        }
    }

    /// Finds the content indentation from the first non-empty line; returns it and the
    /// number of empty lines before that line. Leading empty lines may not be indented
    /// more than the first text line.
    private mutating func detectBlockIndent() throws(YAMLError) -> (Int, Int) {
        let minIndent = max(indent + 1, 0)
        var maxEmpty = 0
        var maxEmptyMark = mark
        var breaks = 0
        var lineSpaces = 0
        while true {
            lineSpaces = 0
            while byte(0) == 0x20 {
                skipASCII(1)
                lineSpaces += 1
            }
            // A last line of spaces is an empty line too, ended by the end of the input.
            let endsLine = Bytes.isBreak(byte(0)) || (pos >= input.count && lineSpaces > 0)
            if endsLine {
                if indentColumn > maxEmpty {
                    maxEmpty = indentColumn
                    maxEmptyMark = mark
                }
                breaks += 1
                if skipBreak() { continue }
                return (max(minIndent, maxEmpty), breaks)
            }
            break
        }
        let first = indentColumn
        let hasText = byte(0) != 0 && first >= minIndent && !(column == 1 && isAnyDocumentMarker)
        if hasText {
            if maxEmpty > first {
                throw YAMLError(ReaderMessage.leadingEmptyLineOverIndented, at: maxEmptyMark)
            }
            return (first, breaks)
        }
        // No text: give back this line's indentation so the next token sees it.
        pos -= lineSpaces
        column -= lineSpaces
        return (max(minIndent, maxEmpty), breaks)
    }
}
