/// One parsing event: the stream as a flat sequence of starts, ends and leaves.
struct Event {
    enum Kind {
        case streamStart
        case streamEnd
        case documentStart(explicit: Bool)
        case documentEnd
        case alias(String)
        case scalar(String, ScalarStyle, Properties)
        case sequenceStart(Properties)
        case sequenceEnd
        case mappingStart(Properties)
        case mappingEnd
    }

    var kind: Kind
    var mark: Mark

    init(_ kind: Kind, _ mark: Mark) {
        self.kind = kind
        self.mark = mark
    }
}

/// A node's anchor and (fully expanded) tag, either of which may be absent, and for a
/// collection whether it is written in flow style (`[a, b]`, `{k: v}`).
struct Properties {
    var anchor: String?
    var tag: String?
    var flow = false

    static let none = Properties(anchor: nil, tag: nil)
    /// A flow mapping without properties: a single pair in a flow sequence (`[k: v]`).
    static let flowPair = Properties(anchor: nil, tag: nil, flow: true)
}
