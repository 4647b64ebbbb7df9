/// Directive lines: `%YAML 1.2`, `%TAG !e! tag:example.com,2000:`, and reserved ones
/// (which are read and ignored, as the spec asks).
extension Scanner {
    mutating func fetchDirective() throws(YAMLError) {
        unrollIndent(to: -1)
        try removePossibleSimpleKey()
        simpleKeyAllowed = false
        let start = mark
        skipASCII(1)
        let nameStart = pos
        while !Bytes.isBlankOrEnd(byte(0)) { skip() }
        let name = text(nameStart, pos)
        switch name {
        case "YAML":
            try skipDirectiveBlanks(required: true)
            let major = try scanVersionNumber()
            guard byte(0) == UInt8(ascii: ".") else {
                throw YAMLError(ReaderMessage.invalidVersion, at: mark)
            }
            skipASCII(1)
            let minor = try scanVersionNumber()
            guard Bytes.isBlankOrEnd(byte(0)) else {
                throw YAMLError(ReaderMessage.invalidVersion, at: mark)
            }
            append(.versionDirective(major: major, minor: minor), start, mark)
        case "TAG":
            try skipDirectiveBlanks(required: true)
            let handleStart = pos
            guard byte(0) == UInt8(ascii: "!") else {
                throw YAMLError(ReaderMessage.invalidTagDirective, at: mark)
            }
            skipASCII(1)
            if !Bytes.isBlankOrEnd(byte(0)) {
                while Bytes.isWordChar(byte(0)) { skipASCII(1) }
                guard byte(0) == UInt8(ascii: "!") else {
                    throw YAMLError(ReaderMessage.invalidTagDirective, at: mark)
                }
                skipASCII(1)
            }
            let handle = text(handleStart, pos)
            try skipDirectiveBlanks(required: true)
            let prefix = try scanTagURI(verbatim: true, start: start)
            guard !prefix.isEmpty, Bytes.isBlankOrEnd(byte(0)) else {
                throw YAMLError(ReaderMessage.invalidTagDirective, at: mark)
            }
            append(.tagDirective(handle: handle, prefix: prefix), start, mark)
        default:
            while !Bytes.isBreakOrEnd(byte(0)) { skip() }
            lastTokenEnd = -1
        }
        // The rest of the line may hold only white space and a comment.
        let before = pos
        while Bytes.isBlank(byte(0)) { skipASCII(1) }
        if byte(0) == UInt8(ascii: "#") {
            guard pos > before || lastTokenEnd == -1 else {
                throw YAMLError(ReaderMessage.commentWithoutSpace, at: mark)
            }
            while !Bytes.isBreakOrEnd(byte(0)) { skip() }
        }
        guard Bytes.isBreakOrEnd(byte(0)) else {
            throw YAMLError(ReaderMessage.expectedLineEndAfterDirective, at: mark)
        }
    }

    private mutating func skipDirectiveBlanks(required: Bool) throws(YAMLError) {
        guard !required || Bytes.isBlank(byte(0)) else {
            throw YAMLError(ReaderMessage.expectedDirectiveSpace, at: mark)
        }
        while Bytes.isBlank(byte(0)) { skipASCII(1) }
    }

    private mutating func scanVersionNumber() throws(YAMLError) -> Int {
        var value = 0
        var digits = 0
        while Bytes.isDigit(byte(0)) {
            digits += 1
            guard digits <= 9 else { throw YAMLError(ReaderMessage.invalidVersion, at: mark) }
            value = value * 10 + Int(byte(0) - 0x30)
            skipASCII(1)
        }
        guard digits > 0 else { throw YAMLError(ReaderMessage.invalidVersion, at: mark) }
        return value
    }
}
