import MSModel
import MSRender
import MSYAML

/// Reads a `--config` document: the keys of SPEC section 2, strictly (unknown keys and
/// wrong types are errors with their position), applied onto `RenderOptions`.
///
///     provider: istio
///     tracing: {enabled: true, otelExporterEndpoint: http://otel:4317}
///     eppFlags: {v: "2"}
///     imageMirrors: {ghcr.io: registry.local:5000/ghcr}
struct ConfigFile {
    var file: String
    var diagnostics: [Diagnostic] = []

    static let keys = [
        "provider", "metricsEndpointAuth", "defaultGatewayName", "kitImage", "defaultEngineImage",
        "defaultEPPImage", "defaultRoutingProxyImage", "tracing", "eppFlags", "versionLabel", "namespace",
        "imageMirrors",
    ]
    static let tracingKeys = ["enabled", "otelExporterEndpoint", "sampler", "samplerArg"]

    init(file: String) { self.file = file }

    /// Applies the settings of a config file's text onto `options`.
    mutating func apply(_ bytes: [UInt8], to options: inout RenderOptions) {
        let documents: [Document]
        do throws(YAMLError) { documents = try YAMLReader.read(bytes) } catch {
            diagnostics.append(.error(error.message, file: file, mark: error.mark, path: ""))
            return
        }
        let nonEmpty = documents.filter { !$0.root.isNull }
        guard nonEmpty.count <= 1 else {
            diagnostics.append(
                .error(
                    "a config file holds one document, found \(nonEmpty.count)", file: file, mark: nonEmpty[1].start,
                    path: ""))
            return
        }
        guard let root = nonEmpty.first?.root else { return }
        for (key, value) in entries(root, path: "") {
            let k = key.scalarText ?? ""
            switch k {
            case "provider":
                if let s = string(value, "provider") {
                    if let p = Provider(rawValue: s) {
                        options.provider = p
                    } else {
                        error(value, "provider", "must be one of istio, gke, none; found \(DecodeMessages.quoted(s))")
                    }
                }
            case "metricsEndpointAuth": if let b = bool(value, k) { options.metricsEndpointAuth = b }
            case "defaultGatewayName":
                if let s = string(value, k) { set(value, k, &options) { $0.defaultGatewayName = s } }
            case "kitImage": if let s = string(value, k) { set(value, k, &options) { $0.kitImage = s } }
            case "defaultEngineImage":
                if let s = string(value, k) { set(value, k, &options) { $0.defaultEngineImage = s } }
            case "defaultEPPImage": if let s = string(value, k) { set(value, k, &options) { $0.defaultEPPImage = s } }
            case "defaultRoutingProxyImage":
                if let s = string(value, k) { set(value, k, &options) { $0.defaultRoutingProxyImage = s } }
            case "versionLabel": if let s = string(value, k) { set(value, k, &options) { $0.versionLabel = s } }
            case "namespace": if let s = string(value, k) { set(value, k, &options) { $0.namespace = s } }
            case "eppFlags":
                for (fk, fv) in entries(value, path: k) {
                    guard let name = string(fk, k), let v = string(fv, "eppFlags.\(name)") else { continue }
                    set(fk, k, &options) { $0.eppFlags.append((key: name, value: v)) }
                }
            case "imageMirrors":
                for (fk, fv) in entries(value, path: k) {
                    guard let from = string(fk, k), let to = string(fv, "imageMirrors.\(from)") else { continue }
                    if let problem = ImageMirrors.problem(from) {
                        error(fk, "imageMirrors.\(from)", "FROM \(problem)")
                    } else if let problem = ImageMirrors.problem(to) {
                        error(fv, "imageMirrors.\(from)", "TO \(problem)")
                    } else {
                        let origin = ImageMirror.Origin.config(file: file, mark: fk.mark)
                        options.imageMirrors.append(ImageMirror(from: from, to: to, origin: origin))
                    }
                }
            case "tracing":
                for (tk, tv) in entries(value, path: k) {
                    let t = tk.scalarText ?? ""
                    let path = "tracing.\(t)"
                    switch t {
                    case "enabled": if let b = bool(tv, path) { options.tracing.enabled = b }
                    case "otelExporterEndpoint":
                        if let s = string(tv, path) { options.tracing.otelExporterEndpoint = s }
                    case "sampler": if let s = string(tv, path) { options.tracing.sampler = s }
                    case "samplerArg": if let s = string(tv, path) { options.tracing.samplerArg = s }
                    default: unknown(tk, path, Self.tracingKeys)
                    }
                }
            default:
                unknown(key, k, Self.keys)
            }
        }
    }

    /// Applies one setting when its value passes the rules the flags pass
    /// (`Settings.problems`, judged on this value alone); otherwise an error at `node`.
    private mutating func set(
        _ node: Node, _ path: String, _ options: inout RenderOptions, _ change: (inout RenderOptions) -> Void
    ) {
        var alone = RenderOptions()
        change(&alone)
        if let problem = Settings.problems(alone).first {
            error(node, path, problem)
        } else {
            change(&options)
        }
    }

    private mutating func entries(_ node: Node, path: String) -> [(Node, Node)] {
        if node.isNull { return [] }
        guard case .mapping(let pairs) = node.content else {
            error(node, path, "expected a mapping, found \(Self.describe(node))")
            return []
        }
        return pairs.filter { !$0.value.isNull }.map { ($0.key, $0.value) }
    }

    private mutating func string(_ node: Node, _ path: String) -> String? {
        guard case .scalar(let text, let style) = node.content else {
            error(node, path, "expected a string, found \(Self.describe(node))")
            return nil
        }
        if style != .plain || node.tag == Tag.str || node.tag == "!" { return text }
        if node.tag == nil, case .string = Resolver.resolvePlain(text) { return text }
        error(node, path, "expected a string, found \(Self.describe(node)); quote it (\(DecodeMessages.quoted(text)))")
        return nil
    }

    private mutating func bool(_ node: Node, _ path: String) -> Bool? {
        if case .scalar(let text, .plain) = node.content, node.tag == nil || node.tag == Tag.bool,
            let b = Resolver.bool(text)
        {
            return b
        }
        error(node, path, "expected true or false, found \(Self.describe(node))")
        return nil
    }

    private mutating func unknown(_ key: Node, _ path: String, _ known: [String]) {
        error(key, path, "unknown setting" + UsageError.didYouMean(key.scalarText ?? "", in: known))
    }

    private mutating func error(_ node: Node, _ path: String, _ message: String) {
        diagnostics.append(.error(message, file: file, mark: node.mark, path: path))
    }

    static func describe(_ node: Node) -> String {
        switch node.content {
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .scalar(let text, let style):
            guard style == .plain, node.tag == nil else { return "the string \(DecodeMessages.quoted(text))" }
            switch Resolver.resolvePlain(text) {
            case .number: return "the number \(text)"
            case .bool: return "the boolean \(text)"
            case .null: return "null"
            default: return "the string \(DecodeMessages.quoted(text))"
            }
        }
    }
}
