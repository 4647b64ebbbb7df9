/// Single- and double-quoted scalars, with escapes and line folding.
extension Scanner {
    mutating func fetchQuotedScalar(double: Bool) throws(YAMLError) {
        try savePossibleSimpleKey()
        simpleKeyAllowed = false
        let start = mark
        let quote: UInt8 = double ? 0x22 : 0x27
        skipASCII(1)
        let first = pos
        scratch.removeAll(keepingCapacity: true)
        while true {
            let from = pos
            while true {
                let c = byte(0)
                if c == quote || Bytes.isBlankOrEnd(c) || (double && c == 0x5C) { break }
                skip()
            }
            try checkScalarLength(from: first, start: start)
            if pos > from { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: input[from..<pos])) }
            let c = byte(0)
            if c == quote {
                if !double && byte(1) == quote {
                    scratch.append(quote)
                    skipASCII(2)
                    continue
                }
                skipASCII(1)
                break
            }
            if c == 0x5C {
                try scanEscape(start: start)
                continue
            }
            if c == 0 { throw YAMLError(ReaderMessage.unclosedQuoted(double: double, start: start), at: mark) }
            // White space: kept inside a line, dropped around a line break.
            let spaceFrom = pos
            while Bytes.isBlank(byte(0)) { skipASCII(1) }
            if byte(0) == 0 { throw YAMLError(ReaderMessage.unclosedQuoted(double: double, start: start), at: mark) }
            if !Bytes.isBreak(byte(0)) {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: input[spaceFrom..<pos]))
                continue
            }
            let breaks = try skipQuotedBreaks(double: double, start: start)
            if breaks == 1 {
                scratch.append(0x20)
            } else {
                for _ in 1..<breaks { scratch.append(0x0A) }
            }
        }
        let value = String(decoding: scratch, as: UTF8.self)
        append(.scalar(value, double ? .doubleQuoted : .singleQuoted), start, mark)
        adjacentValueAllowed = true
    }

    /// Skips line breaks and the indentation after them; returns how many breaks.
    /// Continuation lines must be indented past the enclosing block.
    private mutating func skipQuotedBreaks(double: Bool, start: Mark) throws(YAMLError) -> Int {
        var breaks = 0
        while skipBreak() {
            breaks += 1
            if isAnyDocumentMarker {
                throw YAMLError(ReaderMessage.documentMarkerInQuoted, at: mark)
            }
            var spaces = 0
            while byte(0) == 0x20 {
                spaces += 1
                skipASCII(1)
            }
            // Every line is indented past the enclosing block by spaces, an empty one too
            // (YAML 1.2.2 [69], [70]): a tab within that indentation is an error.
            let tab = byte(0) == 0x09 && spaces <= indent ? mark : nil
            while Bytes.isBlank(byte(0)) { skipASCII(1) }
            if byte(0) == 0 { throw YAMLError(ReaderMessage.unclosedQuoted(double: double, start: start), at: mark) }
            if let tab { throw YAMLError(ReaderMessage.tabIndentation, at: tab) }
            if !Bytes.isBreak(byte(0)) && spaces <= indent {
                throw YAMLError(ReaderMessage.quotedLineUnderIndented, at: mark)
            }
        }
        return breaks
    }

    /// The value of `digits` hexadecimal digits `k` bytes ahead, or nil.
    private func hexEscape(at k: Int, digits: Int) -> UInt32? {
        var v: UInt32 = 0
        for d in 0..<digits {
            let h = byte(k + d)
            guard Bytes.isHex(h) else { return nil }
            v = v << 4 | Bytes.hexValue(h)
        }
        return v
    }

    /// Reads one backslash escape of a double-quoted scalar into `scratch`.
    private mutating func scanEscape(start: Mark) throws(YAMLError) {
        let at = mark
        let c = byte(1)
        var v: UInt32
        switch c {
        case _ where Bytes.singleEscape(c) != nil: v = Bytes.singleEscape(c) ?? 0
        case 0x09: v = 9  // `\` then a tab
        case UInt8(ascii: "x"), UInt8(ascii: "u"), UInt8(ascii: "U"):
            let digits = c == UInt8(ascii: "x") ? 2 : c == UInt8(ascii: "u") ? 4 : 8
            guard let value = hexEscape(at: 2, digits: digits) else {
                throw YAMLError(ReaderMessage.invalidHexEscape(digits), at: at)
            }
            v = value
            var length = 2 + digits
            // A UTF-16 surrogate pair, as JSON writes characters past U+FFFF ("\ud83d\ude00").
            if c == UInt8(ascii: "u") && (0xD800...0xDBFF).contains(v) && byte(6) == 0x5C
                && byte(7) == UInt8(ascii: "u"),
                let low = hexEscape(at: 8, digits: 4), (0xDC00...0xDFFF).contains(low)
            {
                v = 0x10000 + (v - 0xD800) << 10 + (low - 0xDC00)
                length = 12
            }
            guard v <= 0x10FFFF, !(0xD800...0xDFFF).contains(v) else {
                throw YAMLError(ReaderMessage.invalidEscapedCharacter, at: at)
            }
            skipASCII(length)
            Bytes.appendUTF8(v, to: &scratch)
            return
        case 0x0A, 0x0D:
            // An escaped line break joins the lines without a space.
            skipASCII(1)
            let breaks = try skipQuotedBreaks(double: true, start: start)
            for _ in 1..<max(breaks, 1) { scratch.append(0x0A) }
            return
        case 0:
            throw YAMLError(ReaderMessage.unclosedQuoted(double: true, start: start), at: mark)
        default:
            let len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
            throw YAMLError(ReaderMessage.unknownEscape(text(pos + 1, min(pos + 1 + len, input.count))), at: at)
        }
        skipASCII(2)
        Bytes.appendUTF8(v, to: &scratch)
    }
}
