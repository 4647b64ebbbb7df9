import MSYAML

/// The InferencePool `N` (inference.networking.k8s.io/v1, SPEC 5.3).
///
/// Invariant: `N` is the HTTPRoute backendRef and the EPP `--pool-name`; the selector
/// matches decode and prefill pods; the target port P is where traffic enters a pod
/// (the routing proxy when present); the picker ref is Service `E` on port X.
enum InferencePool {
    static func build(_ ctx: RenderContext) -> Resource {
        Resource.make(
            APIVersion.inferencePool, "InferencePool", name: ctx.names.inferencePool, namespace: ctx.namespace,
            labels: ctx.labels.poolRoute,
            fields: [
                (
                    "spec",
                    [
                        "endpointPickerRef": [
                            "failureMode": .string(ctx.failureMode), "group": "", "kind": "Service",
                            "name": .string(ctx.names.epp), "port": ["number": .int(ctx.eppPort)],
                        ],
                        "selector": ["matchLabels": ctx.labels.poolSelector],
                        "targetPorts": [["number": .int(ctx.enginePort)]],
                    ]
                )
            ])
    }
}
