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
/// The writer asks the same resolver whether a string could be written plain.
public enum Resolver {
    public static func isNull(_ s: String) -> Bool {
        s.isEmpty || s == "~" || s == "null" || s == "Null" || s == "NULL"
    }

    public static func bool(_ s: String) -> Bool? {
        switch s {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    /// The value of a plain scalar under the core schema. An integer too large for
    /// `Int` resolves to a float.
    public static func resolvePlain(_ s: String) -> Value {
        if isNull(s) { return .null }
        if let b = bool(s) { return .bool(b) }
        if let n = numeric(s) { return n }
        return .string(s)
    }

    /// The number a plain scalar denotes under the core schema, or nil.
    public static func numeric(_ s: String) -> Value? {
        // Fast reject before touching the rest: numbers start with a digit, sign or dot.
        guard let first = s.utf8.first, isDigit(first) || first == 0x2B || first == 0x2D || first == 0x2E else {
            return nil
        }
        var text = s
        return text.withUTF8 { numeric(utf8: $0, s) }
    }

    /// `numeric` over the string's own UTF-8 storage (no copy, however long it is).
    private static func numeric(utf8 u: UnsafeBufferPointer<UInt8>, _ s: String) -> Value? {
        if u.count > 2 && u[0] == 0x30 && (u[1] == 0x6F || u[1] == 0x78) {
            let radix = u[1] == 0x6F ? 8 : 16
            let digits = String(decoding: u[2...], as: UTF8.self)
            guard digits.utf8.allSatisfy({ isDigit($0, radix: radix) }) else { return nil }
            if let v = Int(digits, radix: radix) { return .int(v) }
            return .float(bigToDouble(digits, radix: radix))
        }
        var i = 0
        if u[i] == 0x2B || u[i] == 0x2D { i += 1 }
        let rest = u[i...]
        if rest.elementsEqual(".inf".utf8) || rest.elementsEqual(".Inf".utf8)
            || rest.elementsEqual(".INF".utf8)
        {
            return .float(u[0] == 0x2D ? -Double.infinity : Double.infinity)
        }
        if i == 0 && (s == ".nan" || s == ".NaN" || s == ".NAN") { return .float(Double.nan) }
        // [0-9]+ (\.[0-9]*)? | \.[0-9]+, then an optional exponent.
        var intDigits = 0
        while i < u.count && isDigit(u[i]) {
            i += 1
            intDigits += 1
        }
        var isFloat = false
        var fracDigits = 0
        if i < u.count && u[i] == 0x2E {
            isFloat = true
            i += 1
            while i < u.count && isDigit(u[i]) {
                i += 1
                fracDigits += 1
            }
        }
        guard intDigits > 0 || fracDigits > 0 else { return nil }
        if i < u.count && (u[i] == 0x65 || u[i] == 0x45) {
            isFloat = true
            i += 1
            if i < u.count && (u[i] == 0x2B || u[i] == 0x2D) { i += 1 }
            var expDigits = 0
            while i < u.count && isDigit(u[i]) {
                i += 1
                expDigits += 1
            }
            guard expDigits > 0 else { return nil }
        }
        guard i == u.count else { return nil }
        if !isFloat, let v = Int(s.hasPrefix("+") ? String(s.dropFirst()) : s) { return .int(v) }
        guard let d = Double(s) else { return nil }
        return .float(d)
    }

    private static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    private static func isDigit(_ c: UInt8, radix: Int) -> Bool {
        if radix == 8 { return c >= 0x30 && c <= 0x37 }
        return isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46)
    }

    private static func bigToDouble(_ digits: String, radix: Int) -> Double {
        var d = 0.0
        for c in digits.utf8 {
            let v: Int
            switch c {
            case 0x30...0x39: v = Int(c - 0x30)
            case 0x61...0x66: v = Int(c - 0x61 + 10)
            default: v = Int(c - 0x41 + 10)
            }
            d = d * Double(radix) + Double(v)
        }
        return d
    }
}
