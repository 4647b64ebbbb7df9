/// A direct reader for the block-style YAML that manifests are written in: from bytes to
/// a tree in one pass, with no tokens or events in between.
///
/// It reads the subset that `kubectl`, msrender and most people write: `---` between
/// documents; block mappings whose keys are single-line plain or quoted scalars; block
/// sequences (indented, at their key's indentation, or compact: `- - a`, `- k: v`);
/// single-line plain, single-quoted and double-quoted (no `\\` escapes) scalars;
/// literal block scalars (`|`, `|-`, `|+`); flow collections on one line (`{}`,
/// `[a, "b"]`, `{k: v}`); comments and empty lines. Anything else makes it give up
/// (`GiveUp`): an anchor, alias or tag; a multi-line plain or quoted scalar; a folded
/// scalar or an indentation indicator; a flow collection over several lines or with a
/// `:` in a plain scalar; a `?` key, a key that is not a string or
/// appears twice; `...`, a directive, a byte order mark past the start, a tab or carriage
/// return anywhere (`InputCheck.Summary`); a tree deeper than 64 levels; and every error.
///
/// Giving up is never an answer: `YAMLReader` reads the stream from the document where
/// the fast reader stopped through the general path (`Scanner`, `Parser`, `Composer`),
/// and if that finds an error, reads the whole stream through it again so that the error
/// is exactly the one the general path alone reports. What the fast reader does return
/// is what the general path returns for the same documents, node for node, with the
/// same marks and styles; the test suite and the reader fuzzer check that they agree.
///
/// Generic over what it builds (`FastTree`): `Node` trees with marks for the decoder,
/// or `Value` trees for readers that need only the data.
struct FastReader<Tree: FastTree>: ~Copyable {
    /// Anything the fast reader does not do; the general path reads from `resume`.
    struct GiveUp: Error {}

    private let base: UnsafePointer<UInt8>
    private let n: Int
    private let isASCII: Bool
    private let maxDepth: Int
    private let maxScalar: Int
    private var p: Int
    private var line = 1
    private var lineStart: Int
    private var depth = 0
    /// Where `column` counted to on the current line, and the column there.
    private var countedTo = 0
    private var countedColumn = 1
    private var documentsRead = 0
    /// Children of the collections being read, innermost last; each collection moves its
    /// own out in one piece when it ends, so every array is allocated once, at its size.
    private var items: Scratch<Tree.Item>
    private var pairs: Scratch<Tree.Pair>
    /// Keys of the mappings being read, innermost last: fingerprints of their bytes, and
    /// their texts (compared only when fingerprints match).
    private var keyPrints: [UInt64] = []
    private var keyTexts: [String] = []
    private var text: [UInt8] = []

    /// The deepest nesting read here; deeper documents go to the general path, whose
    /// stack does not grow with the depth.
    static var depthCap: Int { 64 }

    init(_ buffer: UnsafeBufferPointer<UInt8>, summary: InputCheck.Summary, limits: YAMLLimits) throws(GiveUp) {
        guard let base = buffer.baseAddress, !summary.hasTabOrCR else { throw GiveUp() }
        self.base = base
        n = buffer.count
        isASCII = summary.isASCII
        maxDepth = min(Self.depthCap, limits.maxDepth - 1)
        maxScalar = limits.maxScalarBytes
        p = summary.start
        lineStart = summary.start
        items = Scratch()
        pairs = Scratch()
    }

    /// Reads documents into `docs` until the end of the stream (returns nil) or until one
    /// it gives up on: then returns where that document starts (its `---` line, or the
    /// start of the text for the first document), with `docs` holding those before it.
    mutating func read(into docs: inout [Tree.Doc]) -> Mark? {
        while true {
            switch next() {
            case .document(let doc, _): docs.append(doc)
            case .end: return nil
            case .gaveUp(let resume): return resume
            }
        }
    }

    enum Step {
        /// A document, and where it starts (its `---` line, or the start of the text).
        case document(Tree.Doc, start: Mark)
        case end
        /// Where the document it gave up on starts; the reader is not to be used again.
        case gaveUp(Mark)
    }

