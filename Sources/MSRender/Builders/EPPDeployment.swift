import MSModel
import MSYAML

/// The EPP Deployment `E` (SPEC 5.2).
///
/// Invariant: `--pool-name=N` names the InferencePool, `--grpc-port=X` is the Service
/// and pool port, `--config-file` is F in ConfigMap `E-config` (hashed into
/// `checksum/config`), and it runs as ServiceAccount `E`.
enum EPPDeployment {
    static let configVolume = "epp-config"
    static let configMountPath = "/config"

    static func build(_ ctx: RenderContext) -> Resource {
        let health = Defaults.eppHealthPort
        let probeService =
            ctx.eppReplicas > 1
            ? (ready: "readiness", live: "liveness")
            : (ready: "inference-extension", live: "inference-extension")
        // Keys in byte order, the writer's (it then need not sort them).
        let container: Value = [
            "args": .sequence(args(ctx).map { Value.string($0) }),
            "env": .sequence(env(ctx)),
            "image": .string(ctx.eppImage),
            "imagePullPolicy": "IfNotPresent",
            "livenessProbe": [
                "grpc": ["port": .int(health), "service": .string(probeService.live)], "initialDelaySeconds": 5,
                "periodSeconds": 10,
            ],
            "name": "epp",
            "ports": [
                Fragments.port("grpc-ext-proc", ctx.eppPort), Fragments.port("grpc-health", health),
                Fragments.port("http-metrics", Defaults.eppMetricsPort),
            ],
            "readinessProbe": [
                "grpc": ["port": .int(health), "service": .string(probeService.ready)], "periodSeconds": 2,
            ],
            "resources": Fragments.resources(resources(ctx)),
            "securityContext": Fragments.containerSecurityContext,
            "volumeMounts": [["mountPath": .string(configMountPath), "name": .string(configVolume), "readOnly": true]],
        ]
        let pod: Value = [
            "containers": [container],
            "securityContext": Fragments.podSecurityContext,
            "serviceAccountName": .string(ctx.names.epp),
            "terminationGracePeriodSeconds": .int(Defaults.eppTerminationGracePeriodSeconds),
            "volumes": [
                [
                    "configMap": ["name": .string(ctx.names.eppConfigMap), "optional": true],
                    "name": .string(configVolume),
                ]
            ],
        ]
        return Resource.make(
            APIVersion.apps, "Deployment", name: ctx.names.epp, namespace: ctx.namespace, labels: ctx.labels.epp,
            fields: [
                (
                    "spec",
                    [
                        "replicas": .int(ctx.eppReplicas),
                        "selector": ["matchLabels": ctx.labels.eppDeploymentSelector],
                        "strategy": ["type": "Recreate"],
                        "template": [
                            "metadata": [
                                "annotations": ["checksum/config": .string(ctx.configChecksum)],
                                "labels": ctx.labels.eppPod,
                            ],
                            "spec": pod,
                        ],
                    ]
                )
            ])
    }

    static func args(_ ctx: RenderContext) -> [String] {
        var out = [
            "--pool-name=\(ctx.names.inferencePool)", "--pool-namespace=\(ctx.namespace)",
            "--pool-group=\(APIGroup.inference)", "--config-file=\(configMountPath)/\(ctx.eppConfigFile)",
            "--grpc-port=\(ctx.eppPort)", "--zap-encoder=json",
        ]
        if ctx.eppReplicas > 1 { out.append("--ha-enable-leader-election") }
        out.append("--tracing=\(ctx.options.tracing.enabled)")
        if !ctx.options.metricsEndpointAuth { out.append("--metrics-endpoint-auth=false") }
        out += ctx.options.sortedEPPFlags.map { "--\($0.key)=\($0.value)" }
        return out
    }

    static func env(_ ctx: RenderContext) -> [Value] {
        var out: [Value] = [
            Fragments.fieldRefEnv("NAMESPACE", "metadata.namespace"),
            Fragments.fieldRefEnv("POD_NAME", "metadata.name"),
        ]
        let tracing = ctx.options.tracing
        guard tracing.enabled else { return out }
        out += [
            Fragments.env("OTEL_SERVICE_NAME", "gateway-api-inference-extension"),
            Fragments.env("OTEL_EXPORTER_OTLP_ENDPOINT", tracing.otelExporterEndpoint),
            Fragments.env("OTEL_TRACES_EXPORTER", "otlp"),
            Fragments.fieldRefEnv("OTEL_RESOURCE_ATTRIBUTES_NODE_NAME", "spec.nodeName", apiVersion: "v1"),
            Fragments.fieldRefEnv("OTEL_RESOURCE_ATTRIBUTES_POD_NAME", "metadata.name", apiVersion: "v1"),
            Fragments.env(
                "OTEL_RESOURCE_ATTRIBUTES",
                "k8s.namespace.name=$(NAMESPACE),k8s.node.name=$(OTEL_RESOURCE_ATTRIBUTES_NODE_NAME),"
                    + "k8s.pod.name=$(OTEL_RESOURCE_ATTRIBUTES_POD_NAME)"),
        ]
        if !tracing.sampler.isEmpty { out.append(Fragments.env("OTEL_TRACES_SAMPLER", tracing.sampler)) }
        if !tracing.samplerArg.isEmpty { out.append(Fragments.env("OTEL_TRACES_SAMPLER_ARG", tracing.samplerArg)) }
        return out
    }

    /// endpointPicker.resources, whole, when it writes requests or limits (even as empty
    /// maps: `requests: {}` gives `resources: {}`), else the EPP defaults, without any
    /// claims: the operator tests `Requests != nil || Limits != nil`.
    static func resources(_ ctx: RenderContext) -> ResourceRequirements {
        let given = ctx.eppResources
        if given.setsRequestsOrLimits { return given }
        return ResourceRequirements(
            requests: [
                ResourceAmount(name: "cpu", quantity: Quantity(canonical: Defaults.eppCPURequest)),
                ResourceAmount(name: "memory", quantity: Quantity(canonical: Defaults.eppMemoryRequest)),
            ],
            limits: [ResourceAmount(name: "memory", quantity: Quantity(canonical: Defaults.eppMemoryLimit))])
    }
}
