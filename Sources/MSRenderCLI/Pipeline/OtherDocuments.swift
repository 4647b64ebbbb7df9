import MSModel
import MSRender
import MSYAML

/// `--others=error|skip|pass` on build, validate and diff (SPEC 1): what becomes of a
/// document that is not a ModelService.
enum OthersMode: Sendable, Equatable {
    /// It is an error (the default: a stray document is most often a mistake).
    case error
    /// It is left out, and counted on stderr.
    case skip
    /// It is copied into the output unchanged (`PassedObject`).
    case pass

    static let option = OptionSpec(
        "others", .value(placeholder: "error|skip|pass"),
        help: "Documents that are not ModelServices: an error (default), left out, or copied unchanged.",
        example: "--others=skip")

    static func parse(_ value: String?, command: String) throws(UsageError) -> OthersMode {
        switch value ?? "error" {
        case "error": return .error
        case "skip": return .skip
        case "pass": return .pass
        case let other:
            throw UsageError(
                "--others takes error, skip or pass, not \(DecodeMessages.quoted(other))"
                    + UsageError.didYouMean(other, in: ["error", "skip", "pass"]), command: command)
        }
    }
}

/// A document that was left out: how the summary names it.
struct SkippedDocument: Sendable {
    /// `ConfigMap ml/settings`, or the file and line of a document without a kind.
    var name: String
    /// kustomize's own file (`Kustomization`, `Component`): never a resource.
    var isKustomization: Bool
}

/// Decides about one document that is not a ModelService, under `--others`.
///
/// A passed object is checked only as far as msrender relies on it: a mapping with
/// `apiVersion`, `kind` and `metadata.name` (strings), `metadata.namespace` a DNS-1123
/// label when given (it names the object's output folder), tags that resolve, and, for
/// `--format json`, data that JSON can hold. Everything else is the API server's business.
enum OtherDocuments {
    enum Outcome {
        case skipped(SkippedDocument)
        case passed(PassedObject)
        case failed([Diagnostic])
    }

    /// The names kustomize reads as a kustomization (`konfig.RecognizedKustomizationFileNames`).
    static let kustomizationFileNames = ["kustomization.yaml", "kustomization.yml", "Kustomization"]

    static func classify(_ root: Node, file: String, mode: OthersMode, json: Bool) -> Outcome {
        let kustomization = isKustomization(root, file: file)
        switch mode {
        case .error:
            let (apiVersion, kind) = ModelServiceDecoder.identify(root)
            return .failed([BuildPipeline.notAModelService(root, file: file, apiVersion: apiVersion, kind: kind)])
        case .skip:
            return .skipped(
                SkippedDocument(name: kustomization ? file : name(of: root, file: file), isKustomization: kustomization)
            )
        case .pass:
            if kustomization { return .skipped(SkippedDocument(name: file, isKustomization: true)) }
            return passed(root, file: file, json: json)
        }
    }

    /// kustomize's own files: a `Kustomization` or `Component` of kustomize's API group
    /// (Flux's `Kustomization` is a real resource), or a document without a kind in a
    /// file kustomize reads as its kustomization.
    static func isKustomization(_ root: Node, file: String) -> Bool {
        guard case .mapping = root.content else { return false }
        let id = ModelServiceDecoder.identify(root)
        guard let kind = id.kind else {
            let base = file.split(separator: "/").last.map(String.init) ?? file
            return kustomizationFileNames.contains { UTF8Text.equal($0, base) }
        }
        guard UTF8Text.equal(kind, "Kustomization") || UTF8Text.equal(kind, "Component") else { return false }
        return id.apiVersion.map { $0.utf8.starts(with: "kustomize.config.k8s.io/".utf8) } ?? true
    }

    /// `ConfigMap ml/settings`; a document without a kind by its place.
    static func name(of root: Node, file: String) -> String {
        guard let kind = root["kind"]?.scalarText else { return "a document without kind at \(file):\(root.mark)" }
        let metadata = root["metadata"]
        let namespace = metadata?["namespace"]?.scalarText.map { $0 + "/" } ?? ""
        return "\(kind) \(namespace)\(metadata?["name"]?.scalarText ?? "(no name)")"
    }