    /// The next document (`read` one document at a time).
    mutating func next() -> Step {
        let resume = mark(p)
        do throws(GiveUp) {
            guard let doc = try document(first: documentsRead == 0) else { return .end }
            documentsRead += 1
            return .document(doc, start: resume)
        } catch {
            return .gaveUp(resume)
        }
    }

    // MARK: - Documents

    private mutating func document(first: Bool) throws(GiveUp) -> Tree.Doc? {
        var indent = try nextContentLine()
        if p >= n { return nil }
        var explicit = false
        var start = mark(p)
        if indent < 0 {
            // A `---` line: only white space or a comment may follow the marker.
            explicit = true
            p += 3
            try endOfLine()
            indent = try nextContentLine()
        } else if !first {
            throw GiveUp()  // after a document without `...`, only `---` starts another
        }
        let root: Tree.Item
        if indent < 0 {
            // No content: an empty plain scalar where the next document or the end is.
            root = Tree.plain("", mark(p))
        } else {
            p = lineStart + indent
            if !explicit { start = mark(p) }
            root = try blockCollection(at: indent)
            guard try nextContentLine() < 0 else { throw GiveUp() }
        }
        return Tree.document(root, start: start, explicit: explicit)
    }

    /// The block mapping or sequence whose first key or `-` is at `p`, column `indent`.
    private mutating func blockCollection(at indent: Int) throws(GiveUp) -> Tree.Item {
        if byte(p) == UInt8(ascii: "-") && isBlankOrEnd(byte(p + 1)) {
            return try sequence(at: indent, indentless: false)
        }
        return try mapping(at: indent)
    }

    // MARK: - Collections

    private mutating func open() throws(GiveUp) {
        depth += 1
        guard depth <= maxDepth else { throw GiveUp() }
    }

    /// A block mapping whose first key is at `p` (column `indent`), through its last entry.
    private mutating func mapping(at indent: Int) throws(GiveUp) -> Tree.Item {
        try open()
        let m = mark(p)
        let firstPair = pairs.count
        let firstKey = keyPrints.count
        var many: Set<Value>? = nil
        while true {
            let (key, s) = try self.key(inFlow: false)
            try insertKey(s, from: firstKey, &many)
            let value = try self.value(in: indent, afterDash: false)
            pairs.append(Tree.pair(key, value))
            let next = try nextContentLine()
            if next < indent { break }
            guard next == indent else { throw GiveUp() }
            p = lineStart + indent
        }
        forgetKeys(from: firstKey)
        depth -= 1
        return Tree.mapping(pairs.take(from: firstPair), flow: false, m)
    }

    private mutating func forgetKeys(from firstKey: Int) {
        keyPrints.removeSubrange(firstKey...)
        keyTexts.removeSubrange(firstKey...)
    }

    /// Remembers a key of the innermost mapping (whose keys start at `firstKey`, or are
    /// in `many` past 16); gives up when it is there already: the general path words
    /// the error.
    private mutating func insertKey(_ s: String, from firstKey: Int, _ many: inout Set<Value>?) throws(GiveUp) {
        if many == nil {
            let f = UTF8Text.fingerprint(s)
            var j = firstKey
            while j < keyPrints.count {
                if keyPrints[j] == f && UTF8Text.equal(keyTexts[j], s) { throw GiveUp() }
                j += 1
            }
            keyPrints.append(f)
            keyTexts.append(s)
            if keyPrints.count - firstKey > 16 { many = Set(keyTexts[firstKey...].map { Value.string($0) }) }
        } else if many?.insert(.string(s)).inserted != true {
            throw GiveUp()
        }
    }

