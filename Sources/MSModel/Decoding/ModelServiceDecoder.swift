import MSYAML

/// Turns one YAML document into a checked, defaulted ModelService, collecting every
/// problem in the document (errors and the input-level warnings of SPEC section 9).
public enum ModelServiceDecoder {
    public static let apiVersion = "model.otterscale.io/v1alpha1"
    public static let kind = "ModelService"

    /// The result of decoding one document.
    public struct Decoded: Sendable {
        /// nil when any error was found.
        public var modelService: ModelService?
        /// Errors and warnings, in document order.
        public var diagnostics: [Diagnostic]

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// The document's `apiVersion` and `kind` texts, when it is a mapping that has them
    /// as scalars; lets a caller decide whether the document is a ModelService.
    public static func identify(_ node: Node) -> (apiVersion: String?, kind: String?) {
        guard case .mapping(let pairs) = node.content else { return (nil, nil) }
        func text(_ key: String) -> String? {
            pairs.first(where: { $0.key.scalarText.map { UTF8Text.equal($0, key) } ?? false })?.value.scalarText
        }
        return (text("apiVersion"), text("kind"))
    }

    /// Whether `node` is a ModelService document.
    public static func isModelService(_ node: Node) -> Bool {
        let id = identify(node)
        return UTF8Text.equal(id.apiVersion ?? "", apiVersion) && UTF8Text.equal(id.kind ?? "", kind)
    }

    static let topLevelFields = ["apiVersion", "kind", "metadata", "spec", "status"]
    static let requiredTopLevelFields = ["apiVersion", "kind", "metadata", "spec"]

    /// Decodes the root node of a document known to be a ModelService. `file` is the
    /// display name for diagnostics; `defaultNamespace` applies when the document has
    /// no `metadata.namespace`.
    public static func decode(_ document: Node, file: String, defaultNamespace: String?) -> Decoded {
        var checker = SchemaChecker(file: file)
        guard case .mapping(let pairs) = document.content else {
            checker.error(
                DecodeMessages.expected("a mapping (a ModelService object)", found: NodeReading(document)),
                at: document.mark, FieldPath(""))
            return Decoded(modelService: nil, diagnostics: checker.diagnostics)
        }
        var meta: (name: String?, namespace: String?) = (nil, nil)
        var spec: Value?
        var seen: [String] = []  // compared as bytes
        func isOne(of names: [String], _ key: String) -> Bool { names.contains { UTF8Text.equal($0, key) } }
        for pair in pairs {
            guard let key = pair.key.scalarText else {
                checker.error(
                    DecodeMessages.nonStringKey(found: NodeReading(pair.key)), at: pair.key.mark, FieldPath(""))
                continue
            }
            let path = FieldPath(key)
            if pair.value.isNull && isOne(of: topLevelFields, key) { continue }
            seen.append(key)
            if UTF8Text.equal(key, "apiVersion") {
                checker.checkConstant(pair.value, apiVersion, at: path)
            } else if UTF8Text.equal(key, "kind") {
                checker.checkConstant(pair.value, kind, at: path)
            } else if UTF8Text.equal(key, "metadata") {
                meta = checker.checkMetadata(pair.value, at: path, key: pair.key.mark)
            } else if UTF8Text.equal(key, "spec") {
                spec = checker.check(pair.value, .modelServiceSpec, at: path, key: pair.key.mark)
            } else if !UTF8Text.equal(key, "status") {  // status: written by the operator; never read
                let message = FieldPlacement.unknownFieldMessage(key, in: FieldPath(""), known: topLevelFields)
                checker.error(message, at: pair.key.mark, path)
            }
        }
        for required in requiredTopLevelFields where !isOne(of: seen, required) {
            checker.error(DecodeMessages.required(required), at: document.mark, FieldPath(required))
        }
        if let spec { InputRules.check(spec, &checker) }

        // Document order reads best.
        let diagnostics = Diagnostic.inDocumentOrder(checker.diagnostics)
        guard let spec, let name = meta.name, !diagnostics.contains(where: { $0.severity == .error }) else {
            return Decoded(modelService: nil, diagnostics: diagnostics)
        }
        var marks = SourceMap()
        marks.marks = checker.marks
        marks.document = document.mark
        let service = ModelService(
            name: name, namespace: meta.namespace ?? defaultNamespace, spec: SpecExtractor.spec(spec),
            source: file, marks: marks)
        return Decoded(modelService: service, diagnostics: diagnostics)
    }
}

extension SchemaChecker {
    /// `apiVersion` and `kind` must be exactly the ModelService's.
    mutating func checkConstant(_ node: Node, _ expected: String, at path: FieldPath) {
        guard case .string(let text, _) = NodeReading(node) else {
            error(DecodeMessages.expected("a string", found: NodeReading(node)), at: node.mark, path)
            return
        }
        if !UTF8Text.equal(text, expected) {
            error(
                DecodeMessages.mustBe(DecodeMessages.quoted(expected), found: DecodeMessages.quoted(text)),
                at: node.mark, path)
        }
    }
}