    private static func passed(_ root: Node, file: String, json: Bool) -> Outcome {
        var problems: [Diagnostic] = []
        func problem(_ message: String, _ node: Node, _ path: String) {
            problems.append(.error(message, file: file, mark: node.mark, path: path))
        }
        guard case .mapping = root.content else {
            problem(Messages.notAnObject, root, "")
            return .failed(problems)
        }
        let apiVersion = required(root, "apiVersion", at: "apiVersion", problem)
        let kind = required(root, "kind", at: "kind", problem)
        var name: String?
        var namespace: String?
        if let metadata = root["metadata"], case .mapping = metadata.content {
            name = required(metadata, "name", at: "metadata.name", problem)
            if let ns = metadata["namespace"], !ns.isNull {
                if let text = ns.stringText, DNS.isDNS1123Label(text) {
                    namespace = text
                } else if !(ns.stringText?.isEmpty ?? false) {
                    problem(Messages.namespace, ns, "metadata.namespace")
                }
            }
        } else {
            problem(Messages.missing("metadata", "a mapping with name"), root["metadata"] ?? root, "metadata")
        }
        var value: Value?
        do throws(YAMLError) {
            let data = try root.toValue()
            if json {
                do throws(EmitError) {
                    var scratch: [UInt8] = []
                    try JSONWriter.write(data, pretty: false, sortKeys: true, into: &scratch)
                    value = data
                } catch {
                    problem(error.message, root.node(at: error.steps) ?? root, error.path)
                }
            }
        } catch {
            problems.append(.error(error.message, file: file, mark: error.mark, path: ""))
        }
        guard problems.isEmpty, let apiVersion, let kind, let name else { return .failed(problems) }
        return .passed(
            PassedObject(
                source: file, node: root, value: value, apiVersion: apiVersion, kind: kind, name: name,
                namespace: namespace))
    }

    /// A non-empty string field, or a problem at the field (or at its mapping when absent).
    private static func required(
        _ node: Node, _ key: String, at path: String, _ problem: (String, Node, String) -> Void
    ) -> String? {
        guard let field = node[key] else {
            problem(Messages.missing(key, "a string"), node, path)
            return nil
        }
        guard let text = field.stringText, !text.isEmpty else {
            problem(Messages.missing(key, "a string"), field, path)
            return nil
        }
        return text
    }

    /// The stderr lines for what was left out (none when nothing was).
    static func summary(_ skipped: [SkippedDocument]) -> [String] {
        var lines: [String] = []
        let others = skipped.filter { !$0.isKustomization }.map(\.name)
        if !others.isEmpty {
            let n = others.count
            lines.append(
                "msrender: skipped \(n) document\(n == 1 ? "" : "s") that \(n == 1 ? "is" : "are") not "
                    + "\(n == 1 ? "a ModelService" : "ModelServices") (\(listed(others)))")
        }
        let kustomizations = skipped.filter(\.isKustomization).map(\.name)
        if !kustomizations.isEmpty {
            let n = kustomizations.count
            lines.append(
                "msrender: left out \(n) kustomize file\(n == 1 ? "" : "s") (\(listed(kustomizations))): "
                    + "kustomize's own files are not resources")
        }
        return lines
    }

    /// At most five names, then how many more.
    private static func listed(_ names: [String]) -> String {
        let shown = names.prefix(5).joined(separator: ", ")
        return names.count > 5 ? shown + ", and \(names.count - 5) more" : shown
    }

    enum Messages {
        static let notAnObject =
            "--others=pass copies Kubernetes objects, and this document is not one (a mapping with apiVersion, kind and metadata.name)"
        static let namespace =
            "a passed object's namespace must be a DNS-1123 label (lowercase letters, digits and '-'), as the API server demands"
        static func missing(_ field: String, _ what: String) -> String {
            "a passed object needs \(field) (\(what)), as kubectl apply does"
        }
    }
}