    /// A flow collection at `p` (`[` or `{`) that ends on its line, of single-line
    /// scalars and flow collections: `[a, "b"]`, `{k: v, l: [1, 2]}`. Gives up on a `:`
    /// in a plain scalar (`[a: b]` is a pair), a trailing comma, an empty value, a
    /// comment or a line break inside.
    private mutating func flow() throws(GiveUp) -> Tree.Item {
        try open()
        let m = mark(p)
        let isMap = base[p] == UInt8(ascii: "{")
        let close = isMap ? UInt8(ascii: "}") : UInt8(ascii: "]")
        p += 1
        let firstItem = items.count
        let firstPair = pairs.count
        let firstKey = keyPrints.count
        var many: Set<Value>? = nil
        while byte(p) == 0x20 { p += 1 }
        if byte(p) == close {
            p += 1
        } else {
            while true {
                if isMap {
                    let (key, s) = try self.key(inFlow: true)
                    try insertKey(s, from: firstKey, &many)
                    while byte(p) == 0x20 { p += 1 }
                    let value = try flowNode()
                    pairs.append(Tree.pair(key, value))
                } else {
                    items.append(try flowNode())
                }
                while byte(p) == 0x20 { p += 1 }
                let c = byte(p)
                p += 1
                if c == close { break }
                guard c == UInt8(ascii: ",") else { throw GiveUp() }
                while byte(p) == 0x20 { p += 1 }
                guard byte(p) != close else { throw GiveUp() }
            }
        }
        depth -= 1
        if isMap {
            forgetKeys(from: firstKey)
            return Tree.mapping(pairs.take(from: firstPair), flow: true, m)
        }
        return Tree.sequence(items.take(from: firstItem), flow: true, m)
    }

