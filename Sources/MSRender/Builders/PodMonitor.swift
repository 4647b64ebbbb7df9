import MSYAML

/// A role's PodMonitor `N-<role>` (monitoring.coreos.com/v1, SPEC 5.6).
///
/// Invariant: its selector is the role's Deployment selector, and the port name it
/// scrapes defaults to the vllm container's `http` port.
enum PodMonitor {
    static func build(_ ctx: RenderContext, _ role: Role) -> Resource? {
        guard ctx.podMonitorsEnabled, ctx.roleSpec(role) != nil else { return nil }
        let given = ctx.spec.monitoring?.podMonitor
        let port = nonEmpty(given?.portName) ?? Defaults.podMonitorPortName
        let path = nonEmpty(given?.path) ?? Defaults.podMonitorPath
        let interval = nonEmpty(given?.interval) ?? Defaults.podMonitorInterval
        return Resource.make(
            APIVersion.monitoring, "PodMonitor", name: ctx.names.podMonitor(role), namespace: ctx.namespace,
            labels: ctx.labels.roleMetadata(role),
            fields: [
                (
                    "spec",
                    [
                        "podMetricsEndpoints": [
                            [
                                "interval": .string(interval), "path": .string(path), "port": .string(port),
                                "relabelings": [
                                    [
                                        "action": "replace",
                                        "sourceLabels": ["__meta_kubernetes_pod_label_app_kubernetes_io_name"],
                                        "targetLabel": "model_service",
                                    ]
                                ],
                            ]
                        ],
                        "selector": ["matchLabels": ctx.labels.roleSelector(role)],
                    ]
                )
            ])
    }

    private static func nonEmpty(_ s: String?) -> String? {
        guard let s, !s.isEmpty else { return nil }
        return s
    }
}
