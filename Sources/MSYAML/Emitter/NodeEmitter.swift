/// Writes a `Node` tree keeping how it was written: plain scalars with their source text
/// (`0x1F`, `1.10`, `12345678901234567890`, `yes`), single and double quotes, literal
/// blocks, flow and block collections, tags, and key order as in the source. For data
/// msrender passes through (KRM items), so an orchestrator that compares styles
/// (kpt) sees the item exactly as it sent it.
///
/// ```yaml
/// spec:
///   hex: 0x1F
///   f: 1.10
///   sq: 'single'
///   flow: [1, 2, {a: b}]
///   text: |
///     line one
/// ```
///
/// Layout (indentation, where a collection starts) is `YAMLEmitter`'s, and quoting
/// rules are the same resolver's (`Resolver.fitsPlain`, `writeStyle`); a Node made from
/// a Value (`Node(_:)`) comes out byte for byte as `YAMLEmitter` writes the Value.
/// Comments are not kept (Node has none). A mapping with two keys that YAML calls the
/// same is refused with an `EmitError`. No `---`; the text ends with a line break.
public enum NodeEmitter {
    public static func emit(_ node: Node) throws(EmitError) -> String {
        var out: [UInt8] = []
        try emit(node, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the document body to `out`; on an error `out` is left as it was.
    public static func emit(_ node: Node, into out: inout [UInt8]) throws(EmitError) {
        try WriteBuffer.append(to: &out) { buffer throws(EmitError) in
            var writer = NodeWriter(out: buffer)
            buffer = []
            defer { buffer = writer.out }
            try writer.write(root: node)
        }
    }
}