    /// A node inside a flow collection, at `p`.
    private mutating func flowNode() throws(GiveUp) -> Tree.Item {
        let c = byte(p)
        if c == UInt8(ascii: "[") || c == UInt8(ascii: "{") { return try flow() }
        let m = mark(p)
        if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
            let (s, style) = try quoted()
            return Tree.string(s, style, m)
        }
        let s = try flowPlain(key: false)
        return Constructor.mayResolve(first: c) ? Tree.plain(s, m) : Tree.string(s, .plain, m)
    }

    /// A plain scalar in a flow collection, up to a flow indicator (or, for a key, `: `),
    /// without trailing spaces; `p` at what ended it.
    private mutating func flowPlain(key: Bool) throws(GiveUp) -> String {
        let c = byte(p)
        if Bytes.isIndicator(c) {
            let d = byte(p + 1)
            guard c == UInt8(ascii: "-"), !isBlankOrEnd(d), !Bytes.isFlowIndicator(d) else { throw GiveUp() }
        } else if isBlankOrEnd(c) {
            throw GiveUp()
        }
        let from = p
        var i = p + 1
        var end = i
        while i < n {
            guard i - from <= maxScalar else { throw GiveUp() }  // before reading on
            let d = base[i]
            if d == 0x20 {
                i += 1
                continue
            }
            if d == UInt8(ascii: ",") || d == UInt8(ascii: "]") || d == UInt8(ascii: "}") || d == UInt8(ascii: "[")
                || d == UInt8(ascii: "{")
            {
                break
            }
            if d == UInt8(ascii: ":") {
                guard key && byte(i + 1) == 0x20 else { throw GiveUp() }
                break
            }
            if d == 0x0A || (d == UInt8(ascii: "#") && base[i - 1] == 0x20) { throw GiveUp() }
            i += 1
            end = i
        }
        guard end - from <= maxScalar else { throw GiveUp() }
        p = i
        return string(from, end)
    }

    /// A block sequence whose first `-` is at `p` (column `indent`). An indentless one (a
    /// mapping value at its key's column) ends at the first line that is not an entry.
    private mutating func sequence(at indent: Int, indentless: Bool) throws(GiveUp) -> Tree.Item {
        try open()
        let m = mark(p)
        let firstItem = items.count
        while true {
            p += 1
            items.append(try value(in: indent, afterDash: true))
            let next = try nextContentLine()
            if next < indent { break }
            guard next == indent else { throw GiveUp() }
            let c = lineStart + indent
            guard byte(c) == UInt8(ascii: "-") && isBlankOrEnd(byte(c + 1)) else {
                if indentless { break }
                throw GiveUp()
            }
            p = c
        }
        depth -= 1
        return Tree.sequence(items.take(from: firstItem), flow: false, m)
    }

    /// The node after a `:` or `-` (at `p - 1`) of a collection at column `indent`: on the
    /// same line, on the lines below, or an empty scalar just after the indicator. Ends
    /// at the start of a line.
    private mutating func value(in indent: Int, afterDash: Bool) throws(GiveUp) -> Tree.Item {
        let after = mark(p)
        let spaces = p
        while byte(p) == 0x20 { p += 1 }
        let c = byte(p)
        if c == 0x0A || c == 0 || c == UInt8(ascii: "#") {
            p = spaces
            try endOfLine()
            let next = try nextContentLine()
            if next > indent {
                p = lineStart + next
                return try blockCollection(at: next)
            }
            if next == indent && !afterDash {
                let d = lineStart + indent
                if byte(d) == UInt8(ascii: "-") && isBlankOrEnd(byte(d + 1)) {
                    p = d
                    return try sequence(at: indent, indentless: true)
                }
            }
            return Tree.plain("", after)
        }
        switch c {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            let m = mark(p)
            let (s, style) = try quoted()
            try endOfLine()
            return Tree.string(s, style, m)
        case UInt8(ascii: "|"):
            return try literal(in: indent)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let node = try flow()
            try endOfLine()
            return node
        case UInt8(ascii: "-") where afterDash && isBlankOrEnd(byte(p + 1)):
            return try sequence(at: column(p) - 1, indentless: false)
        default:
            let m = mark(p)
            let (from, to, stop) = try plain()
            if stop == UInt8(ascii: ":") {
                // `- key: value`: a mapping that starts on the entry's line.
                guard afterDash else { throw GiveUp() }
                p = from
                return try mapping(at: column(from) - 1)
            }
            let s = string(from, to)
            p = to  // before the spaces that separate a comment
            try endOfLine()
            return Constructor.mayResolve(first: base[from]) ? Tree.plain(s, m) : Tree.string(s, .plain, m)
        }
    }

    // MARK: - Scalars

    /// A mapping key at `p`, through its `:`, and its text. Only keys that read as
    /// strings: `1:`, `true:` or `~:` compare as YAML values, which the general path does.
    private mutating func key(inFlow: Bool) throws(GiveUp) -> (Tree.Item, String) {
        let from = p
        let m = mark(p)
        let c = byte(p)
        let s: String
        let style: ScalarStyle
        if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
            (s, style) = try quoted()
            while byte(p) == 0x20 { p += 1 }
        } else {
            if inFlow {
                s = try flowPlain(key: true)
            } else {
                let (start, end, stop) = try plain()
                guard stop == UInt8(ascii: ":") else { throw GiveUp() }
                s = string(start, end)
            }
            style = .plain
            if Constructor.mayResolve(first: c) {
                guard case .string = Constructor.plain(s) else { throw GiveUp() }
            }
        }
        let next = byte(p + 1)
        guard byte(p) == UInt8(ascii: ":"), inFlow ? next == 0x20 : isBlankOrEnd(next) else { throw GiveUp() }
        // An implicit key ends within 1024 bytes of its start (`Scanner.removeStaleSimpleKeys`).
        guard p - from <= 1000 else { throw GiveUp() }
        p += 1
        return (Tree.string(s, style, m), s)
    }

    /// A plain scalar at `p` on one line: returns its bytes and what stopped it (`:` for
    /// a key's indicator, `#` for a comment, or a line break or 0 at the end), with `p`
    /// at the stop. Gives up where it could not start or where it may go on below.
    private mutating func plain() throws(GiveUp) -> (Int, Int, UInt8) {
        let c = byte(p)
        if Bytes.isIndicator(c) {
            guard c == UInt8(ascii: "-") || c == UInt8(ascii: "?") || c == UInt8(ascii: ":"),
                !isBlankOrEnd(byte(p + 1))
            else { throw GiveUp() }
        }
        let from = p
        var i = p + 1
        var end = i
        var stop: UInt8 = 0
        while i < n {
            guard i - from <= maxScalar else { throw GiveUp() }  // before reading on
            if i + 8 <= n {
                // Eight bytes at a time while none is a space, line feed, `#` or `:`.
                let k = Self.firstSpecial(
                    UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)))
                i += k
                if k > 0 { end = i }
                if k == 8 { continue }
            }
            let d = base[i]
            if d == 0x20 {
                i += 1
                continue
            }
            if d == 0x0A {
                stop = 0x0A
                break
            }
            if d == UInt8(ascii: "#") && base[i - 1] == 0x20 {
                stop = d
                break
            }
            if d == UInt8(ascii: ":") && isBlankOrEnd(byte(i + 1)) {
                stop = d
                break
            }
            i += 1
            end = i
        }
        guard end - from <= maxScalar else { throw GiveUp() }
        p = i
        return (from, end, stop)
    }

    /// A single-line quoted scalar at `p`; `p` ends after its closing quote. In double
    /// quotes, the one-character escapes (`\"`, `\\`, `\n`, `\t`, ...); `\x`, `\u`
    /// and `\U` (code points to check, surrogate pairs) are left to the general path.
    private mutating func quoted() throws(GiveUp) -> (String, ScalarStyle) {
        let q = base[p]
        let double = q == UInt8(ascii: "\"")
        let from = p + 1
        var i = from
        var escapes = 0
        while true {
            guard i < n, i - from <= maxScalar else { throw GiveUp() }
            let d = base[i]
            if d == q {
                if !double && byte(i + 1) == q {
                    escapes += 1
                    i += 2
                    continue
                }
                break
            }
            if d == 0x0A { throw GiveUp() }
            if d == UInt8(ascii: "\\") && double {
                guard Bytes.singleEscape(byte(i + 1)) != nil else { throw GiveUp() }
                escapes += 1
                i += 2
                continue
            }
            i += 1
        }
        p = i + 1
        let style: ScalarStyle = double ? .doubleQuoted : .singleQuoted
        guard escapes > 0 else { return (string(from, i), style) }
        text.removeAll(keepingCapacity: true)
        var k = from
        while k < i {
            let c = base[k]
            if double && c == UInt8(ascii: "\\"), let v = Bytes.singleEscape(base[k + 1]) {
                Bytes.appendUTF8(v, to: &text)
                k += 2
            } else {
                text.append(c)
                k += c == q ? 2 : 1  // in single quotes, '' is one quote
            }
        }
        return (String(decoding: text, as: UTF8.self), style)
    }

    /// A literal block scalar whose `|` is at `p`, in a collection at column `indent`;
    /// ends at the start of the first line after it.
    private mutating func literal(in indent: Int) throws(GiveUp) -> Tree.Item {
        let m = mark(p)
        p += 1
        var chomp = 0
        if byte(p) == UInt8(ascii: "-") || byte(p) == UInt8(ascii: "+") {
            chomp = byte(p) == UInt8(ascii: "+") ? 1 : -1
            p += 1
        }
        guard isBlankOrEnd(byte(p)) else { throw GiveUp() }
        try endOfLine()
        // Leading empty lines, then the first text line sets the indentation.
        var breaks = 0
        var maxEmpty = 0
        var spaces = 0
        while true {
            spaces = 0
            while byte(p + spaces) == 0x20 { spaces += 1 }
            guard p + spaces < n else { throw GiveUp() }
            guard base[p + spaces] == 0x0A else { break }
            maxEmpty = max(maxEmpty, spaces)
            breaks += 1
            newLine(at: p + spaces)
        }
        let k = spaces
        guard k > indent, maxEmpty <= k else { throw GiveUp() }
        let first = p
        text.removeAll(keepingCapacity: true)
        for _ in 0..<breaks { text.append(0x0A) }
        while true {
            // A text line: everything after the indentation.
            let from = p + k
            var e = from
            let bound = min(n, first + maxScalar + 1)  // a scalar too long is not read on
            while e < bound && base[e] != 0x0A { e += 1 }
            guard e - first <= maxScalar else { throw GiveUp() }
            text.append(contentsOf: UnsafeBufferPointer(start: base + from, count: e - from))
            if e >= n {
                p = n
                breaks = 0
                break
            }
            newLine(at: e)
            // Empty lines (at most k spaces), then another text line or the end.
            breaks = 0
            var more = false
            while true {
                spaces = 0
                while spaces < k && byte(p + spaces) == 0x20 { spaces += 1 }
                let d = byte(p + spaces)
                if d == 0x0A {
                    breaks += 1
                    newLine(at: p + spaces)
                    continue
                }
                if d == 0 && spaces > 0 { throw GiveUp() }  // a last line of spaces
                more = spaces == k && d != 0
                break
            }
            guard more else { break }
            text.append(0x0A)
            for _ in 0..<breaks { text.append(0x0A) }
        }
        if chomp >= 0 { text.append(0x0A) }
        if chomp > 0 { for _ in 0..<breaks { text.append(0x0A) } }
        return Tree.string(String(decoding: text, as: UTF8.self), .literal, m)
    }

    // MARK: - Lines

    /// After a node on its line: white space, perhaps a comment, then the line break
    /// (or the end); `p` moves to the start of the next line.
    private mutating func endOfLine() throws(GiveUp) {
        let from = p
        while byte(p) == 0x20 { p += 1 }
        var c = byte(p)
        if c == UInt8(ascii: "#") {
            guard p > from || p == lineStart else { throw GiveUp() }
            while p < n && base[p] != 0x0A { p += 1 }
            c = byte(p)
        }
        if c == 0 && p >= n { return }
        guard c == 0x0A else { throw GiveUp() }
        newLine(at: p)
    }

    /// From the start of a line, skips empty and comment lines. Returns the indentation
    /// of the next line with content (`p` at that line's start), or -1 at the end of the
    /// input (`p == n`) or at a `---` line.
    private mutating func nextContentLine() throws(GiveUp) -> Int {
        while true {
            let i = p + spaces(at: p)
            guard i < n else {
                p = n
                return -1
            }
            let c = base[i]
            if c == 0x0A {
                newLine(at: i)
                continue
            }
            if c == UInt8(ascii: "#") {
                var e = i
                while e < n && base[e] != 0x0A { e += 1 }
                guard e < n else {
                    p = n
                    return -1
                }
                newLine(at: e)
                continue
            }
            if i == p {
                if c == UInt8(ascii: "-") && byte(i + 1) == c && byte(i + 2) == c && isBlankOrEnd(byte(i + 3)) {
                    return -1
                }
                if c == UInt8(ascii: ".") || c == UInt8(ascii: "%") || c == 0xEF { throw GiveUp() }
            }
            return i - p
        }
    }

    /// Moves past the line break at `i`.
    @inline(__always) private mutating func newLine(at i: Int) {
        p = i + 1
        line += 1
        lineStart = p
    }

    // MARK: - Bytes and marks

    /// The index (0 to 7, or 8 for none) of the first byte of a word (in memory order) that
    /// is a space, a line feed, `#` or `:`; exact per byte (`InputCheck.zeroBytes`).
    @inline(__always) private static func firstSpecial(_ w: UInt64) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let hits =
            InputCheck.zeroBytes(w ^ (ones &* 0x20)) | InputCheck.zeroBytes(w ^ (ones &* 0x0A))
            | InputCheck.zeroBytes(w ^ (ones &* 0x23)) | InputCheck.zeroBytes(w ^ (ones &* 0x3A))
        return hits.trailingZeroBitCount >> 3
    }

    /// How many spaces start at `i` (up to the end of the input).
    @inline(__always) private func spaces(at i: Int) -> Int {
        var k = i
        while k + 8 <= n {
            let w = UInt64(littleEndian: UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self))
            let other = w ^ 0x2020_2020_2020_2020
            if other != 0 { return k - i + other.trailingZeroBitCount >> 3 }
            k += 8
        }
        while k < n && base[k] == 0x20 { k += 1 }
        return k - i
    }

    @inline(__always) private func byte(_ i: Int) -> UInt8 { i < n ? base[i] : 0 }

    @inline(__always) private func isBlankOrEnd(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0 }

    /// The 1-based column of offset `i` on the current line, in Unicode scalars. In a
    /// text that is not all ASCII, counted on from the last column asked for on the line
    /// (marks are asked for left to right), so a long line costs its length once, not
    /// once per node on it.
    @inline(__always) private mutating func column(_ i: Int) -> Int {
        if isASCII { return i - lineStart + 1 }
        if countedTo < lineStart || countedTo > i {
            countedTo = lineStart
            countedColumn = 1
        }
        while countedTo < i {
            if base[countedTo] & 0xC0 != 0x80 { countedColumn += 1 }
            countedTo += 1
        }
        return countedColumn
    }

    @inline(__always) private mutating func mark(_ i: Int) -> Mark {
        Mark(line: line, column: column(i), offset: i)
    }

    private func string(_ from: Int, _ to: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: base + from, count: to - from), as: UTF8.self)
    }
}

