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
                        "selector": ctx.labels.eppSelector,
                        "ports": [
                            ["name": "grpc-ext-proc", "protocol": "TCP", "port": .int(x), "targetPort": .int(x)],
                            [
                                "name": "http-metrics", "protocol": "TCP", "port": .int(metrics),
                                "targetPort": .int(metrics),
                            ],
                        ],
                    ]
                )
            ])
    }
}
