import MSYAML

/// The EPP ServiceMonitor `E` (monitoring.coreos.com/v1, SPEC 5.6).
///
/// Invariant: selects EPP Service `E` and scrapes its `http-metrics` port; with
/// metrics auth it presents the token in Secret `E-sa-metrics-reader-secret`.
enum ServiceMonitor {
    static func build(_ ctx: RenderContext) -> Resource? {
        guard ctx.serviceMonitorEnabled else { return nil }
        var endpoint: [(String, Value)] = [
            ("port", "http-metrics"), ("interval", .string(Defaults.serviceMonitorInterval)),
        ]
        if ctx.options.metricsEndpointAuth {
            endpoint.append(
                (
                    "authorization", ["credentials": ["name": .string(ctx.names.metricsSecret), "key": "token"]]
                ))
        }
        return Resource.make(
            APIVersion.monitoring, "ServiceMonitor", name: ctx.names.epp, namespace: ctx.namespace,
            labels: ctx.labels.epp,
            fields: [
                (
                    "spec",
                    ["selector": ["matchLabels": ctx.labels.eppSelector], "endpoints": [.object(endpoint)]]
                )
            ])
    }
}