/// What `FastReader` builds: nodes with marks (`NodeTree`) or values (`ValueTree`).
protocol FastTree {
    associatedtype Item
    associatedtype Pair
    associatedtype Doc
    /// A scalar that reads as a string: quoted, literal, or plain text that can only
    /// be one (`Constructor.mayResolve`).
    static func string(_ text: String, _ style: ScalarStyle, _ mark: Mark) -> Item
    /// A plain scalar the core schema may read as null, a boolean or a number.
    static func plain(_ text: String, _ mark: Mark) -> Item
    static func pair(_ key: consuming Item, _ value: consuming Item) -> Pair
    static func sequence(_ items: [Item], flow: Bool, _ mark: Mark) -> Item
    static func mapping(_ pairs: [Pair], flow: Bool, _ mark: Mark) -> Item
    static func document(_ root: consuming Item, start: Mark, explicit: Bool) -> Doc
}

/// Documents of nodes, as the general path composes them.
enum NodeTree: FastTree {
    @inline(__always) static func string(_ text: String, _ style: ScalarStyle, _ mark: Mark) -> Node {
        Node(.scalar(text, style), mark: mark)
    }
    @inline(__always) static func plain(_ text: String, _ mark: Mark) -> Node {
        Node(.scalar(text, .plain), mark: mark)
    }
    @inline(__always) static func pair(_ key: consuming Node, _ value: consuming Node) -> Node.Pair {
        Node.Pair(key: key, value: value)
    }
    @inline(__always) static func sequence(_ items: [Node], flow: Bool, _ mark: Mark) -> Node {
        Node(.sequence(items), mark: mark, flow: flow)
    }
    @inline(__always) static func mapping(_ pairs: [Node.Pair], flow: Bool, _ mark: Mark) -> Node {
        Node(.mapping(pairs), mark: mark, flow: flow)
    }
    @inline(__always) static func document(_ root: consuming Node, start: Mark, explicit: Bool) -> Document {
        Document(root: root, start: start, explicitStart: explicit)
    }
}

