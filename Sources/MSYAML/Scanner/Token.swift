/// One token of a YAML stream, as the scanner hands it to the parser.
struct Token {
    /// What the token is; only scalars, anchors, aliases, tags and directives carry text.
    enum Kind {
        case streamStart
        case streamEnd
        case versionDirective(major: Int, minor: Int)
        case tagDirective(handle: String, prefix: String)
        case documentStart
        case documentEnd
        case blockSequenceStart
        case blockMappingStart
        case blockEnd
        case flowSequenceStart
        case flowSequenceEnd
        case flowMappingStart
        case flowMappingEnd
        case blockEntry
        case flowEntry
        case key
        case value
        case alias(String)
        case anchor(String)
        /// `handle` is `""` for a verbatim tag `!<...>`, whose suffix is the whole tag.
        case tag(handle: String, suffix: String)
        case scalar(String, ScalarStyle)
    }

    var kind: Kind
    var start: Mark
    var end: Mark

    init(_ kind: Kind, _ start: Mark, _ end: Mark) {
        self.kind = kind
        self.start = start
        self.end = end
    }

    /// A payload-free tag for quick comparisons in the parser.
    var id: ID {
        switch kind {
        case .streamStart: return .streamStart
        case .streamEnd: return .streamEnd
        case .versionDirective, .tagDirective: return .directive
        case .documentStart: return .documentStart
        case .documentEnd: return .documentEnd
        case .blockSequenceStart: return .blockSequenceStart
        case .blockMappingStart: return .blockMappingStart
        case .blockEnd: return .blockEnd
        case .flowSequenceStart: return .flowSequenceStart
        case .flowSequenceEnd: return .flowSequenceEnd
        case .flowMappingStart: return .flowMappingStart
        case .flowMappingEnd: return .flowMappingEnd
        case .blockEntry: return .blockEntry
        case .flowEntry: return .flowEntry
        case .key: return .key
        case .value: return .value
        case .alias: return .alias
        case .anchor: return .anchor
        case .tag: return .tag
        case .scalar: return .scalar
        }
    }

    /// Token kinds without their payload.
    enum ID {
        case streamStart, streamEnd, directive, documentStart, documentEnd
        case blockSequenceStart, blockMappingStart, blockEnd
        case flowSequenceStart, flowSequenceEnd, flowMappingStart, flowMappingEnd
        case blockEntry, flowEntry, key, value, alias, anchor, tag, scalar

        /// How the token is named in "expected ..., found ..." messages.
        var phrase: String {
            switch self {
            case .streamStart: return "the start of the stream"
            case .streamEnd: return "the end of the stream"
            case .directive: return "a directive"
            case .documentStart: return "a document start '---'"
            case .documentEnd: return "a document end '...'"
            case .blockSequenceStart: return "a block sequence"
            case .blockMappingStart: return "a block mapping"
            case .blockEnd: return "the end of a block collection"
            case .flowSequenceStart: return "'['"
            case .flowSequenceEnd: return "']'"
            case .flowMappingStart: return "'{'"
            case .flowMappingEnd: return "'}'"
            case .blockEntry: return "a '-' sequence entry"
            case .flowEntry: return "','"
            case .key: return "a mapping key"
            case .value: return "':'"
            case .alias: return "an alias"
            case .anchor: return "an anchor"
            case .tag: return "a tag"
            case .scalar: return "a scalar"
            }
        }
    }
}
