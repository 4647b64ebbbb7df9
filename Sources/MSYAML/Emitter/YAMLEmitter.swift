/// Writes a `Value` as one YAML document body in the style of `kubectl get -o yaml`.
///
/// ```yaml
/// metadata:
///   labels: {}
///   name: web
/// spec:
///   containers:
///   - args:
///     - --port
///     - "8080"
///     script: |
///       echo hi
/// ```
///
/// Block style, two-space indentation, sequences at the indentation of their key, keys
/// sorted by UTF-8 bytes (`EmitterOptions.sortKeys`), `{}`/`[]` for empty collections,
/// literal blocks for multi-line strings, and quoting decided by `Resolver.writeStyle`.
/// No `---`: callers frame documents. The text always ends with a line break. Numbers
/// are written as `NumberSpelling.writeYAML` spells them (their own text when exact).
/// A mapping with two equal keys is refused with an `EmitError`, never written.
///
/// Depth: the writer keeps its own stack of open collections on the heap instead of
/// recursing, so any depth the caller could build is written without exhausting the
/// thread's stack; memory grows with depth, by one small frame per level.
public enum YAMLEmitter {
    public static func emit(_ value: Value, options: EmitterOptions = .init()) throws(EmitError) -> String {
        var out: [UInt8] = []
        try emit(value, into: &out, options: options)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the document body to `out`; for writing many documents into one buffer.
    /// On an error `out` is left as it was.
    public static func emit(_ value: Value, into out: inout [UInt8], options: EmitterOptions = .init())
        throws(EmitError)
    {
        try WriteBuffer.append(to: &out) { buffer throws(EmitError) in
            var writer = BlockWriter(out: buffer, sortKeys: options.sortKeys)
            buffer = []  // hand the buffer over, so appends do not copy it
            defer { buffer = writer.out }
            try writer.write(root: value)
        }
    }
}
