import MSModel

/// What msrender does where the CRD's text is out of date or says nothing: one entry per
/// field, each a sentence, shown by `msrender explain` (as MSRENDER) and appended to the
/// field's description in `msrender schema`. The only place such text lives.
public struct FieldNote: Sendable {
    /// The explain path (`spec.engine.image`).
    public let path: String
    public let text: String
    /// The render setting that applies when the field is unset (or empty).
    public let setting: SettingDefault?

    init(_ path: String, _ text: String, setting: SettingDefault? = nil) {
        self.path = path
        self.text = text
        self.setting = setting
    }
}

/// A render setting standing in for an unset field: its name, flag and default value.
public struct SettingDefault: Sendable {
    public let name: String
    public let flag: String
    public let value: String
}

extension FieldNote {
    /// The note for an explain path, if any.
    public static func note(for path: String) -> FieldNote? {
        if let note = all.first(where: { $0.path.utf8.elementsEqual(path.utf8) }) { return note }
        // The server-managed ObjectMeta fields a manifest may carry, read by nobody here.
        if path.hasPrefix("metadata.") {
            return FieldNote(path, "Accepted (as kubectl get -o yaml prints it) and ignored.")
        }
        return nil
    }

    static let all: [FieldNote] =
        [
            FieldNote(
                "",
                "msrender renders the objects the operator creates, offline. The model is not an image volume: "
                    + "a model-unpack init container (render setting kitImage, --kit-image) runs kit unpack of "
                    + "spec.model.image into an emptyDir that the vllm container mounts read-only."),
            FieldNote("apiVersion", "Must be model.otterscale.io/v1alpha1; any other document is an error."),
            FieldNote("kind", "Must be ModelService; any other document is an error."),
            FieldNote(
                "metadata",
                "msrender reads name and namespace and checks labels and annotations; none of them is copied "
                    + "into the rendered objects, and the other ObjectMeta fields are accepted and ignored."),
            FieldNote(
                "metadata.name",
                "Required: a lowercase DNS-1123 subdomain of at most 63 characters (it becomes a label value); "
                    + "every rendered object's name is derived from it."),
            FieldNote(
                "metadata.namespace", "A DNS-1123 label; without it the render setting namespace applies.",
                setting: SettingDefault(name: "namespace", flag: "--namespace", value: Defaults.namespace)),
            FieldNote("metadata.labels", labelRule + ", as the API server checks them."),
            FieldNote(
                "metadata.annotations",
                annotationRule + "; all annotations together, keys and values, at most 256 KiB."),
            FieldNote("status", "Written by the operator; msrender ignores it."),
            FieldNote(
                "spec.accelerator.type",
                "Names the GPU resource msrender writes into the serving containers' limits and requests "
                    + "(nvidia.com/gpu, amd.com/gpu, habana.ai/gaudi, google.com/tpu; none for cpu), with the "
                    + "count tensor x dataLocal, overriding a value set by hand."),
            FieldNote(
                "spec.model.image",
                "Not an image volume: the model-unpack init container runs kit unpack of this reference "
                    + "(env OCI_MODEL_IMAGE) into an emptyDir at mountPath; --image-mirror rewrites it."),
            FieldNote(
                "spec.model.mountPath",
                "Empty means \(Defaults.modelMountPath); vllm mounts the unpacked model here read-only. It may not be "
                    + "\(Defaults.modelTmpMountPath) or, with pull secrets, \(Defaults.dockerConfigMountPath): the "
                    + "model-unpack container mounts kit's cache and the registry credentials there."),
            FieldNote(
                "spec.model.imagePullSecrets",
                "All become the pod's imagePullSecrets; the first is also mounted as the model-unpack "
                    + "container's registry credentials, so its name must not be empty."),
            FieldNote(
                "spec.engine.image", "When unset or empty, the render setting applies. " + imageRule,
                setting: SettingDefault(
                    name: "defaultEngineImage", flag: "--default-engine-image", value: Defaults.engineImage)),
            FieldNote(
                "spec.engine.imagePullPolicy",
                "Must be Always, IfNotPresent or Never, as the API server requires of a container."),
            FieldNote(
                "spec.engine.env",
                "Added after TP_SIZE, DP_SIZE and DP_SIZE_LOCAL; each entry is checked as a core/v1 EnvVar: "
                    + "a name of printable ASCII other than '=', and not both a non-empty value and valueFrom."),
            FieldNote(
                "spec.engine.env.valueFrom",
                "Must set exactly one of its sources, as the API server requires; each source's fields are "
                    + "checked as the API server checks them."),
            FieldNote(
                "spec.httpRoute",
                "msrender renders the HTTPRoute whether or not inferencePool is set (the InferencePool is always "
                    + "rendered). Without httpRoute the route attaches to the render setting defaultGatewayName "
                    + "in namespace llm-d; an empty setting means no HTTPRoute."),
            FieldNote(
                "spec.httpRoute.gatewayRef.name",
                "At most \(RouteMonitorRules.maxNameLength) characters, the HTTPRoute parentRef's limit."),
            FieldNote(
                "spec.httpRoute.gatewayRef.namespace",
                "Written into the route only when set and different from the ModelService's namespace; when set, "
                    + "a DNS-1123 label of at most \(RouteMonitorRules.maxNamespaceLength) characters, as the "
                    + "HTTPRoute CRD requires."),
            FieldNote(
                "spec.httpRoute.hostnames",
                "Checked as the HTTPRoute CRD checks them: at most \(RouteMonitorRules.maxHostnames), each 1 to "
                    + "\(RouteMonitorRules.maxNameLength) characters of lowercase DNS labels, optionally after a "
                    + "leading '*.' (no port, no trailing dot)."),
            FieldNote(
                "spec.inferencePool",
                "Without it msrender still renders the EPP (render setting defaultEPPImage, replicas 1, port "
                    + "9002) and the InferencePool, whose failureMode is then FailClose."),
            FieldNote(
                "spec.inferencePool.endpointPicker.failureMode",
                "Without spec.inferencePool the InferencePool's failureMode is FailClose."),
            FieldNote(
                "spec.inferencePool.endpointPicker.image",
                "When unset or empty, the render setting applies. " + imageRule,
                setting: SettingDefault(
                    name: "defaultEPPImage", flag: "--default-epp-image", value: Defaults.eppImage)),
            FieldNote(
                "spec.inferencePool.endpointPicker.replicas",
                "More than 1 is a warning: the EPP uses the Recreate strategy and only the leader is ready, so "
                    + "the Deployment never reports Available."),
            FieldNote(
                "spec.inferencePool.endpointPicker.port",
                "Must not be \(Defaults.eppMetricsPort): the EPP Service already lists that port for metrics, "
                    + "and the API server rejects a port listed twice."),
            FieldNote(
                "spec.inferencePool.endpointPicker.resources",
                "Without requests and limits the EPP container gets requests cpu \(Defaults.eppCPURequest), memory "
                    + "\(Defaults.eppMemoryRequest) and a memory limit of \(Defaults.eppMemoryLimit). " + amountRule),
            FieldNote(
                "spec.inferencePool.endpointPicker.resources.claims",
                "Alone they are dropped (the container then gets the default resources); with requests or limits "
                    + "they are rejected, because the EPP pod has no spec.resourceClaims entry to match. Names must "
                    + "not be empty or repeat."),
            FieldNote(
                "spec.monitoring.podMonitor",
                "Without podMonitor msrender renders PodMonitors; present without enabled, the CRD default "
                    + "false turns them off (a warning says so)."),
            FieldNote(
                "spec.monitoring.podMonitor.enabled",
                "Without spec.monitoring.podMonitor msrender renders PodMonitors, as if this were true."),
            FieldNote(
                "spec.monitoring.podMonitor.interval",
                "When podMonitor is enabled, checked against the PodMonitor CRD's duration pattern (like 30s, "
                    + "1m30s or 500ms; empty means 30s)."),
            FieldNote(
                "spec.prefill",
                "Present: prefill/decode disaggregation. Without routingProxy msrender warns: decode pods get "
                    + "no sidecar to hand requests to the prefill pods."),
            FieldNote(
                "spec.routingProxy",
                "The CRD calls it required with prefill; msrender renders without it and warns. The sidecar "
                    + "runs as a native init container of the decode pods only."),
            FieldNote(
                "spec.routingProxy.image", "When unset or empty, the render setting applies. " + imageRule,
                setting: SettingDefault(
                    name: "defaultRoutingProxyImage", flag: "--default-routing-proxy-image",
                    value: Defaults.routingProxyImage)),
            FieldNote(
                "spec.routingProxy.connector",
                "A value other than nixlv2, shared-storage or sglang is a warning: the default sidecar (v0.6.0) "
                    + "exits on it."),
        ] + envNotes + roleNotes("decode") + roleNotes("prefill")

