/// Every default port, image, name and number msrender writes, stated once.
///
/// The operator repeats several of these (9002 appears in four places); keeping them
/// here means a builder and the validator can never disagree about a default.
public enum Defaults {
    // Render settings (SPEC section 2).
    public static let provider: Provider = .istio
    public static let metricsEndpointAuth = true
    public static let gatewayName = "otterscale-llm-d-infra-inference-gateway"
    public static let kitImage = "ghcr.io/kitops-ml/kitops:v1.11.0"
    public static let engineImage = "ghcr.io/llm-d/llm-d-cuda:v0.5.1"
    public static let eppImage = "ghcr.io/llm-d/llm-d-inference-scheduler:v0.6.0"
    public static let routingProxyImage = "ghcr.io/llm-d/llm-d-routing-sidecar:v0.6.0"
    public static let tracingSampler = "parentbased_traceidratio"
    public static let tracingSamplerArg = "0.01"
    /// `V`: the final operator release (v1.0.1) is built with its git tag as
    /// `main.version`, and `labels.Standard` writes it as `app.kubernetes.io/version`.
    public static let versionLabel = "v1.0.1"
    public static let namespace = "default"

    // Ports.
    /// The engine's HTTP port (engine.port).
    public static let enginePort = 8000
    /// The port vLLM listens on behind the routing proxy (routingProxy.targetPort).
    public static let routingProxyTargetPort = 8200
    /// The EPP ext-proc gRPC port (endpointPicker.port).
    public static let eppPort = 9002
    /// The EPP gRPC health port (fixed).
    public static let eppHealthPort = 9003
    /// The EPP metrics port (fixed).
    public static let eppMetricsPort = 9090

    // EPP without an explicit inferencePool.
    public static let eppReplicas = 1
    /// The pool's failure mode when the ModelService has no inferencePool.
    public static let implicitFailureMode = "FailClose"
    /// EPP container resources when endpointPicker.resources has no requests or limits.
    public static let eppCPURequest = "4"
    public static let eppMemoryRequest = "8Gi"
    public static let eppMemoryLimit = "16Gi"
    public static let eppTerminationGracePeriodSeconds = 130

    // HTTPRoute without spec.httpRoute.
    public static let gatewayNamespace = "llm-d"

    // PodMonitor endpoint.
    public static let podMonitorPortName = "http"
    public static let podMonitorPath = "/metrics"
    public static let podMonitorInterval = "30s"
    public static let serviceMonitorInterval = "30s"

    // Model volume and unpack.
    public static let modelMountPath = "/models"
    public static let modelTmpMountPath = "/tmp/model-oci"
    public static let dockerConfigMountPath = "/.docker"
    /// The serving pod's volumes: the unpacked model, kit's cache, and (with pull secrets)
    /// the first pull secret as kit's docker config.
    public static let modelVolume = "model"
    public static let modelTmpVolume = "model-tmp"
    public static let dockerConfigVolume = "docker-config"
}
