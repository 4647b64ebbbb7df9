/// Reads a JSON stream, as `kubectl apply -f` accepts one: JSON texts back to back,
/// pretty-printed or one per line (JSON Lines), with only white space between them.
///
/// Recognition never changes how YAML reads: it is tried only when the input is not
/// YAML (a single JSON text is a YAML document already), and only when the input
/// starts with a complete JSON text followed by the start of another one: `{`, `[`,
/// `"`, or a complete number, `true`, `false` or `null` (a YAML error would otherwise
/// stand). Then every text must be JSON; each is read by the YAML reader from where it
/// stands in the input, so nodes and errors carry the marks of the original bytes.
enum JSONStream {
    /// The documents of the JSON stream in `b`, or nil when `b` is not one.
    static func read(_ b: UnsafeBufferPointer<UInt8>, start: Int, limits: YAMLLimits) throws(YAMLError)
        -> [Document]?
    {
        guard let ranges = try texts(b, start: start, maxDepth: limits.maxDepth) else { return nil }
        var docs: [Document] = []
        var mark = Mark(line: 1, column: 1, offset: start)
        for r in ranges {
            mark = InputCheck.advance(b, mark, to: r.lowerBound)
            // The scanner sees the input up to the text's end, from the text's mark.
            let text = UnsafeBufferPointer(rebasing: b[0..<r.upperBound])
            var scanner = Scanner(text, start: r.lowerBound, limits: limits)
            scanner.line = mark.line
            scanner.column = mark.column
            var composer = Composer(Parser(scanner), limits: limits)
            docs += try composer.documents()
        }
        return docs
    }

    /// The byte ranges of the texts, nil when the input does not start with two of them.
    static func texts(_ b: UnsafeBufferPointer<UInt8>, start: Int, maxDepth: Int) throws(YAMLError) -> [Range<Int>]? {
        var i = skipSpace(b, from: start)
        guard i < b.count, case .success(let firstEnd) = JSONText.end(b, from: i, maxDepth: maxDepth) else {
            return nil
        }
        var ranges = [i..<firstEnd]
        i = skipSpace(b, from: firstEnd)
        guard i < b.count, opensText(b, at: i, maxDepth: maxDepth) else { return nil }
        while i < b.count {
            switch JSONText.end(b, from: i, maxDepth: maxDepth) {
            case .success(let end):
                ranges.append(i..<end)
                i = skipSpace(b, from: end)
            case .failure(let f) where f.offset == i && !opensText(b, at: i, maxDepth: maxDepth):
                // No JSON text starts here at all (`kind: x`, `---`, `falsy`).
                let message = ReaderMessage.jsonExpectedText(Scanner.describe(b, at: i))
                throw YAMLError(message, at: InputCheck.mark(b, at: i, start: start))
            case .failure(let f):
                throw YAMLError(f.message, at: InputCheck.mark(b, at: f.offset, start: start))
            }
        }
        return ranges
    }

    /// Whether a second text starts at `i`: a bracket or a quote, or a whole scalar.
    private static func opensText(_ b: UnsafeBufferPointer<UInt8>, at i: Int, maxDepth: Int) -> Bool {
        switch b[i] {
        case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "\""): return true
        case let c where JSONText.canStart(c):
            guard case .success(let end) = JSONText.end(b, from: i, maxDepth: maxDepth) else { return false }
            return end == b.count || JSONText.isSpace(b[end]) || JSONText.canStart(b[end])
        default: return false
        }
    }

    private static func skipSpace(_ b: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        var k = i
        while k < b.count && JSONText.isSpace(b[k]) { k += 1 }
        return k
    }
}