/// The documents' values, as `Node.toValue` makes them (nothing here is tagged).
enum ValueTree: FastTree {
    @inline(__always) static func string(_ text: String, _ style: ScalarStyle, _ mark: Mark) -> Value {
        .string(text)
    }
    @inline(__always) static func plain(_ text: String, _ mark: Mark) -> Value { Constructor.plain(text) }
    @inline(__always) static func pair(_ key: consuming Value, _ value: consuming Value) -> Value.Entry {
        Value.Entry(key: key, value: value)
    }
    @inline(__always) static func sequence(_ items: [Value], flow: Bool, _ mark: Mark) -> Value { .sequence(items) }
    @inline(__always) static func mapping(_ pairs: [Value.Entry], flow: Bool, _ mark: Mark) -> Value {
        .mapping(pairs)
    }
    @inline(__always) static func document(_ root: consuming Value, start: Mark, explicit: Bool) -> Value { root }
}

/// A stack in memory of its own, from which a finished collection moves its elements
/// into an array of exactly their count: no copy, retain or release of them.
struct Scratch<T>: ~Copyable {
    private var buffer: UnsafeMutablePointer<T>
    private var capacity = 64
    private(set) var count = 0

    init() { buffer = .allocate(capacity: 64) }

    deinit {
        buffer.deinitialize(count: count)
        buffer.deallocate()
    }

    @inline(__always) mutating func append(_ x: consuming T) {
        if count == capacity { grow() }
        (buffer + count).initialize(to: x)
        count += 1
    }

    private mutating func grow() {
        let bigger = UnsafeMutablePointer<T>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: buffer, count: count)
        buffer.deallocate()
        buffer = bigger
        capacity *= 2
    }

    /// The elements from `start` on, moved out (the stack ends at `start`).
    mutating func take(from start: Int) -> [T] {
        let k = count - start
        let source = buffer + start
        let array = [T](unsafeUninitializedCapacity: k) { b, initialized in
            if let d = b.baseAddress { d.moveInitialize(from: source, count: k) }
            initialized = k
        }
        count = start
        return array
    }
}
