/// Plain (unquoted) scalars, which may continue over several lines.
extension Scanner {
    /// Reads a plain scalar. Its lines are joined by folding: one line break becomes a
    /// space, n breaks become n-1 newlines; white space around breaks is dropped.
    mutating func fetchPlainScalar() throws(YAMLError) {
        try savePossibleSimpleKey()
        simpleKeyAllowed = false
        let start = mark
        var end = mark
        let flow = flowLevel > 0
        // Continuation lines of a block-context scalar must be indented past the block.
        let minIndent = indent + 1
        var firstFrom = 0
        var firstTo = 0
        var chunks = 0
        var gapFrom = 0
        var gapTo = 0
        var gapBreaks = 0
        if !scratch.isEmpty { scratch.removeAll(keepingCapacity: true) }
        let first = pos
        while byte(0) != UInt8(ascii: "#") {
            let from = pos
            scanPlainRun(flow: flow)
            if pos == from { break }
            try checkScalarLength(from: first, start: start)
            if chunks == 0 {
                firstFrom = from
                firstTo = pos
            } else {
                // The breaks were inside the scalar, so no key may follow it on this line.
                simpleKeyAllowed = false
                if chunks == 1 { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: input[firstFrom..<firstTo])) }
                if gapBreaks == 0 {
                    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: input[gapFrom..<gapTo]))
                } else if gapBreaks == 1 {
                    scratch.append(0x20)
                } else {
                    for _ in 1..<gapBreaks { scratch.append(0x0A) }
                }
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: input[from..<pos]))
            }
            chunks += 1
            end = mark
            gapFrom = pos
            while Bytes.isBlank(byte(0)) { skipASCII(1) }
            gapTo = pos
            if !Bytes.isBreak(byte(0)) {
                if pos == gapFrom { break }
                gapBreaks = 0
                continue
            }
            // Line breaks: count them and find where the next line's content starts.
            var breaks = 0
            var spaces = 0
            var stop = false
            var tabLine = false
            while true {
                if skipBreak() {
                    breaks += 1
                    if !flow { simpleKeyAllowed = true }
                    if isAnyDocumentMarker {
                        stop = true
                        break
                    }
                    spaces = 0
                    while byte(0) == 0x20 {
                        spaces += 1
                        skipASCII(1)
                    }
                    continue
                }
                if byte(0) == 0x09 {
                    var k = 0
                    while Bytes.isBlank(byte(k)) { k += 1 }
                    if Bytes.isBreak(byte(k)) {
                        // An empty line inside the scalar is indented by spaces: a tab
                        // within its first minIndent columns ends the scalar before it.
                        if spaces < minIndent {
                            try checkTabEndsPlainScalar(minIndent: minIndent, flow: flow)
                            tabLine = true
                            break
                        }
                        skipASCII(k)
                        continue
                    }
                }
                break
            }
            if tabLine {
                // Left for the next token's white space, from the start of its line.
                pos -= spaces
                column = 1
                break
            }
            if stop || byte(0) == 0 { break }
            if !flow && spaces < minIndent {
                // Not ours: leave the indentation for the next token's checks.
                pos -= spaces
                column = 1
                break
            }
            if flow && spaces <= indent && byte(0) != UInt8(ascii: "#") {
                throw YAMLError(ReaderMessage.flowLineUnderIndented, at: mark)
            }
            while Bytes.isBlank(byte(0)) { skipASCII(1) }
            gapBreaks = breaks
        }
        let value: String
        if chunks <= 1 {
            value = text(firstFrom, firstTo)
        } else {
            value = String(decoding: scratch, as: UTF8.self)
        }
        append(.scalar(value, .plain), start, end)
    }

    /// Steps over the characters of one line's run of a plain scalar: up to a blank, a
    /// line break, the end, a `: ` (or, in flow, a `:` before an indicator) or, in flow,
    /// an indicator. Bytes above `:` end it only in flow context, so most are one test;
    /// the column counts characters (bytes that do not continue a UTF-8 sequence).
    @inline(__always) mutating func scanPlainRun(flow: Bool) {
        let n = input.count
        var i = pos
        var characters = 0
        while i < n {
            let c = input[i]
            if c <= 0x3A {
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { break }
                if c == 0x3A {
                    let d = i + 1 < n ? input[i + 1] : 0
                    if Bytes.isBlankOrEnd(d) || (flow && Bytes.isFlowIndicator(d)) { break }
                } else if flow && c == 0x2C {
                    break
                }
            } else if flow && (c == 0x5B || c == 0x5D || c == 0x7B || c == 0x7D) {
                break
            }
            if c & 0xC0 != 0x80 { characters += 1 }
            i += 1
        }
        pos = i
        column += characters
    }
}
