import MSYAML

/// Scalar checks: types as the YAML 1.2 core schema resolves them, then the CRD's
/// enums, lengths and ranges. Quantities come out as their canonical strings.
extension SchemaChecker {
    mutating func checkScalar(_ node: Node, _ schema: Schema, at path: FieldPath) -> Value? {
        let reading = NodeReading(node)
        if case .badTag(let tag) = reading {
            error(DecodeMessages.badTag(tag), at: node.mark, path)
            return nil
        }
        switch schema.kind {
        case .string:
            guard case .string(let text, let plain) = reading else {
                typeError(node, reading, schema, at: path)
                return nil
            }
            // Length first: lowercasing every string (or a 100 MB one) would copy it.
            if plain && text.utf8.count <= 3 && Self.isYAML11Boolean(text) {
                warning(DecodeMessages.yaml11Boolean(text), at: node.mark, path)
            }
            checkString(text, schema, at: node.mark, path)
            return .string(text)
        case .integer:
            switch reading {
            case .int(let v):
                checkRange(v, schema, at: node.mark, path)
                return .int(v)
            case .bigInteger(let text):
                if text.hasPrefix("-"), let min = schema.minimum {
                    error(DecodeMessages.tooSmall(min: min, value: text), at: node.mark, path)
                } else if !text.hasPrefix("-"), let max = schema.maximum {
                    error(DecodeMessages.tooLarge(max: max, value: text), at: node.mark, path)
                } else {
                    error(DecodeMessages.outOfRange(text, range: schema.format.range), at: node.mark, path)
                }
            default:
                typeError(node, reading, schema, at: path)
            }
            return nil
        case .boolean:
            guard case .bool(let b) = reading else {
                typeError(node, reading, schema, at: path)
                return nil
            }
            return .bool(b)
        case .quantity:
            let text: String
            switch reading {
            case .int(let v): text = String(v)
            case .bigInteger(let t): text = t
            case .string(let s, _): text = s
            default:
                typeError(node, reading, schema, at: path)
                return nil
            }
            switch Quantity.parse(text) {
            case .success(let q): return .string(q.canonical)
            case .failure(let e):
                error(DecodeMessages.invalidQuantity(e), at: node.mark, path)
                return nil
            }
        case .object, .map, .array, .opaque:
            return nil
        }
    }

    /// Plain scalars YAML 1.1 readers (kubectl, PyYAML) take for booleans, in any
    /// letter case: yes, no, on, off, y, n (ASCII bytes only).
    static func isYAML11Boolean(_ text: String) -> Bool {
        let lower = text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        return ["yes", "no", "on", "off", "y", "n"].contains { lower.elementsEqual($0.utf8) }
    }

    private mutating func typeError(_ node: Node, _ reading: NodeReading, _ schema: Schema, at path: FieldPath) {
        // A plain number or boolean where text is wanted: say how to make it text.
        var hint: String?
        switch (schema.kind, reading) {
        case (.string, .int), (.string, .bigInteger), (.string, .float), (.string, .bool),
            (.quantity, .float):
            hint = node.scalarText
        default: break
        }
        error(DecodeMessages.expected(schema.expectation, found: reading, quoteHint: hint), at: node.mark, path)
    }

    private mutating func checkString(_ text: String, _ schema: Schema, at mark: Mark, _ path: FieldPath) {
        if !schema.enumValues.isEmpty && !schema.enumValues.contains(where: { UTF8Text.equal($0, text) }) {
            let suggestion = Suggestion.closest(to: text, in: schema.enumValues)
            error(DecodeMessages.notOneOf(text, allowed: schema.enumValues, suggestion: suggestion), at: mark, path)
            return
        }
        let count = text.unicodeScalars.count
        if let min = schema.minLength, count < min {
            error(DecodeMessages.tooShort(min: min, count: count), at: mark, path)
        }
        if let max = schema.maxLength, count > max {
            error(DecodeMessages.tooLong(max: max, count: count), at: mark, path)
        }
    }

    private mutating func checkRange(_ v: Int, _ schema: Schema, at mark: Mark, _ path: FieldPath) {
        if let min = schema.minimum, v < min {
            error(DecodeMessages.tooSmall(min: min, value: String(v)), at: mark, path)
        } else if let max = schema.maximum, v > max {
            error(DecodeMessages.tooLarge(max: max, value: String(v)), at: mark, path)
        } else if !schema.format.range.contains(v) {
            error(DecodeMessages.outOfRange(String(v), range: schema.format.range), at: mark, path)
        }
    }
}
