/// Reads untagged plain scalars by the YAML 1.2 core schema.
///
/// | text | value |
/// |---|---|
/// | `null`, `Null`, `NULL`, `~`, empty | null |
/// | `true`, `True`, `TRUE`, `false`, `False`, `FALSE` | bool |
/// | `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+` | int |
/// | `[-+]?(\.[0-9]+\|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?.inf`, `.nan` (3 casings) | float |
/// | anything else | string |
///
/// Numbers keep their text (`Number`); `NumberSyntax` is the grammar. The writer asks
/// the same resolver whether a string could be written plain.
public enum Resolver {
    public static func isNull(_ s: String) -> Bool {
        let u = s.utf8
        switch u.count {
        case 0: return true
        case 1: return u.first == 0x7E
        case 4: return u.elementsEqual("null".utf8) || u.elementsEqual("Null".utf8) || u.elementsEqual("NULL".utf8)
        default: return false
        }
    }

    public static func bool(_ s: String) -> Bool? {
        let u = s.utf8
        switch u.count {
        case 4:
            if u.elementsEqual("true".utf8) || u.elementsEqual("True".utf8) || u.elementsEqual("TRUE".utf8) {
                return true
            }
        case 5:
            if u.elementsEqual("false".utf8) || u.elementsEqual("False".utf8) || u.elementsEqual("FALSE".utf8) {
                return false
            }
        default: break
        }
        return nil
    }

    /// The value of a plain scalar under the core schema. A number keeps its text,
    /// whatever its size: `12345678901234567890` is an integer, not a rounded float.
    public static func resolvePlain(_ s: String) -> Value {
        if isNull(s) { return .null }
        if let b = bool(s) { return .bool(b) }
        if let n = number(s) { return .number(n) }
        return .string(s)
    }

    /// The number a plain scalar denotes under the core schema, or nil.
    public static func number(_ s: String) -> Number? {
        // Fast reject before touching the rest: numbers start with a digit, sign or dot.
        guard let first = s.utf8.first, isDigit(first) || first == 0x2B || first == 0x2D || first == 0x2E else {
            return nil
        }
        var text = s
        guard let syntax = text.withUTF8({ NumberSyntax.parse($0) }) else { return nil }
        return Number(unchecked: s, kind: syntax.isInteger ? .integer : .float)
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
}
