/// Writes a `Value` as JSON text: pretty (two-space indentation, like
/// `kubectl get -o json` and Python's `json.dumps(indent=2)`) or compact (one line, no
/// spaces, like `jq -c`). The text has no trailing line break.
///
/// JSON cannot say everything YAML can; these are the documented conversions:
/// - a non-string key becomes its text: `1`, `true`, `null`, `1.5`; a collection key
///   becomes its compact JSON text (so `{[1,2]: x}` gives `{"[1,2]":"x"}`); keys that
///   become equal are all kept, in order;
/// - NaN and the infinities become the strings `".nan"`, `".inf"`, `"-.inf"` (their
///   YAML spelling; JSON has no such numbers and `null` would lose them);
/// - other floats keep the shortest digits that read back exactly (`1e-05`, `100.0`).
/// Strings escape `"`, `\` and control characters (`\n`, `\t`, `\u001b`, ...); all other
/// text, non-ASCII included, stays UTF-8.
///
/// Like the YAML emitter it walks the tree with a heap stack, not recursion.
public enum JSONWriter {
    public static func write(_ value: Value, pretty: Bool, sortKeys: Bool) -> String {
        var out: [UInt8] = []
        write(value, pretty: pretty, sortKeys: sortKeys, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the JSON text to `out`.
    public static func write(_ value: Value, pretty: Bool, sortKeys: Bool, into out: inout [UInt8]) {
        var writer = JSONTreeWriter(out: out, pretty: pretty, sortKeys: sortKeys, keyDepth: 0)
        out = []
        writer.write(root: value)
        out = writer.out
    }
}
