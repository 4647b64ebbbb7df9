import MSYAML

/// One problem (or warning) found in an input, with where it is and which field.
/// Turned into text in one place, the CLI: `FILE:LINE:COL: error: PATH: message`.
public struct Diagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable { case error, warning }

    public var severity: Severity
    /// The input's display name (`<stdin>` for standard input).
    public var file: String
    public var mark: Mark
    /// The field path, like `spec.decode.parallelism.tensor`; empty for a whole document.
    public var path: String
    public var message: String
    /// The object the problem is in, when the input is a stream of objects whose places
    /// are not the user's file (a KRM function's items); nil otherwise.
    public var subject: DiagnosticSubject? = nil

    public init(_ severity: Severity, file: String, mark: Mark, path: String, message: String) {
        self.severity = severity
        self.file = file
        self.mark = mark
        self.path = path
        self.message = message
    }

    public static func error(_ message: String, file: String, mark: Mark, path: String) -> Diagnostic {
        Diagnostic(.error, file: file, mark: mark, path: path, message: message)
    }

    public static func warning(_ message: String, file: String, mark: Mark, path: String) -> Diagnostic {
        Diagnostic(.warning, file: file, mark: mark, path: path, message: message)
    }

    /// `diagnostics` in document order; the sort is stable, so ties keep discovery order.
    public static func inDocumentOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted {
            ($0.element.mark.offset, $0.offset) < ($1.element.mark.offset, $1.offset)
        }.map(\.element)
    }

    /// `FILE:LINE:COL: error: PATH: message` (PATH and its colon omitted when empty;
    /// LINE:COL omitted for line 0, a problem with no place in a file, like a flag's).
    public var formatted: String {
        let location = path.isEmpty ? "" : "\(path): "
        let position = mark.line > 0 ? ":\(mark.line):\(mark.column)" : ""
        return "\(file)\(position): \(severity.rawValue): \(location)\(message)"
    }
}

/// The object a diagnostic is about, as a KRM function result names it (`resourceRef`),
/// and its index in the file it came from (`file.index`; the file is the diagnostic's).
public struct DiagnosticSubject: Sendable, Hashable {
    public var apiVersion: String
    public var kind: String
    /// nil when the object has no usable name (then it cannot be a `resourceRef`).
    public var name: String?
    public var namespace: String?
    /// The object's index in that file (its `config.kubernetes.io/index` annotation).
    public var index: Int?

    public init(apiVersion: String, kind: String, name: String?, namespace: String?, index: Int?) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.name = name
        self.namespace = namespace
        self.index = index
    }
}
