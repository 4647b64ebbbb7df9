import MSYAML

/// The HTTPRoute `N` (gateway.networking.k8s.io/v1, SPEC 5.4).
///
/// Invariant: its one backendRef is InferencePool `N`, matched by the
/// `OtterScale-Model-Name: N` header; absent when there is no gateway to attach to.
enum HTTPRoute {
    static func build(_ ctx: RenderContext) -> Resource? {
        var spec: [(String, Value)] = []
        if let route = ctx.spec.httpRoute {
            var parent: [(String, Value)] = [("name", .string(route.gatewayRef.name))]
            if let ns = route.gatewayRef.namespace, !ns.isEmpty, ns != ctx.namespace {
                parent.append(("namespace", .string(ns)))
            }
            spec.append(("parentRefs", [.object(parent)]))
            if !route.hostnames.isEmpty { spec.append(("hostnames", .sequence(route.hostnames.map { .string($0) }))) }
        } else if !ctx.options.defaultGatewayName.isEmpty {
            spec.append(
                (
                    "parentRefs",
                    [
                        [
                            "group": .string(APIGroup.gateway), "kind": "Gateway",
                            "namespace": .string(Defaults.gatewayNamespace),
                            "name": .string(ctx.options.defaultGatewayName),
                        ]
                    ]
                ))
        } else {
            return nil
        }
        spec.append(
            (
                "rules",
                [
                    [
                        "matches": [
                            [
                                "path": ["type": "PathPrefix", "value": "/"],
                                "headers": [
                                    [
                                        "type": "Exact", "name": "OtterScale-Model-Name",
                                        "value": .string(ctx.names.model),
                                    ]
                                ],
                            ]
                        ],
                        "backendRefs": [
                            [
                                "group": .string(APIGroup.inference), "kind": "InferencePool",
                                "name": .string(ctx.names.inferencePool),
                            ]
                        ],
                    ]
                ]
            ))
        return Resource.make(
            APIVersion.gateway, "HTTPRoute", name: ctx.names.httpRoute, namespace: ctx.namespace,
            labels: ctx.labels.poolRoute, fields: [("spec", .object(spec))])
    }
}
