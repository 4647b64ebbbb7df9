import MSModel

/// Reads an explain PATH: dot-separated field names, optionally led by the kind
/// (`modelservice.`, any case, as kubectl takes it); `[...]` suffixes, as diagnostics print
/// list indexes and map keys (`env[2]`, `limits[nvidia.com/gpu]`), are dropped.
public enum ExplainPath {
    /// Why a PATH names no field: the path up to the problem and what is wrong.
    public struct Problem: Error, Sendable, Equatable {
        public let path: String
        public let message: String
    }

    /// The field PATH names in the ModelService document.
    public static func resolve(_ text: String) -> Result<FieldDoc, Problem> {
        let segments: [String]
        switch split(text) {
        case .success(let s): segments = s
        case .failure(let p): return .failure(p)
        }
        var rest = segments[...]
        if let first = rest.first, kindNames.contains(first.lowercased()) { rest = rest.dropFirst() }
        var node = FieldDoc.modelService
        for name in rest {
            guard let next = node.child(name) else {
                let at = node.path.isEmpty ? name : node.path + "." + name
                if node.children.isEmpty {
                    return .failure(Problem(path: at, message: "\(describe(node)) has no fields"))
                }
                var message = "unknown field \"\(name)\""
                if let near = Suggestion.closest(to: name, in: node.children.map(\.name)) {
                    message += "; did you mean '\(node.path.isEmpty ? near : node.path + "." + near)'?"
                }
                return .failure(Problem(path: at, message: message))
            }
            node = next
        }
        return .success(node)
    }

    /// `ModelService`, its plural, as kubectl accepts the resource.
    static let kindNames = ["modelservice", "modelservices"]

    private static func split(_ text: String) -> Result<[String], Problem> {
        var segments: [String] = []
        var current = ""
        var inBracket = false
        for c in text {
            if inBracket {
                if c == "]" { inBracket = false }
                continue
            }
            switch c {
            case "[": inBracket = true
            case "]": return .failure(Problem(path: text, message: "']' without '['"))
            case ".":
                segments.append(current)
                current = ""
            default: current.append(c)
            }
        }
        if inBracket { return .failure(Problem(path: text, message: "'[' without ']'")) }
        segments.append(current)
        if segments.contains(where: \.isEmpty) {
            return .failure(Problem(path: text, message: "empty field name (use dots between names: spec.decode)"))
        }
        return .success(segments)
    }

    private static func describe(_ node: FieldDoc) -> String {
        "\(node.path) (\(ExplainText.typeName(node.schema)))"
    }
}
