/// Turns the bytes of a YAML stream into tokens, one `next()` at a time.
///
/// Token grammar (after libyaml's scanner, adapted to YAML 1.2):
///
///     stream     ::= STREAM-START document* STREAM-END
///     document   ::= (VERSION-DIRECTIVE | TAG-DIRECTIVE)* DOCUMENT-START? node? DOCUMENT-END?
///     block seq  ::= BLOCK-SEQUENCE-START (BLOCK-ENTRY node?)* BLOCK-END
///     block map  ::= BLOCK-MAPPING-START (KEY node? VALUE? node?)* BLOCK-END
///     flow seq   ::= FLOW-SEQUENCE-START (node (FLOW-ENTRY node)* FLOW-ENTRY?)? FLOW-SEQUENCE-END
///     flow map   ::= FLOW-MAPPING-START (KEY? node VALUE? node? FLOW-ENTRY?)* FLOW-MAPPING-END
///     properties ::= ANCHOR TAG? | TAG ANCHOR?        node ::= properties? (ALIAS | SCALAR | collection)
///
/// Indentation becomes explicit: a line indented deeper than the current block opens a
/// collection (BLOCK-SEQUENCE-START / BLOCK-MAPPING-START) and a line indented less
/// closes one (BLOCK-END per level). Implicit ("simple") keys are only known to be keys
/// once their `:` is seen, so the scanner remembers where each possible key started and
/// inserts KEY (and BLOCK-MAPPING-START) before it when the `:` arrives, which is why
/// tokens wait in a small queue until no possible key could still claim them.
///
/// Worked examples:
///
///     name: web          STREAM-START BLOCK-MAPPING-START KEY SCALAR("name") VALUE
///     ports:                SCALAR("web") KEY SCALAR("ports") VALUE
///     - 80                  BLOCK-ENTRY SCALAR("80") BLOCK-END STREAM-END
///
/// (a sequence at its key's indentation needs no BLOCK-SEQUENCE-START: it is
/// "indentless"; the parser recognises it by the BLOCK-ENTRY after VALUE.)
///
///     --- &a [x, {y: 1}]   DOCUMENT-START ANCHOR("a") FLOW-SEQUENCE-START SCALAR("x")
///                           FLOW-ENTRY FLOW-MAPPING-START KEY SCALAR("y") VALUE SCALAR("1")
///                           FLOW-MAPPING-END FLOW-SEQUENCE-END
///
///     ? !!str k            BLOCK-MAPPING-START KEY TAG("!!","str") SCALAR("k")
///     : |-                 VALUE SCALAR("text", literal) BLOCK-END
///       text
///
/// Every loop consumes at least one byte per iteration or ends, so scanning terminates;
/// the flow level and the indentation stack are capped by `YAMLLimits.maxDepth`.
struct Scanner {
    let input: UnsafeBufferPointer<UInt8>
    let limits: YAMLLimits
    /// The byte offset of the next unread byte.
    var pos: Int
    var line = 1
    /// 1-based, counted in Unicode scalars.
    var column = 1

    /// Tokens scanned but not yet handed out; `head` indexes the next one.
    var tokens: [Token] = []
    var head = 0
    /// How many tokens have been handed out, so queue positions have stable numbers.
    var tokensTaken = 0
    var streamStarted = false
    var streamEnded = false

    /// The indentation column (0-based) of the innermost block collection, -1 outside.
    var indent = -1
    var indents: [Int] = []
    /// Whether the innermost block collection is a mapping (only there must a line at
    /// its indentation be a key), and the same for the enclosing ones.
    var indentIsMapping = false
    var indentsAreMappings: [Bool] = []
    /// The last block collection closed, with the line that closed it (for the hint on
    /// a mis-indented line).
    var closed = ClosedBlock()
    var flowLevel = 0
    var simpleKeyAllowed = false
    /// One possible simple key per flow level (index 0 is the block context).
    var simpleKeys: [SimpleKey] = [SimpleKey()]
    /// Per flow level, whether it is a flow mapping, where keys may span lines.
    var flowIsMapping: [Bool] = [false]
    /// The levels that hold a possible key, ascending (so also oldest first). Keys in
    /// flow mappings never go stale, so they are kept apart from those the stale check
    /// visits; both lists keep the per-token work independent of the nesting depth.
    var staleableKeyLevels: [Int] = []
    var mappingKeyLevels: [Int] = []
    /// Whether the last token was a quoted scalar or a closed flow collection, after which
    /// a `:` in flow context is a value indicator even without a following space.
    var adjacentValueAllowed = false
    /// Whether a tab was skipped on the current line before the next token.
    var tabBeforeToken = false
    /// Where the whitespace before the next token started (for the comment check).
    var lastTokenEnd = -1
    /// Where the last scalar started, if it was the last token (for the multi-line key error).
    var lastScalarStart: Mark? = nil
    /// Reused buffer for scalars that need rewriting (folding, escapes).
    var scratch: [UInt8] = []

    init(_ input: UnsafeBufferPointer<UInt8>, start: Int, limits: YAMLLimits) {
        self.input = input
        self.limits = limits
        self.pos = start
        tokens.reserveCapacity(16)
    }

    /// A scanner that starts at `mark`, the start of a line, as if a stream began there.
    init(_ input: UnsafeBufferPointer<UInt8>, from mark: Mark, limits: YAMLLimits) {
        self.init(input, start: mark.offset, limits: limits)
        line = mark.line
        column = mark.column
    }

    var mark: Mark { Mark(line: line, column: column, offset: pos) }

