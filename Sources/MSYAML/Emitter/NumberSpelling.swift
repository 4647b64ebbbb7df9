/// How the writers spell a number: its own text when every reader of the output reads
/// that text as the same number, otherwise an exact respelling of the same value,
/// made on the text (never through a Double, so no digit is lost).
///
/// | text | YAML | JSON | why |
/// |---|---|---|---|
/// | `12345678901234567890`, `1.10`, `-0.5`, `0x1F` | as is | as is, `31` | all readers agree |
/// | `0o17` | `15` | `15` | YAML 1.1 reads `0o17` as a string; JSON has no octal |
/// | `010` | `10` | `10` | YAML 1.1 reads a leading 0 as octal (8) |
/// | `1e3`, `.5`, `+1.5E3` | `1.0e+3`, `0.5`, `+1.5E+3` | `1e3`, `0.5`, `1.5E3` | YAML 1.1 floats need a dot and a signed exponent; JSON needs a digit before the dot and no `+` |
/// | `!!float 1` | `1.0` | `1.0` | plain `1` would read as an integer |
/// | `.inf`, `.nan` | as is | refused | JSON has no such numbers |
enum NumberSpelling {
    /// Appends the YAML spelling of `n`.
    static func writeYAML(_ n: Number, to out: inout [UInt8]) {
        n.withSyntax { u, s in
            // `.inf` and `.nan` read the same everywhere; a radix form too long to
            // convert stays as written (exact for YAML 1.2 readers) rather than change.
            if s.special != .none || isYAMLExact(u, s, kind: n.kind) || !isConvertible(u, s) {
                out.append(contentsOf: u)
                return
            }
            if s.sign != 0 { out.append(s.sign) }
            writeMagnitude(u, s, kind: n.kind, to: &out)
            guard n.kind == .float, s.radix == 10, let e = s.exponentAt else { return }
            out.append(u[e])
            out.append(s.exponentSign == 0 ? 0x2B : s.exponentSign)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: u[s.exponent]))
        }
    }

    /// Whether `writeMagnitude` can write the digits (a radix form is converted only up
    /// to `RadixDigits.maxDigits`).
    private static func isConvertible(_ u: UnsafeBufferPointer<UInt8>, _ s: NumberSyntax) -> Bool {
        s.radix == 10 || NumberSyntax.significant(u, s.digits).count <= RadixDigits.maxDigits
    }

    /// Whether YAML 1.1 readers (PyYAML, go-yaml v2) and 1.2 readers all read the text
    /// as this number: decimal integers without a leading zero, hex integers, floats
    /// with digits before a dot and a signed exponent, and the infinities and NaN.
    private static func isYAMLExact(_ u: UnsafeBufferPointer<UInt8>, _ s: NumberSyntax, kind: Number.Kind) -> Bool {
        if s.special != .none { return kind == .float }
        if kind == .integer {
            return s.radix == 16 || (s.radix == 10 && (s.digits.count == 1 || u[s.digits.lowerBound] != 0x30))
        }
        return s.radix == 10 && !s.digits.isEmpty && s.hasDot && (s.exponentAt == nil || s.exponentSign != 0)
    }

    /// The digits, the dot and the fraction without sign or exponent, respelled as
    /// needed: decimal for other radixes, no leading zeros for integers, a digit before
    /// and after a float's dot. YAML and JSON share it.
    private static func writeMagnitude(
        _ u: UnsafeBufferPointer<UInt8>, _ s: NumberSyntax, kind: Number.Kind, to out: inout [UInt8]
    ) {
        if s.radix != 10 {
            // Callers check isConvertible first.
            out += RadixDigits.decimal(u, s.digits, radix: s.radix) ?? []
            if kind == .float { out += ".0".utf8 }
            return
        }
        let significant = NumberSyntax.significant(u, s.digits)
        if significant.isEmpty {
            out.append(0x30)
        } else {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: u[significant]))
        }
        guard kind == .float else { return }
        out.append(0x2E)
        if s.fraction.isEmpty {
            out.append(0x30)
        } else {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: u[s.fraction]))
        }
    }

    /// Why a number has no exact JSON spelling.
    enum JSONRefusal: Error {
        case notFinite
        case tooManyDigits
    }

    /// Appends a JSON number with exactly the value of `n`: no `+`, no leading zeros, a
    /// digit on both sides of a dot, decimal for every radix (integers of any size stay
    /// integers). `.inf`, `.nan` and radix forms longer than `RadixDigits.maxDigits`
    /// are refused, never changed.
    static func writeJSON(_ n: Number, to out: inout [UInt8]) throws(JSONRefusal) {
        let refusal: JSONRefusal? = n.withSyntax { u, s in
            if s.special != .none { return .notFinite }
            if !isConvertible(u, s) { return .tooManyDigits }
            if s.negative { out.append(0x2D) }
            if n.kind == .float && s.radix == 10 && !s.hasDot && s.exponentAt != nil {
                // `1e3` is a JSON float as it is.
                let significant = NumberSyntax.significant(u, s.digits)
                out.append(contentsOf: significant.isEmpty ? [0x30] : Array(u[significant]))
            } else {
                writeMagnitude(u, s, kind: n.kind, to: &out)
            }
            if n.kind == .float, s.radix == 10, let e = s.exponentAt {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: u[e..<u.count]))
            }
            return nil
        }
        if let refusal { throw refusal }
    }

    /// The shortest text that reads back as exactly `d`, in a form every YAML 1.1 and 1.2
    /// reader takes for a float: always a `.` (1.1 needs it: `1e+20` would be a string)
    /// and a signed exponent (`1.0e+20`, `1.0e-05`); `.inf`, `-.inf`, `.nan`.
    static func writeFloat(_ d: Double, to out: inout [UInt8]) {
        if d.isNaN {
            out += ".nan".utf8
            return
        }
        if d.isInfinite {
            out += (d < 0 ? "-.inf" : ".inf").utf8
            return
        }
        var text = d.description  // Swift prints the shortest round-tripping digits
        text.withUTF8 { b in
            guard let e = b.firstIndex(of: 0x65) else {
                out.append(contentsOf: b)  // "100.0", "0.1": already has a dot
                return
            }
            let mantissa = UnsafeBufferPointer(rebasing: b[..<e])
            out.append(contentsOf: mantissa)
            if !mantissa.contains(0x2E) { out += ".0".utf8 }
            out.append(0x65)
            if e + 1 < b.count && b[e + 1] != 0x2B && b[e + 1] != 0x2D { out.append(0x2B) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[(e + 1)...]))
        }
    }
}