    /// Notes shared by the two roles' RoleSpec fields.
    private static func roleNotes(_ role: String) -> [FieldNote] {
        [
            FieldNote(
                "spec.\(role).resources",
                "Checked as the container gets them, after msrender writes the GPU count into limits and "
                    + "requests. " + amountRule + " Keys are cpu, memory, ephemeral-storage, hugepages-<size> or a "
                    + "qualified name like nvidia.com/gpu (not starting with requests.)."),
            FieldNote(
                "spec.\(role).resources.claims",
                "Rejected: the pod would need a matching spec.resourceClaims entry, which a ModelService cannot "
                    + "declare, so the API server would reject the Deployment."),
            FieldNote("spec.\(role).nodeSelector", labelRule + ", as the API server checks them on the pod."),
            FieldNote(
                "spec.\(role).annotations",
                annotationRule + "; the pod template's annotations, keys and values, at most 256 KiB together."),
            FieldNote(
                "spec.\(role).tolerations",
                "Checked as core/v1 Tolerations: operator " + words(PodFieldRules.tolerationOperators, "or")
                    + " (Exists when key is empty; " + words(PodFieldRules.gatedTolerationOperators, "and")
                    + " need an alpha feature gate of Kubernetes 1.35), effect "
                    + words(PodFieldRules.taintEffects, "or") + ", the key a label key, with Equal or no "
                    + "operator the value a label value, no value with Exists, tolerationSeconds only with "
                    + "NoExecute."),
        ]
    }

    /// What the API server requires of the amounts a container gets.
    private static let amountRule =
        "A request may not exceed its limit; an extended resource (like example.com/foo) or hugepages request "
        + "needs an equal limit; extended amounts are whole numbers, hugepages amounts whole pages of the size "
        + "in the name, and hugepages need a cpu or memory request or limit; quantities may not be negative."

    private static let labelRule =
        "Keys must be label keys (an optional DNS subdomain and '/', then at most 63 letters, digits, '-', '_' "
        + "or '.') and values label values (empty or such a name)"

    private static let annotationRule =
        "Keys must be qualified names once lowercased, as the API server reads them (Example.COM/Key is one)"

    private static let imageRule =
        "No white space at either end: the API server accepts such a Deployment but rejects its pods."

    /// `a, b or c`.
    static func words(_ items: [String], _ last: String) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(last) " + items[items.count - 1]
    }
}
