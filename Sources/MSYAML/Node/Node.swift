/// How a scalar was written in the source; quoted and block scalars are never resolved
/// to anything but strings (unless tagged).
public enum ScalarStyle: Sendable, Hashable {
    case plain
    case singleQuoted
    case doubleQuoted
    case literal
    case folded
}

/// One node of a parsed YAML document, with the position where it starts.
///
/// Aliases are already replaced by (a copy of) the node they name, so consumers see a
/// tree. `tag` is nil for a node without a tag property, `"!"` for the non-specific tag,
/// and otherwise the fully expanded tag (`tag:yaml.org,2002:str`, `!local`).
public struct Node: Sendable {
    /// The node's content; mapping pairs keep their source order. Not `indirect`: the
    /// collections' arrays already live on the heap, so a scalar costs no box of its own.
    public enum Content: Sendable {
        case scalar(String, ScalarStyle)
        case sequence([Node])
        case mapping([Pair])
    }

    /// One key/value pair of a mapping node.
    public struct Pair: Sendable {
        public var key: Node
        public var value: Node
        public init(key: Node, value: Node) {
            self.key = key
            self.value = value
        }
    }

    public var content: Content
    /// The tag and anchor, kept together out of line: almost every node has neither,
    /// and one nil reference is cheaper to copy and smaller than two optional strings.
    private var properties: NodeProperties?
    public var mark: Mark
    /// A collection written in flow style (`[a, b]`, `{k: v}`), which the style-keeping
    /// writer (`NodeEmitter`) keeps; false for block collections and scalars.
    public var isFlow: Bool

    public init(_ content: Content, tag: String? = nil, anchor: String? = nil, mark: Mark, flow: Bool = false) {
        self.content = content
        self.properties = NodeProperties.make(tag: tag, anchor: anchor)
        self.mark = mark
        self.isFlow = flow
    }

    public var tag: String? {
        get { properties?.tag }
        set { properties = NodeProperties.make(tag: newValue, anchor: anchor) }
    }

    public var anchor: String? {
        get { properties?.anchor }
        set { properties = NodeProperties.make(tag: tag, anchor: newValue) }
    }
}

/// A node's tag and anchor (immutable: a change makes a new one).
private final class NodeProperties: Sendable {
    let tag: String?
    let anchor: String?

    private init(tag: String?, anchor: String?) {
        self.tag = tag
        self.anchor = anchor
    }

    static func make(tag: String?, anchor: String?) -> NodeProperties? {
        tag == nil && anchor == nil ? nil : NodeProperties(tag: tag, anchor: anchor)
    }
}

extension Node {
    /// The scalar's text, or nil for a collection.
    public var scalarText: String? {
        if case .scalar(let text, _) = content { return text }
        return nil
    }

    /// True for an untagged plain scalar that the core schema reads as null
    /// (`null`, `Null`, `NULL`, `~` or nothing), or a node tagged `!!null`.
    public var isNull: Bool {
        guard case .scalar(let text, let style) = content else { return false }
        if tag == Tag.null { return true }
        return tag == nil && style == .plain && Resolver.isNull(text)
    }
}

/// One document of a stream. `root` is an empty plain scalar (null) for a document
/// that has only `---` or `...`.
public struct Document: Sendable {
    public var root: Node
    /// Where the document starts (its `---`, or its first node).
    public var start: Mark
    /// Whether the document was opened with `---`.
    public var explicitStart: Bool

    public init(root: Node, start: Mark, explicitStart: Bool) {
        self.root = root
        self.start = start
        self.explicitStart = explicitStart
    }
}

/// The core tags, fully expanded.
public enum Tag {
    /// What `!!` stands for.
    public static let yamlPrefix = "tag:yaml.org,2002:"

    /// A tag as messages show it: `!!str` for the core tags, others as they are.
    public static func short(_ tag: String) -> String {
        let u = tag.utf8
        guard u.starts(with: yamlPrefix.utf8) else { return tag }
        return "!!" + String(decoding: u.dropFirst(yamlPrefix.utf8.count), as: UTF8.self)
    }
    public static let str = "tag:yaml.org,2002:str"
    public static let int = "tag:yaml.org,2002:int"
    public static let float = "tag:yaml.org,2002:float"
    public static let bool = "tag:yaml.org,2002:bool"
    public static let null = "tag:yaml.org,2002:null"
    public static let map = "tag:yaml.org,2002:map"
    public static let seq = "tag:yaml.org,2002:seq"
}
