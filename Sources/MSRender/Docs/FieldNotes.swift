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
            FieldNote(
                "metadata.labels",
                "Keys must be label keys and values label values, as the API server checks them."),
            FieldNote(
                "metadata.annotations",
                "Keys must be qualified names and all annotations together at most 256 KiB."),
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
            FieldNote("spec.model.mountPath", "Empty means /models; vllm mounts the unpacked model here read-only."),
            FieldNote(
                "spec.model.imagePullSecrets",
                "All become the pod's imagePullSecrets; the first is also mounted as the model-unpack "
                    + "container's registry credentials, so its name must not be empty."),
            FieldNote(
                "spec.engine.image", "When unset or empty, the render setting applies.",
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
                "spec.engine.env.valueFrom", "Must set exactly one of its sources, as the API server requires."),
            FieldNote(
                "spec.httpRoute",
                "msrender renders the HTTPRoute whether or not inferencePool is set (the InferencePool is always "
                    + "rendered). Without httpRoute the route attaches to the render setting defaultGatewayName "
                    + "in namespace llm-d; an empty setting means no HTTPRoute."),
            FieldNote(
                "spec.httpRoute.gatewayRef.namespace",
                "Written into the route only when set and different from the ModelService's namespace."),
            FieldNote(
                "spec.inferencePool",
                "Without it msrender still renders the EPP (render setting defaultEPPImage, replicas 1, port "
                    + "9002) and the InferencePool, whose failureMode is then FailClose."),
            FieldNote(
                "spec.inferencePool.endpointPicker.failureMode",
                "Without spec.inferencePool the InferencePool's failureMode is FailClose."),
            FieldNote(
                "spec.inferencePool.endpointPicker.image", "When unset or empty, the render setting applies.",
                setting: SettingDefault(
                    name: "defaultEPPImage", flag: "--default-epp-image", value: Defaults.eppImage)),
            FieldNote(
                "spec.inferencePool.endpointPicker.replicas",
                "More than 1 is a warning: the EPP uses the Recreate strategy and only the leader is ready, so "
                    + "the Deployment never reports Available."),
            FieldNote(
                "spec.inferencePool.endpointPicker.resources",
                "Without requests and limits the EPP container gets requests cpu 4, memory 8Gi and a memory "
                    + "limit of 16Gi; requests may not exceed limits."),
            FieldNote(
                "spec.monitoring.podMonitor",
                "Without podMonitor msrender renders PodMonitors; present without enabled, the CRD default "
                    + "false turns them off (a warning says so)."),
            FieldNote(
                "spec.monitoring.podMonitor.enabled",
                "Without spec.monitoring.podMonitor msrender renders PodMonitors, as if this were true."),
            FieldNote(
                "spec.prefill",
                "Present: prefill/decode disaggregation. Without routingProxy msrender warns: decode pods get "
                    + "no sidecar to hand requests to the prefill pods."),
            FieldNote(
                "spec.routingProxy",
                "The CRD calls it required with prefill; msrender renders without it and warns. The sidecar "
                    + "runs as a native init container of the decode pods only."),
            FieldNote(
                "spec.routingProxy.image", "When unset or empty, the render setting applies.",
                setting: SettingDefault(
                    name: "defaultRoutingProxyImage", flag: "--default-routing-proxy-image",
                    value: Defaults.routingProxyImage)),
            FieldNote(
                "spec.routingProxy.connector",
                "A value other than nixlv2, shared-storage or sglang is a warning: the default sidecar (v0.6.0) "
                    + "exits on it."),
        ] + roleNotes("decode") + roleNotes("prefill")

    /// Notes shared by the two roles' RoleSpec fields.
    private static func roleNotes(_ role: String) -> [FieldNote] {
        [
            FieldNote(
                "spec.\(role).resources",
                "Requests may not exceed limits (after msrender writes the GPU count into both); claims are "
                    + "rejected, because a ModelService cannot declare the pod's resourceClaims; keys are cpu, "
                    + "memory, ephemeral-storage, hugepages-<size> or a qualified name like nvidia.com/gpu, and "
                    + "quantities may not be negative."),
            FieldNote(
                "spec.\(role).nodeSelector",
                "Keys must be label keys and values label values, as the API server checks them on the pod."),
            FieldNote(
                "spec.\(role).annotations",
                "Keys must be qualified names and all annotations of the pod template at most 256 KiB together."),
            FieldNote(
                "spec.\(role).tolerations",
                "Checked as core/v1 Tolerations: operator Exists, Equal, Lt or Gt (Exists when key is empty), "
                    + "effect NoSchedule, PreferNoSchedule or NoExecute, no value with Exists, tolerationSeconds "
                    + "only with NoExecute."),
        ]
    }
}
