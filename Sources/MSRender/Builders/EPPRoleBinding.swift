import MSYAML

/// The EPP RoleBinding `E`.
///
/// Invariant: binds Role `E` (same namespace) to ServiceAccount `E`, the account the
/// EPP pods run as.
enum EPPRoleBinding {
    static func build(_ ctx: RenderContext) -> Resource {
        Resource.make(
            APIVersion.rbac, "RoleBinding", name: ctx.names.epp, namespace: ctx.namespace, labels: ctx.labels.epp,
            fields: [
                (
                    "subjects",
                    [["kind": "ServiceAccount", "name": .string(ctx.names.epp), "namespace": .string(ctx.namespace)]]
                ),
                ("roleRef", ["apiGroup": .string(APIGroup.rbac), "kind": "Role", "name": .string(ctx.names.epp)]),
            ])
    }
}
