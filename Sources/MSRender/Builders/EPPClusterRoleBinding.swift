import MSYAML

/// The ClusterRoleBinding `NS-E`.
///
/// Invariant: binds ClusterRole `NS-E` to ServiceAccount `E` in NS.
enum EPPClusterRoleBinding {
    static func build(_ ctx: RenderContext) -> Resource? {
        guard ctx.clusterRBACEnabled else { return nil }
        return Resource.make(
            APIVersion.rbac, "ClusterRoleBinding", name: ctx.names.clusterRBAC, namespace: nil,
            labels: ctx.labels.epp,
            fields: [
                (
                    "subjects",
                    [["kind": "ServiceAccount", "name": .string(ctx.names.epp), "namespace": .string(ctx.namespace)]]
                ),
                (
                    "roleRef",
                    [
                        "apiGroup": .string(APIGroup.rbac), "kind": "ClusterRole",
                        "name": .string(ctx.names.clusterRBAC),
                    ]
                ),
            ])
    }
}
