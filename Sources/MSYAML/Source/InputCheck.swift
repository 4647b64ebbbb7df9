/// Checks a byte stream before scanning: size, encoding, UTF-8 validity, printable text.
///
/// After this pass the scanner may assume well-formed UTF-8 without NUL bytes, so it
/// can treat byte 0 as "end of input" and step over a scalar by its lead byte alone.
enum InputCheck {
    /// The offset where the text starts (3 after a UTF-8 byte order mark, else 0).
    static func validate(_ b: UnsafeBufferPointer<UInt8>, limits: YAMLLimits) throws(YAMLError) -> Int {
        try summary(b, limits: limits).start
    }

    /// What the check saw, beside where the text starts: whether the text holds a tab or
    /// a carriage return (which `FastReader` leaves to the general path), and whether it
    /// is all ASCII (then a column is a byte count).
    struct Summary {
        var start: Int
        var hasTabOrCR = false
        var isASCII = true
    }

    static func summary(_ b: UnsafeBufferPointer<UInt8>, limits: YAMLLimits) throws(YAMLError) -> Summary {
        guard b.count <= limits.maxInputBytes else {
            throw YAMLError(ReaderMessage.inputTooLarge(b.count, limits.maxInputBytes), at: .start)
        }
        if let name = unsupportedEncoding(b) {
            throw YAMLError(ReaderMessage.unsupportedEncoding(name), at: .start)
        }
        let start = b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0
        var summary = Summary(start: start)
        var i = start
        let n = b.count
        while i < n {
            if i + 8 <= n && isPrintableASCII8(b, at: i) {
                i += 8
                continue
            }
            let c = b[i]
            if c >= 0x20 && c < 0x7F || c == 0x0A {
                i += 1
                continue
            }
            if c == 0x0D || c == 0x09 {
                summary.hasTabOrCR = true
                i += 1
                continue
            }
            let len = try scalarLength(b, at: i, start: start)
            summary.isASCII = false
            i += len
        }
        return summary
    }

    /// Whether the 8 bytes at `i` are all printable ASCII (0x20 to 0x7E) or line feeds,
    /// tested at once: no high bit, no DEL, and no byte below 0x20 but LF. Every byte
    /// is judged on its own (`zeroBytes` has no borrow from one byte into the next), so a
    /// control byte right after a line feed is still found.
    @inline(__always) static func isPrintableASCII8(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard let base = b.baseAddress else { return false }
        let w = UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: i, as: UInt64.self))
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let control = zeroBytes(w & (ones &* 0xE0))
        let lineFeed = zeroBytes(w ^ (ones &* 0x0A))
        let del = zeroBytes(w ^ (ones &* 0x7F))
        return (w & high) | (control & ~lineFeed) | del == 0
    }

    /// 0x80 in each byte of `x` that is zero, 0 in the others (exact per byte: adding
    /// 0x7F to the low seven bits never carries into the next byte).
    @inline(__always) static func zeroBytes(_ x: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((x & low) &+ low) | x | low)
    }

    /// The length of the valid, printable UTF-8 sequence at `i` (lead byte not ASCII-printable).
    private static func scalarLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int, start: Int) throws(YAMLError) -> Int {
        let c = b[i]
        let n = b.count
        var len = 0
        var v: UInt32 = 0
        switch c {
        case 0xC2...0xDF:
            len = 2
            v = UInt32(c & 0x1F)
        case 0xE0...0xEF:
            len = 3
            v = UInt32(c & 0x0F)
        case 0xF0...0xF4:
            len = 4
            v = UInt32(c & 0x07)
        case 0x80...0xFF:
            throw YAMLError(ReaderMessage.invalidUTF8, at: mark(b, at: i, start: start))
        default:
            throw YAMLError(ReaderMessage.controlCharacter(UInt32(c)), at: mark(b, at: i, start: start))
        }
        guard i + len <= n else { throw YAMLError(ReaderMessage.invalidUTF8, at: mark(b, at: i, start: start)) }
        for k in 1..<len {
            let cc = b[i + k]
            guard cc & 0xC0 == 0x80 else {
                throw YAMLError(ReaderMessage.invalidUTF8, at: mark(b, at: i, start: start))
            }
            v = v << 6 | UInt32(cc & 0x3F)
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        let minimum: UInt32 = len == 2 ? 0x80 : len == 3 ? 0x800 : 0x10000
        if v < minimum || (0xD800...0xDFFF).contains(v) || v > 0x10FFFF {
            throw YAMLError(ReaderMessage.invalidUTF8, at: mark(b, at: i, start: start))
        }
        // YAML streams hold printable characters only (c-printable); NEL is allowed.
        if (v >= 0x80 && v <= 0x9F && v != 0x85) || v == 0xFFFE || v == 0xFFFF {
            throw YAMLError(ReaderMessage.controlCharacter(v), at: mark(b, at: i, start: start))
        }
        return len
    }

    /// The name of a UTF-16 or UTF-32 encoding recognised by its first bytes, or nil.
    private static func unsupportedEncoding(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        let n = b.count
        func at(_ i: Int) -> UInt8? { i < n ? b[i] : nil }
        if at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF { return "UTF-32" }
        if at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0 { return "UTF-32" }
        if at(0) == 0xFE && at(1) == 0xFF { return "UTF-16" }
        if at(0) == 0xFF && at(1) == 0xFE { return "UTF-16" }
        // Without a BOM, YAML's encoding detection looks at where the zero bytes are.
        if n >= 4 && at(0) == 0 && at(1) == 0 && at(2) == 0 { return "UTF-32" }
        if n >= 4 && at(0) != 0 && at(1) == 0 && at(2) == 0 && at(3) == 0 { return "UTF-32" }
        if n >= 2 && at(0) == 0 && at(1) != 0 { return "UTF-16" }
        if n >= 2 && at(0) != 0 && at(1) == 0 { return "UTF-16" }
        return nil
    }

    /// The line and column of byte `offset`, counted the slow way (errors only).
    static func mark(_ b: UnsafeBufferPointer<UInt8>, at offset: Int, start: Int) -> Mark {
        advance(b, Mark(line: 1, column: 1, offset: start), to: offset)
    }

    /// `mark` moved forward to `offset`: lines end at LF, CR LF or CR; columns count
    /// Unicode scalars, as the scanner counts them.
    static func advance(_ b: UnsafeBufferPointer<UInt8>, _ mark: Mark, to offset: Int) -> Mark {
        var m = mark
        while m.offset < offset {
            let c = b[m.offset]
            if c == 0x0A || (c == 0x0D && (m.offset + 1 >= b.count || b[m.offset + 1] != 0x0A)) {
                m.line += 1
                m.column = 1
            } else if c & 0xC0 != 0x80 && c != 0x0D {
                m.column += 1
            }
            m.offset += 1
        }
        return m
    }
}
