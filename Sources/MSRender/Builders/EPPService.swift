import MSYAML

/// The EPP Service `E`.
///
/// Invariant: its `grpc-ext-proc` port X is the InferencePool's endpointPickerRef
/// port and the EPP's `--grpc-port`; its selector is a subset of the EPP pod labels.
enum EPPService {
    static func build(_ ctx: RenderContext) -> Resource {
        let x = ctx.eppPort
        let metrics = Defaults.eppMetricsPort
        return Resource.make(
            APIVersion.core, "Service", name: ctx.names.epp, namespace: ctx.namespace, labels: ctx.labels.epp,
            fields: [
                (
                    "spec",
                    [
                        "ports": [
                            ["name": "grpc-ext-proc", "port": .int(x), "protocol": "TCP", "targetPort": .int(x)],
                            [
                                "name": "http-metrics", "port": .int(metrics), "protocol": "TCP",
                                "targetPort": .int(metrics),
                            ],
                        ],
                        "selector": ctx.labels.eppSelector,
                    ]
                )
            ])
    }
}
