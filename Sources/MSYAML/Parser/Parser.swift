/// Turns tokens into events with an explicit state stack (no recursion), following the
/// grammar in the header of `Scanner`. Each call to `next()` consumes at least one
/// token or pops one state, so parsing ends.
struct Parser {
    /// Where the parser is in the grammar; the stack holds where to return after a node.
    enum State {
        case streamStart
        case implicitDocumentStart
        case documentStart
        case documentContent
        case documentEnd
        case blockNode
        case blockSequenceFirstEntry
        case blockSequenceEntry
        case indentlessSequenceEntry
        case blockMappingFirstKey
        case blockMappingKey
        case blockMappingValue
        case flowSequenceFirstEntry
        case flowSequenceEntry
        case flowSequencePairKey
        case flowSequencePairValue
        case flowSequencePairEnd
        case flowMappingFirstKey
        case flowMappingKey
        case flowMappingValue
        case flowMappingEmptyValue
        case end
    }

    var scanner: Scanner
    var state: State = .streamStart
    var states: [State] = []
    /// Tag handles of the current document (`!` and `!!` plus its %TAG directives).
    var tagHandles: [(handle: String, prefix: String)] = []

    init(_ scanner: Scanner) {
        self.scanner = scanner
        states.reserveCapacity(32)
    }

    /// The next event, or nil after the stream end.
    mutating func next() throws(YAMLError) -> Event? {
        switch state {
        case .streamStart:
            let t = try scanner.next()
            state = .implicitDocumentStart
            return Event(.streamStart, t.start)
        case .implicitDocumentStart: return try documentStart(implicitAllowed: true)
        case .documentStart: return try documentStart(implicitAllowed: false)
        case .documentContent: return try documentContent()
        case .documentEnd: return try documentEnd()
        case .blockNode: return try node(block: true, indentless: false)
        case .blockSequenceFirstEntry:
            _ = try scanner.next()
            return try blockSequenceEntry()
        case .blockSequenceEntry: return try blockSequenceEntry()
        case .indentlessSequenceEntry: return try indentlessSequenceEntry()
        case .blockMappingFirstKey:
            _ = try scanner.next()
            return try blockMappingKey()
        case .blockMappingKey: return try blockMappingKey()
        case .blockMappingValue: return try blockMappingValue()
        case .flowSequenceFirstEntry:
            _ = try scanner.next()
            return try flowSequenceEntry(first: true)
        case .flowSequenceEntry: return try flowSequenceEntry(first: false)
        case .flowSequencePairKey: return try flowSequencePairKey()
        case .flowSequencePairValue: return try flowSequencePairValue()
        case .flowSequencePairEnd:
            state = .flowSequenceEntry
            return Event(.mappingEnd, try scanner.peek().start)
        case .flowMappingFirstKey:
            _ = try scanner.next()
            return try flowMappingKey(first: true)
        case .flowMappingKey: return try flowMappingKey(first: false)
        case .flowMappingValue: return try flowMappingValue()
        case .flowMappingEmptyValue:
            state = .flowMappingKey
            return empty(at: try scanner.peek().start)
        case .end: return nil
        }
    }

    /// A null scalar standing for an omitted node.
    func empty(at mark: Mark) -> Event {
        Event(.scalar("", .plain, .none), mark)
    }

    /// Returns to the state saved before the current node.
    mutating func pop() {
        state = states.popLast() ?? .end
    }
}
