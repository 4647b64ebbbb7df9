/// The render-setting flags of SPEC section 2, shared by build, validate, diff and fn.
enum SettingsOptions {
    static let specs: [OptionSpec] = [
        OptionSpec(
            "config", .value(placeholder: "FILE"),
            help: "Read render settings from a YAML file (flags win; unreadable: exit 1).",
            example: "--config msrender.yaml"),
        OptionSpec(
            "namespace", short: "n", .value(placeholder: "NS"),
            help: "Namespace for ModelServices without one (default \"default\").", example: "-n ml-serving"),
        OptionSpec(
            "provider", .value(placeholder: "istio|gke|none"),
            help: "Gateway provider (default istio; istio adds a DestinationRule).", example: "--provider gke"),
        OptionSpec(
            "metrics-endpoint-auth", .flag, help: "Protect EPP metrics with a token (default true).",
            example: "--metrics-endpoint-auth=false"),
        OptionSpec(
            "default-gateway-name", .value(placeholder: "NAME"),
            help: "Gateway for ModelServices without spec.httpRoute (empty: no HTTPRoute).",
            example: "--default-gateway-name my-gateway"),
        OptionSpec(
            "kit-image", .value(placeholder: "IMG"),
            help: "KitOps image of the model-unpack init container (empty: none).",
            example: "--kit-image ghcr.io/kitops-ml/kitops:v1.11.0"),
        OptionSpec(
            "default-engine-image", .value(placeholder: "IMG"), help: "vLLM image when spec.engine.image is unset.",
            example: "--default-engine-image ghcr.io/llm-d/llm-d-cuda:v0.5.1"),
        OptionSpec(
            "default-epp-image", .value(placeholder: "IMG"), help: "Endpoint picker image when unset in the spec.",
            example: "--default-epp-image ghcr.io/llm-d/llm-d-inference-scheduler:v0.6.0"),
        OptionSpec(
            "default-routing-proxy-image", .value(placeholder: "IMG"),
            help: "Routing sidecar image when unset in the spec.",
            example: "--default-routing-proxy-image ghcr.io/llm-d/llm-d-routing-sidecar:v0.6.0"),
        OptionSpec(
            "tracing-enabled", .flag, help: "Export OpenTelemetry traces from the EPP and sidecar.",
            example: "--tracing-enabled"),
        OptionSpec(
            "tracing-otel-endpoint", .value(placeholder: "URL"), help: "OTLP exporter endpoint.",
            example: "--tracing-otel-endpoint http://otel:4317"),
        OptionSpec(
            "tracing-sampler", .value(placeholder: "S"),
            help: "OTEL_TRACES_SAMPLER (default parentbased_traceidratio).", example: "--tracing-sampler always_on"),
        OptionSpec(
            "tracing-sampler-arg", .value(placeholder: "A"), help: "OTEL_TRACES_SAMPLER_ARG (default 0.01).",
            example: "--tracing-sampler-arg 0.1"),
        OptionSpec(
            "epp-flag", .repeated(placeholder: "KEY=VALUE"), help: "Extra endpoint-picker flag, repeatable.",
            example: "--epp-flag v=2"),
        OptionSpec(
            "image-mirror", .repeated(placeholder: "FROM=TO"),
            help: "Rewrite images under registry/repository FROM to TO, repeatable (longest FROM first).",
            example: "--image-mirror ghcr.io=registry.local:5000/ghcr"),
        OptionSpec(
            "version-label", .value(placeholder: "V"),
            help: "Value of app.kubernetes.io/version (default v1.0.1; empty: no label).",
            example: "--version-label v1.2.0"),
    ]
}
