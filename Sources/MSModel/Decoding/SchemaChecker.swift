import MSYAML

/// Checks a Node tree against a Schema the way the API server treats a custom object:
/// explicit nulls are pruned, CRD defaults are filled in where the parent object is
/// present, and every violation is recorded (the walk never stops at the first).
///
/// The result is a plain `Value` tree that matches the schema, so the typed extraction
/// after it cannot fail. Recursion follows the schema, never the input, so its depth
/// is bounded by the CRD's (unknown fields are reported, not descended into).
struct SchemaChecker {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Where each written field path's value starts.
    private(set) var marks = PathMarks(capacity: 64)
    /// Where the key of each written mapping entry starts: a bad key, or a problem with
    /// a whole map (its total size), is reported there.
    private(set) var keyMarks = PathMarks(capacity: 64)

    init(file: String) { self.file = file }

    mutating func error(_ message: String, at mark: Mark, _ path: FieldPath) {
        diagnostics.append(.error(message, file: file, mark: mark, path: path.text))
    }

    mutating func warning(_ message: String, at mark: Mark, _ path: FieldPath) {
        diagnostics.append(.warning(message, file: file, mark: mark, path: path.text))
    }

    /// The checked, pruned and defaulted value of a non-null `node`, or nil when it
    /// cannot be used (the reason is already recorded). `key` is where the key of a
    /// field's value was written: a missing required field of an object is reported
    /// there (`spec:` for a missing `spec.decode`), not at the object's first child.
    mutating func check(_ node: Node, _ schema: Schema, at path: FieldPath, key: Mark? = nil) -> Value? {
        if schema.kind == .opaque { return nil }
        marks[path.text] = node.mark
        switch schema.kind {
        case .opaque: return nil
        case .object: return checkObject(node, schema, at: path, key: key)
        case .map: return checkMap(node, schema, at: path)
        case .array: return checkArray(node, schema, at: path)
        case .string, .integer, .boolean, .quantity: return checkScalar(node, schema, at: path)
        }
    }

    private mutating func checkObject(_ node: Node, _ schema: Schema, at path: FieldPath, key: Mark?) -> Value? {
        guard case .mapping(let pairs) = node.content else {
            error(DecodeMessages.expected("a mapping", found: NodeReading(node)), at: node.mark, path)
            return nil
        }
        var entries: [Value.Entry] = []
        var present: [String] = []  // a few names, compared as bytes
        for pair in pairs {
            guard let name = keyName(pair.key, in: path) else { continue }
            let childPath = path.child(name)
            guard let field = schema.property(name) else {
                let message = FieldPlacement.unknownFieldMessage(
                    name, in: path, known: schema.properties.map(\.name))
                error(message, at: pair.key.mark, childPath)
                continue
            }
            // An explicit null means "absent", so a default may still apply below.
            if pair.value.isNull { continue }
            present.append(name)
            keyMarks[childPath.text] = pair.key.mark
            if let value = check(pair.value, field, at: childPath, key: pair.key.mark) {
                entries.append(Value.Entry(key: .string(name), value: value))
            }
        }
        for (name, field) in schema.properties where !present.contains(where: { UTF8Text.equal($0, name) }) {
            if let value = field.defaultValue { entries.append(Value.Entry(key: .string(name), value: value)) }
        }
        for name in schema.required where !present.contains(where: { UTF8Text.equal($0, name) }) {
            error(DecodeMessages.required(name), at: key ?? node.mark, path.child(name))
        }
        return .mapping(entries)
    }

    private mutating func checkMap(_ node: Node, _ schema: Schema, at path: FieldPath) -> Value? {
        guard case .mapping(let pairs) = node.content else {
            error(DecodeMessages.expected("a mapping", found: NodeReading(node)), at: node.mark, path)
            return nil
        }
        guard let element = schema.element else { return .mapping([]) }
        var entries: [Value.Entry] = []
        // A string map's keys are their text (SPEC 8), so `1` and `"1"` are one key;
        // the reader took them for two. Compared as bytes (a `.string` Value's hash).
        var seen: [Value: Node] = [:]
        for pair in pairs {
            guard let key = keyName(pair.key, in: path) else { continue }
            if let first = seen.updateValue(pair.key, forKey: .string(key)) {
                let message = DecodeMessages.duplicateKey(
                    key, first: Self.asWritten(first), at: first.mark, second: Self.asWritten(pair.key))
                error(message, at: pair.key.mark, path.key(key))
                continue
            }
            guard !pair.value.isNull else { continue }
            keyMarks[path.key(key).text] = pair.key.mark
            if let value = check(pair.value, element, at: path.key(key), key: pair.key.mark) {
                entries.append(Value.Entry(key: .string(key), value: value))
            }
        }
        return .mapping(entries)
    }

    private mutating func checkArray(_ node: Node, _ schema: Schema, at path: FieldPath) -> Value? {
        guard case .sequence(let items) = node.content else {
            error(DecodeMessages.expected("a sequence", found: NodeReading(node)), at: node.mark, path)
            return nil
        }
        guard let element = schema.element else { return .sequence([]) }
        var values: [Value] = []
        for (i, item) in items.enumerated() {
            // The API server prunes null fields, not null list items: those stay type errors.
            if item.isNull {
                error(DecodeMessages.expected(element.expectation, found: .null), at: item.mark, path.index(i))
                continue
            }
            if let value = check(item, element, at: path.index(i)) { values.append(value) }
        }
        return .sequence(values)
    }

    /// A scalar key as the input spelled it, for messages: `1`, `"1"`, `!!str 1`.
    static func asWritten(_ key: Node) -> String {
        guard case .scalar(let text, let style) = key.content else { return "a collection" }
        let tag = key.tag.map { Tag.short($0) + " " } ?? ""
        return tag + (style == .plain ? DecodeMessages.clipped(text) : DecodeMessages.quoted(text))
    }

    /// A mapping key's text. Scalar keys of any type are read as their text (`1: a` is
    /// the key "1"), as Kubernetes' YAML-to-JSON step does; collections cannot be keys.
    private mutating func keyName(_ key: Node, in path: FieldPath) -> String? {
        if let text = key.scalarText { return text }
        error(DecodeMessages.nonStringKey(found: NodeReading(key)), at: key.mark, path)
        return nil
    }
}

extension Schema {
    /// How a type error names what was expected here.
    var expectation: String {
        switch kind {
        case .string: return "a string"
        case .integer: return "an integer"
        case .boolean: return "a boolean (true or false)"
        case .quantity: return "an integer or a quantity string (like \"500m\" or \"1Gi\")"
        case .object, .map: return "a mapping"
        case .array: return "a sequence"
        case .opaque: return "a value"
        }
    }
}

extension SchemaChecker {
    /// Where `path` was written, else its nearest written ancestor, else the start.
    func mark(for path: FieldPath) -> Mark { marks.nearest(path.text) ?? .start }

    /// Whether `path` was written in the input (not defaulted, not null).
    func isWritten(_ path: FieldPath) -> Bool { marks[path.text] != nil }

    mutating func error(_ message: String, _ path: FieldPath) { error(message, at: mark(for: path), path) }

    /// An error at the key that wrote `path` (else where its value is).
    mutating func error(_ message: String, atKeyOf path: FieldPath) {
        error(message, at: keyMarks[path.text] ?? mark(for: path), path)
    }

    mutating func warning(_ message: String, _ path: FieldPath) { warning(message, at: mark(for: path), path) }
}
