/// Where a field that is unknown at one place belongs instead, found in the schema
/// tables themselves: `spec.tolerations` is a field of `spec.decode` and `spec.prefill`,
/// `spec.args` of `spec.engine`, a top-level `replicas` of the roles.
///
/// The search widens from the object the field was written in to its ancestors, and
/// takes the nearest holders (fewest fields deep) in the first scope that has any. Holders
/// inside a list item (`spec.engine.env[]`) are only chosen when no holder outside one is
/// found at any scope: `engine.name` means the model's name more often than an env entry's.
enum FieldPlacement {
    /// An object schema that has a field of some name: its path and how deep the field is.
    struct Holder: Sendable {
        var name: String
        var path: String
        var depth: Int
    }

    /// The ModelService document: what the decoder reads at the top level.
    static let document: Schema = .object([
        ("apiVersion", .string()),
        ("kind", .string()),
        ("metadata", SchemaChecker.metadataSchema),
        ("spec", .modelServiceSpec),
    ])

    /// Every field name of the document schema, with the objects that hold it in schema order.
    static let holders: [String: [Holder]] = {
        var index: [String: [Holder]] = [:]
        // The recursion follows the schema (finite and acyclic), never the input.
        func walk(_ schema: Schema, _ path: String, _ depth: Int) {
            switch schema.kind {
            case .object:
                for (name, child) in schema.properties {
                    index[name, default: []].append(Holder(name: name, path: path, depth: depth + 1))
                    walk(child, path.isEmpty ? name : path + "." + name, depth + 1)
                }
            case .array: if let item = schema.element { walk(item, path + "[]", depth) }
            default: break
            }
        }
        walk(document, "", 0)
        return index
    }()

    /// What to say of a field `name` the object at `parent` does not have: where it
    /// belongs when another object has it, else the nearest of the `known` names (a typo).
    static func unknownFieldMessage(_ name: String, in parent: FieldPath, known: [String]) -> String {
        let places = holders(of: name, unknownIn: parent)
        if !places.isEmpty { return DecodeMessages.misplacedField(name, holders: places) }
        return DecodeMessages.unknownField(name, suggestion: Suggestion.closest(to: name, in: known))
    }

    /// The paths of the objects `name` belongs in when it is unknown in the object at
    /// `parent` (`""` for the top level); empty when no other object has it.
    static func holders(of name: String, unknownIn parent: FieldPath) -> [String] {
        let all = (holders[name] ?? []).filter { $0.name.utf8.elementsEqual(name.utf8) }
        guard !all.isEmpty else { return [] }
        for allowLists in [false, true] {
            var scope = schemaPath(parent.text)
            while true {
                let inScope = all.filter { holder in
                    guard let rest = below(holder.path, scope) else { return false }
                    return allowLists || !rest.contains("[]")
                }
                if let nearest = inScope.map(\.depth).min() {
                    return inScope.filter { $0.depth == nearest }.map(\.path)
                }
                guard let up = enclosing(scope) else { break }
                scope = up
            }
        }
        return []
    }

    /// `spec.engine.env[2]` as the schema writes it: `spec.engine.env[]`.
    static func schemaPath(_ path: String) -> String {
        var out = ""
        var inIndex = false
        for c in path {
            if c == "[" {
                inIndex = true
                out += "[]"
            } else if c == "]" {
                inIndex = false
            } else if !inIndex {
                out.append(c)
            }
        }
        return out
    }

    /// The part of `path` below `scope` (`""` when equal), or nil when outside it.
    private static func below(_ path: String, _ scope: String) -> String? {
        if scope.isEmpty { return path }
        guard path.utf8.starts(with: scope.utf8) else { return nil }
        let rest = String(decoding: path.utf8.dropFirst(scope.utf8.count), as: UTF8.self)
        return rest.isEmpty || rest.hasPrefix(".") || rest.hasPrefix("[") ? rest : nil
    }

    /// The object enclosing `scope` (`spec.engine.env[]` → `spec.engine.env` → `spec.engine`), nil at the top.
    private static func enclosing(_ scope: String) -> String? {
        if scope.isEmpty { return nil }
        if scope.hasSuffix("[]") { return String(scope.dropLast(2)) }
        guard let dot = scope.lastIndex(of: ".") else { return "" }
        return String(scope[..<dot])
    }
}
