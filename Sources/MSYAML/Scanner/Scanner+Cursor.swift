/// Moving through the input while keeping the line and column up to date.
extension Scanner {
    /// The byte `k` places ahead, or 0 past the end (the input holds no NUL bytes).
    @inline(__always) func byte(_ k: Int) -> UInt8 {
        let i = pos + k
        return i < input.count ? input[i] : 0
    }

    /// Steps over one character that is not a line break (all bytes of its UTF-8 form).
    @inline(__always) mutating func skip() {
        let c = input[pos]
        pos += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
        column += 1
    }

    /// Steps over `n` ASCII characters.
    @inline(__always) mutating func skipASCII(_ n: Int) {
        pos += n
        column += n
    }

    /// Steps over a line break (LF, CR LF or CR); returns false if none is here.
    @discardableResult
    mutating func skipBreak() -> Bool {
        let c = byte(0)
        if c == 0x0D {
            pos += byte(1) == 0x0A ? 2 : 1
        } else if c == 0x0A {
            pos += 1
        } else {
            return false
        }
        line += 1
        column = 1
        return true
    }

    /// The 0-based column, which is what indentation is measured in.
    var indentColumn: Int { column - 1 }

    /// A short quotation of the character at `offset`, for error messages.
    func describe(at offset: Int) -> String { Self.describe(input, at: offset) }

    static func describe(_ input: UnsafeBufferPointer<UInt8>, at offset: Int) -> String {
        guard offset < input.count else { return "the end of the input" }
        let c = input[offset]
        switch c {
        case 0x09: return "a tab character"
        case 0x0A, 0x0D: return "a line break"
        case 0x20: return "a space"
        default:
            let len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
            let end = min(offset + len, input.count)
            let text = String(decoding: UnsafeBufferPointer(rebasing: input[offset..<end]), as: UTF8.self)
            return "'\(text)'"
        }
    }

    /// The text of a byte range of the input.
    func text(_ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: input[from..<to]), as: UTF8.self)
    }
}

extension Scanner {
    /// Stops a scalar that has grown past `limits.maxScalarBytes` of source (its value
    /// is never longer than its source), before it is copied.
    func checkScalarLength(from first: Int, start: Mark) throws(YAMLError) {
        if pos - first > limits.maxScalarBytes {
            throw YAMLError(ReaderMessage.scalarTooLong(limits.maxScalarBytes), at: start)
        }
    }
}
