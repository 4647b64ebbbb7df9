/// Keys as YAML compares them (YAML 1.2, 3.2.1.3: equal tag and canonical form):
/// `1`, `+1`, `0x1` and `0o1` are one key; `1.10`, `1.1` and `11e-1` are one key; `1`
/// and `1.0` are two (integer and float), as are `1` and `"1"` (integer and string).
/// Strings are their bytes, so `"café"` in NFC and in NFD are two keys.
extension Value {
    /// A Value that is equal (`==`) for two keys exactly when YAML calls them the same
    /// key: strings, booleans and null as they are, numbers in a canonical spelling.
    /// Collections are themselves (compared entry by entry).
    public var keyIdentity: Value {
        guard case .number(let n) = self else { return self }
        let text = n.withSyntax { KeyIdentity.canonical($0, $1, float: n.kind == .float) }
        return .number(Number(unchecked: text, kind: n.kind))
    }
}

/// The canonical spellings behind `keyIdentity`; internal forms, never written.
enum KeyIdentity {
    /// Integers: `-` and decimal digits without leading zeros (`0` for zero).
    /// Floats: `-` (not for zero), significant digits and a decimal exponent (`11e-1`);
    /// `inf`, `-inf`, `nan`. Text that cannot be brought into that form within the
    /// limits (a radix form of more than `RadixDigits.maxDigits` digits, an exponent of
    /// more than 15 digits) keeps its own text after a `~`: then only the same
    /// spelling is the same key.
    static func canonical(_ u: UnsafeBufferPointer<UInt8>, _ s: NumberSyntax, float: Bool) -> String {
        switch s.special {
        case .infinity: return s.negative ? "-inf" : "inf"
        case .nan: return "nan"
        case .none: break
        }
        var digits: [UInt8]
        var exponent = 0
        if s.radix != 10 {
            guard let d = RadixDigits.decimal(u, s.digits, radix: s.radix) else { return own(u) }
            digits = d
        } else {
            digits = Array(u[s.digits]) + Array(u[s.fraction])
            exponent = -s.fraction.count
            if s.exponentAt != nil {
                let e = NumberSyntax.significant(u, s.exponent)
                guard e.count <= 15 else { return own(u) }
                let magnitude = u[e].reduce(0) { $0 * 10 + Int($1 - 0x30) }
                exponent += s.exponentSign == 0x2D ? -magnitude : magnitude
            }
        }
        let first = digits.firstIndex { $0 != 0x30 } ?? digits.count
        digits.removeFirst(first)
        if digits.isEmpty { return "0" }
        if float {
            while digits.last == 0x30 {
                digits.removeLast()
                exponent += 1
            }
        }
        var out = s.negative ? "-" : ""
        out += String(decoding: digits, as: UTF8.self)
        if float { out += "e\(exponent)" }
        return out
    }

    private static func own(_ u: UnsafeBufferPointer<UInt8>) -> String {
        "~" + String(decoding: u, as: UTF8.self)
    }
}
