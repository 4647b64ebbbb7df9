import MSYAML

/// What a node holds, as the checker needs to know it: the core-schema value of a
/// scalar (honouring `!!str`-style tags), or the kind of collection.
enum NodeReading: Equatable {
    case null
    case bool(Bool)
    case int(Int)
    /// An integer too large for `Int` (kept as written, in any radix).
    case bigInteger(String)
    case float(String)
    /// `plain` is true for an untagged plain scalar, the only kind YAML 1.1 readers
    /// might read differently.
    case string(String, plain: Bool)
    case mapping
    case sequence
    /// A tag this reader does not know, or a core tag its text does not fit.
    case badTag(String)

    init(_ node: Node) {
        let text: String
        let style: ScalarStyle
        switch node.content {
        case .mapping:
            self = .mapping
            return
        case .sequence:
            self = .sequence
            return
        case .scalar(let t, let s): (text, style) = (t, s)
        }
        switch node.tag {
        case nil:
            self = style == .plain ? NodeReading.resolve(text) : .string(text, plain: false)
        case "!", Tag.str:
            self = .string(text, plain: false)
        case Tag.null:
            self = .null
        case Tag.bool:
            self = Resolver.bool(text).map { .bool($0) } ?? .badTag("!!bool")
        case Tag.int:
            self = Number(text, kind: .integer).map(NodeReading.integer) ?? .badTag("!!int")
        case Tag.float:
            self = Number(text, kind: .float) != nil ? .float(text) : .badTag("!!float")
        case let tag?:
            self = .badTag(tag)
        }
    }

    private static func resolve(_ text: String) -> NodeReading {
        switch Resolver.resolvePlain(text) {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let n): return n.kind == .integer ? integer(n) : .float(text)
        default: return .string(text, plain: true)
        }
    }

    /// An integer: its value when it fits `Int`, else its text.
    private static func integer(_ n: Number) -> NodeReading {
        n.intValue.map { .int($0) } ?? .bigInteger(n.text)
    }

    /// How a type error names what it found: `the integer 5600`, `a mapping`.
    var described: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return "the boolean \(b)"
        case .int(let v): return "the integer \(v)"
        case .bigInteger(let t): return "the integer \(t)"
        case .float(let t): return "the number \(t)"
        case .string(let s, _): return "the string \(DecodeMessages.quoted(s))"
        case .mapping: return "a mapping"
        case .sequence: return "a sequence"
        case .badTag(let tag): return "a value tagged \(tag)"
        }
    }
}
