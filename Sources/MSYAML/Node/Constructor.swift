/// Turns nodes into values: resolves plain scalars by the core schema, applies and
/// checks the core tags, and keeps everything else as its untagged reading.
///
/// | tag | scalar | collection |
/// |---|---|---|
/// | none | plain: `Resolver.resolvePlain`; quoted/block: string | as written |
/// | `!` | string | as written |
/// | `!!str` `!!int` `!!float` `!!bool` `!!null` | must read as that type (`!!float 1` is the float spelled `1`) | error |
/// | `!!seq` `!!map` | empty plain scalar only (an empty collection) | must match |
/// | anything else | as if untagged | as written |
enum Constructor {
    /// The value of one scalar node.
    static func scalar(_ text: String, style: ScalarStyle, tag: String?, mark: Mark) throws(YAMLError) -> Value {
        guard let tag else { return style == .plain ? plain(text) : .string(text) }
        switch tag {
        case "!", Tag.str: return .string(text)
        case Tag.int:
            if let n = Number(text, kind: .integer) { return .number(n) }
            throw mismatch(text, "an integer", tag: "!!int", mark)
        case Tag.float:
            if let n = Number(text, kind: .float) { return .number(n) }
            throw mismatch(text, "a number", tag: "!!float", mark)
        case Tag.bool:
            if let b = Resolver.bool(text) { return .bool(b) }
            throw mismatch(text, "true or false", tag: "!!bool", mark)
        case Tag.null:
            if Resolver.isNull(text) { return .null }
            throw mismatch(text, "null", tag: "!!null", mark)
        case Tag.seq, Tag.map:
            if text.isEmpty && style == .plain { return tag == Tag.seq ? .sequence([]) : .mapping([]) }
            throw YAMLError(ConstructorMessage.collectionTagOnScalar(tag == Tag.seq ? "!!seq" : "!!map"), at: mark)
        default:
            return style == .plain ? plain(text) : .string(text)
        }
    }

    /// Whether a plain scalar whose first byte is `c` may read as anything but a string:
    /// `plain` returns `.string` at once for every other first byte (and for empty text,
    /// which is null, the caller knows). `FastReader` asks this before making a String.
    @inline(__always) static func mayResolve(first c: UInt8) -> Bool {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."),
            UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"),
            UInt8(ascii: "f"), UInt8(ascii: "F"):
            return true
        default:
            return false
        }
    }

    /// Core-schema resolution, skipping the resolver for text that can only be a string.
    static func plain(_ text: String) -> Value {
        guard let c = text.utf8.first else { return .null }
        guard mayResolve(first: c) else { return .string(text) }
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
            // Never null or a boolean: a number or a string.
            if let n = Resolver.number(text) { return .number(n) }
            return .string(text)
        case UInt8(ascii: "~"):
            return Resolver.resolvePlain(text)
        case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"),
            UInt8(ascii: "F"):
            // Only `null`, `true` and `false` (in three casings) are not strings here:
            // 4 bytes with `u` or `r` second, or 5 with `a` second (any case).
            let u = text.utf8
            let count = u.count
            guard count == 4 || count == 5 else { return .string(text) }
            let second = u[u.index(after: u.startIndex)] | 0x20
            let maybe =
                count == 4 ? second == UInt8(ascii: "u") || second == UInt8(ascii: "r") : second == UInt8(ascii: "a")
            return maybe ? Resolver.resolvePlain(text) : .string(text)
        default:
            return .string(text)
        }
    }

    /// Checks that a collection's tag fits it.
    static func checkCollectionTag(_ tag: String?, isMapping: Bool, mark: Mark) throws(YAMLError) {
        guard let tag else { return }
        let kind = isMapping ? "mapping" : "sequence"
        switch tag {
        case Tag.str, Tag.int, Tag.float, Tag.bool, Tag.null:
            throw YAMLError(ConstructorMessage.scalarTagOnCollection(shortTag(tag), kind), at: mark)
        case Tag.map where !isMapping, Tag.seq where isMapping:
            throw YAMLError(ConstructorMessage.scalarTagOnCollection(shortTag(tag), kind), at: mark)
        default: return
        }
    }

    private static func mismatch(_ text: String, _ expected: String, tag: String, _ mark: Mark) -> YAMLError {
        YAMLError(ConstructorMessage.tagMismatch(tag: tag, expected: expected, found: text), at: mark)
    }

    static func shortTag(_ tag: String) -> String { Tag.short(tag) }
}

/// The constructor's messages, alphabetised.
enum ConstructorMessage {
    static func collectionTagOnScalar(_ tag: String) -> String {
        "the tag \(tag) needs a collection, but the node is a scalar"
    }
    static func scalarTagOnCollection(_ tag: String, _ kind: String) -> String {
        "the tag \(tag) cannot be used on a \(kind)"
    }
    static func tagMismatch(tag: String, expected: String, found: String) -> String {
        "\(tag) expects \(expected), found \"\(ReaderMessage.clip(found))\""
    }
}
