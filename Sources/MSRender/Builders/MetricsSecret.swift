import MSYAML

/// The metrics-reader token Secret `E-sa-metrics-reader-secret`.
///
/// Invariant: a token of ServiceAccount `E` (annotation), which the ServiceMonitor
/// presents to the EPP's authenticated metrics endpoint.
enum MetricsSecret {
    static func build(_ ctx: RenderContext) -> Resource? {
        guard ctx.metricsSecretEnabled else { return nil }
        return Resource.make(
            APIVersion.core, "Secret", name: ctx.names.metricsSecret, namespace: ctx.namespace,
            labels: ctx.labels.epp, annotations: ["kubernetes.io/service-account.name": .string(ctx.names.epp)],
            fields: [("type", "kubernetes.io/service-account-token")])
    }
}
