import MSModel

/// Checks, before rendering, what the API server would reject in the rendered objects
/// (SPEC 8): generated names, label values, the resources each container gets, and what
/// the input adds next to msrender's own mounts, ports and volumes.
///
/// Input-level checks (types, ranges, required fields, SPEC 9 warnings) belong to the
/// model's validation; this one only looks at what rendering derives, and points each
/// problem at the input field it comes from.
public enum RenderValidator {
    public static func validate(_ ms: ModelService, options: RenderOptions) -> [Diagnostic] {
        validate(RenderContext(ms, options: options))
    }

    public static func validate(_ ctx: RenderContext) -> [Diagnostic] {
        validate(ctx, marks: ctx.service.marks)
    }

    /// The same, with the diagnostics placed by `marks` (the service's full source map,
    /// when the context keeps only part of it).
    public static func validate(_ ctx: RenderContext, marks: SourceMap) -> [Diagnostic] {
        var out = Report(ctx.service, marks: marks)
        checkNames(ctx, &out)
        for role in ctx.roles {
            checkRequests(ctx.servingResources(role), at: "spec.\(role.rawValue).resources", &out)
        }
        if let first = ctx.spec.model.imagePullSecrets.first, first.isEmpty {
            // The first pull secret becomes the docker-config secret volume, which needs a name.
            out.error(
                "spec.model.imagePullSecrets[0].name",
                "must not be empty: the first pull secret is mounted as the model-unpack registry credentials")
        }
        if ctx.hasInferencePool {
            checkRequests(ctx.eppResources, at: "spec.inferencePool.endpointPicker.resources", &out)
        }
        checkPods(ctx, &out)
        return Diagnostic.inDocumentOrder(out.diagnostics)
    }

    /// Every derived name and label value comes from `metadata.name` (and the namespace).
    static func checkNames(_ ctx: RenderContext, _ out: inout Report) {
        let n = ctx.names
        let nameField = "metadata.name"
        if !DNS.isLabelValue(n.model) {
            out.error(
                nameField,
                "\(Messages.quoted(n.model)) is not a valid label value (at most 63 characters of "
                    + "[A-Za-z0-9_.-], starting and ending with an alphanumeric); it becomes the "
                    + "app.kubernetes.io/name and llm-d.ai/model labels")
        }
        guard DNS.isDNS1123Subdomain(n.model) else {
            // Every derived name embeds N, so one diagnostic says it all.
            out.error(
                nameField,
                "\(Messages.quoted(n.model)) is not a lowercase DNS-1123 subdomain; the Deployment, "
                    + "InferencePool and HTTPRoute names are derived from it")
            return
        }
        var subdomains: [(kind: String, name: String)] = ctx.roles.map { ("Deployment", n.deployment($0)) }
        subdomains += [
            ("InferencePool", n.inferencePool), ("ConfigMap", n.eppConfigMap), ("Secret", n.metricsSecret),
            ("ClusterRole", n.clusterRBAC),
        ]
        for (kind, name) in subdomains where !DNS.isDNS1123Subdomain(name) {
            out.error(
                nameField,
                "the \(kind) name \(Messages.quoted(name)) is not a DNS-1123 subdomain (at most 253 "
                    + "characters of [a-z0-9.-], each dot-separated part starting and ending with [a-z0-9])")
        }
        // E names the Service and the ServiceAccount and is a label value: a DNS-1035 label.
        if !DNS.isDNS1035Label(n.epp) {
            out.error(nameField, "the EPP name \(Messages.quoted(n.epp)) is not a DNS-1035 label")
        }
        if ctx.service.namespace != nil, !DNS.isDNS1123Label(n.namespace) {
            out.error("metadata.namespace", "\(Messages.quoted(n.namespace)) is not a DNS-1123 label")
        }
    }

    /// The API server's rules on the amounts a container gets (ResourceRules).
    static func checkRequests(_ r: ResourceRequirements, at base: String, _ out: inout Report) {
        for problem in ResourceRules.problems(r, at: base) { out.error(problem.path, problem.message) }
    }
}

/// Collects diagnostics for one ModelService, each located through its SourceMap.
struct Report {
    let service: ModelService
    let marks: SourceMap
    var diagnostics: [Diagnostic] = []
    init(_ service: ModelService, marks: SourceMap) {
        self.service = service
        self.marks = marks
    }

    mutating func error(_ path: String, _ message: String) {
        diagnostics.append(.error(message, file: service.source, mark: marks.mark(for: path), path: path))
    }

    mutating func warning(_ path: String, _ message: String) {
        diagnostics.append(.warning(message, file: service.source, mark: marks.mark(for: path), path: path))
    }
}

/// Message helpers shared by the validators.
enum Messages {
    static func quoted(_ s: String) -> String { DecodeMessages.quoted(s) }
}
