import MSYAML

/// The Istio DestinationRule `E` (networking.istio.io/v1beta1, SPEC 5.5).
///
/// Invariant: its host is the EPP Service `E` in NS; Istio's gateway must speak TLS
/// to the EPP's self-signed ext-proc endpoint.
enum DestinationRule {
    static func build(_ ctx: RenderContext) -> Resource? {
        guard ctx.destinationRuleEnabled else { return nil }
        return Resource.make(
            APIVersion.istioNetworking, "DestinationRule", name: ctx.names.epp, namespace: ctx.namespace,
            labels: ctx.labels.epp,
            fields: [
                (
                    "spec",
                    [
                        "host": .string(ctx.names.eppServiceHost),
                        "trafficPolicy": ["tls": ["mode": "SIMPLE", "insecureSkipVerify": true]],
                    ]
                )
            ])
    }
}