    /// The next token, removing it from the queue.
    mutating func next() throws(YAMLError) -> Token {
        try fill()
        let t = tokens[head]
        advance()
        return t
    }

    /// The next token, leaving it in the queue.
    mutating func peek() throws(YAMLError) -> Token {
        try fill()
        return tokens[head]
    }

    /// The kind of the next token, leaving it in the queue (no copy of its text).
    mutating func peekID() throws(YAMLError) -> Token.ID {
        try fill()
        return tokens[head].id
    }

    /// Where the token last peeked starts and ends (valid after `peek` or `peekID`).
    var headStart: Mark { tokens[head].start }
    var headEnd: Mark { tokens[head].end }

    /// The text and style of the token last peeked, when it is a scalar.
    var headScalar: (String, ScalarStyle)? {
        if case .scalar(let text, let style) = tokens[head].kind { return (text, style) }
        return nil
    }

    /// Removes the token last peeked from the queue.
    mutating func advance() {
        head += 1
        tokensTaken += 1
        if head == tokens.count {
            // Token by token: the queue holds a few, and this keeps its capacity
            // without the general range replacement.
            while !tokens.isEmpty { tokens.removeLast() }
            head = 0
        }
    }

    /// Scans until the head of the queue can no longer become part of a simple key.
    private mutating func fill() throws(YAMLError) {
        while true {
            var need = head == tokens.count
            if !need {
                if streamEnded { return }
                try removeStaleSimpleKeys()
                need = isHeadPossibleKey
            }
            if !need { return }
            // Every fetch must consume input (only the stream start and end are empty),
            // which is what guarantees that scanning ends.
            let before = pos
            try fetchNext()
            guard pos > before || streamEnded || tokensTaken == 0 && tokens.count == 1 else {
                throw YAMLError(ReaderMessage.noProgress, at: mark)
            }
        }
    }

    /// Appends the token(s) for the next piece of input.
    private mutating func fetchNext() throws(YAMLError) {
        if !streamStarted {
            streamStarted = true
            simpleKeyAllowed = true
            append(.streamStart, mark, mark)
            return
        }
        if streamEnded { return }
        try skipToNextToken()
        try removeStaleSimpleKeys()
        unrollIndent(to: column - 1)
        let c = byte(0)
        let wasAdjacent = adjacentValueAllowed
        adjacentValueAllowed = false
        if pos >= input.count { return try fetchStreamEnd() }
        if column == 1 {
            if c == UInt8(ascii: "%") { return try fetchDirective() }
            if isDocumentMarker(UInt8(ascii: "-")) { return try fetchDocumentIndicator(.documentStart) }
            if isDocumentMarker(UInt8(ascii: ".")) { return try fetchDocumentIndicator(.documentEnd) }
        }
        let n = byte(1)
        let flow = flowLevel > 0
        switch c {
        case UInt8(ascii: "["): return try fetchFlowStart(.flowSequenceStart)
        case UInt8(ascii: "{"): return try fetchFlowStart(.flowMappingStart)
        case UInt8(ascii: "]"): return try fetchFlowEnd(.flowSequenceEnd)
        case UInt8(ascii: "}"): return try fetchFlowEnd(.flowMappingEnd)
        case UInt8(ascii: ","): return try fetchFlowEntry()
        case UInt8(ascii: "-") where Bytes.isBlankOrEnd(n): return try fetchBlockEntry()
        case UInt8(ascii: "?") where Bytes.isBlankOrEnd(n) || (flow && Bytes.isFlowIndicator(n)):
            return try fetchKey()
        case UInt8(ascii: ":")
        where Bytes.isBlankOrEnd(n) || (flow && (Bytes.isFlowIndicator(n) || wasAdjacent)):
            return try fetchValue()
        case UInt8(ascii: "*"): return try fetchAnchorOrAlias(alias: true)
        case UInt8(ascii: "&"): return try fetchAnchorOrAlias(alias: false)
        case UInt8(ascii: "!"): return try fetchTag()
        case UInt8(ascii: "|") where !flow: return try fetchBlockScalar(literal: true)
        case UInt8(ascii: ">") where !flow: return try fetchBlockScalar(literal: false)
        case UInt8(ascii: "'"): return try fetchQuotedScalar(double: false)
        case UInt8(ascii: "\""): return try fetchQuotedScalar(double: true)
        default: break
        }
        if canStartPlain(c, n, flow: flow) { return try fetchPlainScalar() }
        throw YAMLError(ReaderMessage.cannotStartToken(describe(at: pos)), at: mark)
    }

    /// ns-plain-first: any non-indicator, or `-` `?` `:` followed by a safe character.
    private func canStartPlain(_ c: UInt8, _ n: UInt8, flow: Bool) -> Bool {
        if !Bytes.isBlankOrEnd(c) && !Bytes.isIndicator(c) { return true }
        if c == UInt8(ascii: "-") || c == UInt8(ascii: "?") || c == UInt8(ascii: ":") {
            return !Bytes.isBlankOrEnd(n) && !(flow && Bytes.isFlowIndicator(n))
        }
        return false
    }

    /// Whether a `---` or `...` marker (followed by a blank or the end) starts here.
    func isDocumentMarker(_ c: UInt8) -> Bool {
        byte(0) == c && byte(1) == c && byte(2) == c && Bytes.isBlankOrEnd(byte(3))
    }

    /// Appends a token to the queue.
    mutating func append(_ kind: Token.Kind, _ start: Mark, _ end: Mark) {
        tokens.append(Token(kind, start, end))
        lastTokenEnd = end.offset
        if case .scalar = kind { lastScalarStart = start } else { lastScalarStart = nil }
    }
}
