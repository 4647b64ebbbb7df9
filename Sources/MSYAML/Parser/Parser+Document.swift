/// Stream and document level: directives, `---`, `...`, bare documents.
extension Parser {
    static let defaultHandles: [(handle: String, prefix: String)] = [
        ("!", "!"), ("!!", "tag:yaml.org,2002:"),
    ]

    /// Starts the next document or ends the stream. A bare document (no `---`) may open
    /// the stream or follow a `...`; after a document that ended without `...`, only
    /// `---` can start another.
    mutating func documentStart(implicitAllowed: Bool) throws(YAMLError) -> Event {
        var implicitOK = implicitAllowed
        while try scanner.peek().id == .documentEnd {
            _ = try scanner.next()
            implicitOK = true
        }
        let t = try scanner.peek()
        switch t.id {
        case .streamEnd:
            _ = try scanner.next()
            state = .end
            return Event(.streamEnd, t.start)
        case .directive, .documentStart:
            try readDirectives()
            let start = try scanner.next()
            guard start.id == .documentStart else {
                throw YAMLError(ReaderMessage.expectedDocumentStart(start.id.phrase), at: start.start)
            }
            states.append(.documentEnd)
            state = .documentContent
            return Event(.documentStart(explicit: true), start.start)
        default:
            guard implicitOK else {
                throw YAMLError(ReaderMessage.expectedDocumentStart(t.id.phrase), at: t.start)
            }
            tagHandles = Parser.defaultHandles
            states.append(.documentEnd)
            state = .blockNode
            return Event(.documentStart(explicit: false), t.start)
        }
    }

    /// The node after `---`, or an empty one when the document has no content.
    mutating func documentContent() throws(YAMLError) -> Event {
        let t = try scanner.peek()
        switch t.id {
        case .directive, .documentStart, .documentEnd, .streamEnd:
            pop()
            return empty(at: t.start)
        default:
            return try node(block: true, indentless: false)
        }
    }

    /// Ends a document, consuming its `...` if present. Directives may follow only
    /// after `...`.
    mutating func documentEnd() throws(YAMLError) -> Event {
        let t = try scanner.peek()
        switch t.id {
        case .documentEnd:
            _ = try scanner.next()
            state = .implicitDocumentStart
        case .documentStart, .streamEnd:
            state = .documentStart
        default:
            throw YAMLError(withIndentationHint(ReaderMessage.expectedDocumentEnd(t.id.phrase), t), at: t.start)
        }
        return Event(.documentEnd, t.start)
    }

    /// Reads the %YAML and %TAG directives before a `---`.
    private mutating func readDirectives() throws(YAMLError) {
        tagHandles = Parser.defaultHandles
        var sawVersion = false
        var custom: [(handle: String, prefix: String)] = []
        while true {
            let t = try scanner.peek()
            switch t.kind {
            case .versionDirective(let major, let minor):
                guard !sawVersion else { throw YAMLError(ReaderMessage.duplicateVersionDirective, at: t.start) }
                // 1.x documents are read as 1.2 (the spec's advice); 2.x would be another language.
                guard major == 1 else {
                    throw YAMLError(ReaderMessage.unsupportedVersion(major, minor), at: t.start)
                }
                sawVersion = true
            case .tagDirective(let handle, let prefix):
                guard !custom.contains(where: { $0.handle == handle }) else {
                    throw YAMLError(ReaderMessage.duplicateTagDirective(handle), at: t.start)
                }
                custom.append((handle, prefix))
            default:
                for c in custom {
                    if let i = tagHandles.firstIndex(where: { $0.handle == c.handle }) {
                        tagHandles[i] = c
                    } else {
                        tagHandles.append(c)
                    }
                }
                return
            }
            _ = try scanner.next()
        }
    }
}
