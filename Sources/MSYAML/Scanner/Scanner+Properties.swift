/// Node properties and aliases: `&anchor`, `*alias`, `!tag`, `!!tag`, `!h!tag`, `!<verbatim>`.
extension Scanner {
    mutating func fetchAnchorOrAlias(alias: Bool) throws(YAMLError) {
        try savePossibleSimpleKey()
        simpleKeyAllowed = false
        let start = mark
        skipASCII(1)
        let from = pos
        // ns-anchor-char: anything but white space and flow indicators.
        while !Bytes.isBlankOrEnd(byte(0)) && !Bytes.isFlowIndicator(byte(0)) { skip() }
        guard pos > from else {
            throw YAMLError(ReaderMessage.expectedAnchorName(alias: alias), at: start)
        }
        let name = text(from, pos)
        append(alias ? .alias(name) : .anchor(name), start, mark)
    }

    mutating func fetchTag() throws(YAMLError) {
        try savePossibleSimpleKey()
        simpleKeyAllowed = false
        let start = mark
        var handle: String
        var suffix: String
        if byte(1) == UInt8(ascii: "<") {
            skipASCII(2)
            handle = ""
            suffix = try scanTagURI(verbatim: true, start: start)
            guard byte(0) == UInt8(ascii: ">"), !suffix.isEmpty else {
                throw YAMLError(ReaderMessage.unclosedVerbatimTag, at: start)
            }
            skipASCII(1)
        } else {
            let save = pos
            skipASCII(1)
            while Bytes.isWordChar(byte(0)) { skipASCII(1) }
            if byte(0) == UInt8(ascii: "!") {
                skipASCII(1)
                handle = text(save, pos)
            } else {
                column -= pos - save - 1
                pos = save + 1
                handle = "!"
            }
            suffix = try scanTagURI(verbatim: false, start: start)
            if suffix.isEmpty && handle != "!" {
                throw YAMLError(ReaderMessage.expectedTagSuffix(handle), at: start)
            }
        }
        let c = byte(0)
        guard Bytes.isBlankOrEnd(c) || (flowLevel > 0 && Bytes.isFlowIndicator(c)) else {
            throw YAMLError(ReaderMessage.expectedSpaceAfterTag(describe(at: pos)), at: mark)
        }
        append(.tag(handle: handle, suffix: suffix), start, mark)
    }

    /// Reads URI characters, decoding `%XX` escapes. Shorthand suffixes stop at `!` and
    /// flow indicators; verbatim tags run to `>`.
    mutating func scanTagURI(verbatim: Bool, start: Mark) throws(YAMLError) -> String {
        scratch.removeAll(keepingCapacity: true)
        while true {
            let c = byte(0)
            if c == UInt8(ascii: "%") {
                guard Bytes.isHex(byte(1)), Bytes.isHex(byte(2)) else {
                    throw YAMLError(ReaderMessage.invalidTagEscape, at: mark)
                }
                scratch.append(UInt8(Bytes.hexValue(byte(1)) << 4 | Bytes.hexValue(byte(2))))
                skipASCII(3)
            } else if Bytes.isURIChar(c)
                && (verbatim || (c != UInt8(ascii: "!") && !Bytes.isFlowIndicator(c)))
            {
                scratch.append(c)
                skipASCII(1)
            } else {
                break
            }
        }
        return String(decoding: scratch, as: UTF8.self)
    }
}
