import MSModel
import MSRender

/// The four ModelServices of ../shared/worked-examples, built by hand (as the decoder
/// would give them after CRD defaulting), so render tests do not depend on the reader.
enum WorkedExamples {
    static func q(_ canonical: String) -> Quantity { Quantity(canonical: canonical) }

    static let minimal = ModelService(
        name: "qwen3", namespace: "ml-serving",
        spec: ModelServiceSpec(
            model: ModelSpec(name: "Qwen/Qwen3-0.6B", image: "registry.example.com/models/qwen3-0.6b:v1"),
            accelerator: AcceleratorSpec(type: .nvidia)),
        source: "minimal.yaml")

    static let explicitPoolCustom = ModelService(
        name: "llama3-70b", namespace: "prod",
        spec: ModelServiceSpec(
            model: ModelSpec(
                name: "meta-llama/Llama-3.3-70B-Instruct", image: "registry.example.com/models/llama3-70b:v1"),
            engine: EngineSpec(image: "vllm/vllm-openai:v0.9.1"),
            accelerator: AcceleratorSpec(type: .nvidia),
            decode: RoleSpec(replicas: 4, parallelism: Parallelism(tensor: 8)),
            inferencePool: InferencePoolSpec(
                endpointPicker: EndpointPickerSpec(
                    image: "ghcr.io/llm-d/llm-d-inference-scheduler:v0.7.0", replicas: 3,
                    resources: ResourceRequirements(
                        requests: [
                            ResourceAmount(name: "cpu", quantity: q("2")),
                            ResourceAmount(name: "memory", quantity: q("4Gi")),
                        ],
                        limits: [
                            ResourceAmount(name: "cpu", quantity: q("8")),
                            ResourceAmount(name: "memory", quantity: q("16Gi")),
                        ]),
                    port: 9100, failureMode: .failClose))),
        source: "explicit-pool-custom.yaml")

    static let monitoringEnabledPool = ModelService(
        name: "granite-8b", namespace: "observability-demo",
        spec: ModelServiceSpec(
            model: ModelSpec(
                name: "ibm-granite/granite-3.3-8b-instruct", image: "registry.example.com/models/granite-8b:v1"),
            accelerator: AcceleratorSpec(type: .nvidia),
            decode: RoleSpec(replicas: 2),
            prefill: RoleSpec(replicas: 1),
            routingProxy: RoutingProxySpec(),
            inferencePool: InferencePoolSpec(endpointPicker: EndpointPickerSpec(replicas: 2)),
            monitoring: MonitoringSpec(podMonitor: PodMonitorSpec(enabled: true))),
        source: "monitoring-enabled-pool.yaml")

    static let pdRoutingProxyFull = ModelService(
        name: "qwen3-32b", namespace: "llm",
        spec: ModelServiceSpec(
            model: ModelSpec(name: "Qwen/Qwen3-32B", image: "harbor.local/models/qwen3-32b:v1"),
            engine: EngineSpec(
                image: "ghcr.io/llm-d/llm-d-cuda:v0.6.0",
                args: [
                    "--max-model-len=32768",
                    #"--kv-transfer-config={"kv_connector":"NixlConnector","kv_role":"kv_both"}"#,
                ],
                env: [
                    EnvVar(name: "VLLM_NIXL_SIDE_CHANNEL_PORT", value: "5600"),
                    EnvVar(name: "UCX_TLS", value: "cuda_ipc,cuda_copy,tcp"),
                ],
                port: 8080),
            accelerator: AcceleratorSpec(type: .nvidia),
            decode: RoleSpec(replicas: 2, parallelism: Parallelism(tensor: 2)),
            prefill: RoleSpec(replicas: 3, parallelism: Parallelism(tensor: 1)),
            routingProxy: RoutingProxySpec(
                image: "ghcr.io/llm-d/llm-d-routing-sidecar:v0.7.0", connector: "lmcache", targetPort: 8300,
                zapEncoder: "console", zapLogLevel: "debug", secureProxy: true, prefillerUseTLS: true,
                certPath: "/etc/certs"),
            inferencePool: InferencePoolSpec()),
        source: "pd-routing-proxy-full.yaml")

    static let all: [(name: String, service: ModelService)] = [
        ("minimal", minimal), ("explicit-pool-custom", explicitPoolCustom),
        ("monitoring-enabled-pool", monitoringEnabledPool), ("pd-routing-proxy-full", pdRoutingProxyFull),
    ]
}
