import MSYAML

/// The EPP ServiceAccount `E`.
///
/// Invariant: its name is the EPP pod's `serviceAccountName`, the RoleBinding and
/// ClusterRoleBinding subject, and the metrics Secret's service-account annotation.
enum EPPServiceAccount {
    static func build(_ ctx: RenderContext) -> Resource {
        Resource.make(
            APIVersion.core, "ServiceAccount", name: ctx.names.epp, namespace: ctx.namespace,
            labels: ctx.labels.epp, fields: [])
    }
}
