/// Builds node trees from events without recursion: anchors are remembered, aliases
/// replaced by copies of their node, duplicate keys rejected, and depth and alias
/// expansion capped before any work is done for them.
struct Composer {
    var parser: Parser
    let limits: YAMLLimits
    /// Anchored nodes of the current document, with their size and height.
    private var anchors: [String: Anchored] = [:]
    /// How many nodes alias copies have added so far in the stream.
    private var aliasNodes = 0

    private struct Anchored {
        var node: Node
        var size: Int
        var height: Int
    }

    init(_ parser: Parser, limits: YAMLLimits) {
        self.parser = parser
        self.limits = limits
    }

    /// Every document of the stream.
    mutating func documents() throws(YAMLError) -> [Document] {
        var docs: [Document] = []
        while let start = try nextDocumentStart() {
            guard let doc = try document(from: start) else { break }
            docs.append(doc)
        }
        return docs
    }

    /// The event that opens the next document, or nil at the end of the stream.
    mutating func nextDocumentStart() throws(YAMLError) -> Event? {
        while let event = try parser.next() {
            if case .documentStart = event.kind { return event }
        }
        return nil
    }

    /// The document that `start` (a document start event) opens, through its end event;
    /// nil if the stream ends first.
    mutating func document(from start: Event) throws(YAMLError) -> Document? {
        guard case .documentStart(let explicit) = start.kind else { return nil }
        anchors.removeAll(keepingCapacity: true)
        guard let first = try parser.next() else { return nil }
        let root = try compose(from: first)
        _ = try parser.next()  // the document end
        return Document(root: root, start: start.mark, explicitStart: explicit)
    }

    /// Composes the node that `first` starts, pulling events until it is complete.
    private mutating func compose(from first: Event) throws(YAMLError) -> Node {
        var stack: [CollectionFrame] = []
        var event = first
        while true {
            var done: Node
            var size = 1
            var height = 1
            switch event.kind {
            case .scalar(let text, let style, let props):
                done = Node(.scalar(text, style), tag: props.tag, anchor: props.anchor, mark: event.mark)
            case .alias(let name):
                guard let a = anchors[name] else {
                    throw YAMLError(ReaderMessage.undefinedAlias(name), at: event.mark)
                }
                aliasNodes += a.size
                guard aliasNodes <= limits.maxAliasExpansion else {
                    throw YAMLError(ReaderMessage.aliasExpansionTooLarge(limits.maxAliasExpansion), at: event.mark)
                }
                guard stack.count + a.height <= limits.maxDepth + 1 else {
                    throw YAMLError(ReaderMessage.tooDeep(limits.maxDepth), at: event.mark)
                }
                done = a.node
                size = a.size
                height = a.height
            case .sequenceStart(let props), .mappingStart(let props):
                guard stack.count < limits.maxDepth else {
                    throw YAMLError(ReaderMessage.tooDeep(limits.maxDepth), at: event.mark)
                }
                var isMap = false
                if case .mappingStart = event.kind { isMap = true }
                stack.append(CollectionFrame(isMapping: isMap, props: props, mark: event.mark))
                guard let e = try parser.next() else {
                    throw YAMLError(ReaderMessage.expectedNode("the end"), at: event.mark)
                }
                event = e
                continue
            case .sequenceEnd, .mappingEnd:
                guard let frame = stack.popLast() else {
                    throw YAMLError(ReaderMessage.expectedNode("the end of a collection"), at: event.mark)
                }
                done = frame.node
                size = frame.size
                height = frame.height + 1
            default:
                throw YAMLError(ReaderMessage.expectedNode("the end of the document"), at: event.mark)
            }
            if let name = done.anchor, !isAliasEvent(event) {
                anchors[name] = Anchored(node: done, size: size, height: height)
            }
            guard !stack.isEmpty else { return done }
            try stack[stack.count - 1].add(done, size: size, height: height)
            guard let e = try parser.next() else {
                throw YAMLError(ReaderMessage.expectedNode("the end"), at: event.mark)
            }
            event = e
        }
    }

    private func isAliasEvent(_ e: Event) -> Bool {
        if case .alias = e.kind { return true }
        return false
    }
}
