import MSYAML

/// The EPP ConfigMap `E-config` holding the plugins file F.
///
/// Invariant: its data is exactly what `checksum/config` on the EPP pod template
/// hashes, and F is the file named by the EPP's `--config-file`.
enum EPPConfigMap {
    static func build(_ ctx: RenderContext) -> Resource {
        Resource.make(
            APIVersion.core, "ConfigMap", name: ctx.names.eppConfigMap, namespace: ctx.namespace,
            labels: ctx.labels.epp,
            fields: [("data", .object([(ctx.eppConfigFile, .string(ctx.eppConfigText))]))])
    }
}
