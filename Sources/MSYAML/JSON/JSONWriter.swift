/// Writes a `Value` as JSON text: pretty (two-space indentation, like
/// `kubectl get -o json` and Python's `json.dumps(indent=2)`) or compact (one line, no
/// spaces, like `jq -c`). The text has no trailing line break.
///
/// JSON cannot say everything YAML can; these are the documented conversions:
/// - a non-string key becomes its text: `1`, `0x1F`, `true`, `null`, `1.5` (a number as
///   written); a collection key becomes its compact JSON text (so `{[1,2]: x}` gives
///   `{"[1,2]":"x"}`);
/// - a number is written with exactly its value (`NumberSpelling.writeJSON`): integers
///   of any size as integers, `0x1F` as `31`, `.5` as `0.5`, `1.10` and `1e3` as they are.
/// What JSON cannot hold is refused with an `EmitError`, never changed: `.inf`, `-.inf`,
/// `.nan`, and two scalar keys that become the same member name (`1` and `"1"`;
/// collection keys are not compared, as the reader does not compare them).
/// Strings escape `"`, `\` and control characters (`\n`, `\t`, `\u001B`, ...) and the few
/// characters YAML forbids raw (`\u007F`, `\u0085`, `\u2028`, `\uFEFF`, ...), so the output
/// is also valid YAML; all other text, non-ASCII included, stays UTF-8.
///
/// Like the YAML emitter it walks the tree with a heap stack, not recursion.
public enum JSONWriter {
    public static func write(_ value: Value, pretty: Bool, sortKeys: Bool) throws(EmitError) -> String {
        var out: [UInt8] = []
        try write(value, pretty: pretty, sortKeys: sortKeys, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the JSON text to `out`; on an error `out` is left as it was.
    public static func write(_ value: Value, pretty: Bool, sortKeys: Bool, into out: inout [UInt8])
        throws(EmitError)
    {
        try WriteBuffer.append(to: &out) { buffer throws(EmitError) in
            var writer = JSONTreeWriter(out: buffer, pretty: pretty, sortKeys: sortKeys, keyDepth: 0)
            buffer = []
            defer { buffer = writer.out }
            try writer.write(root: value)
        }
    }
}
