import MSYAML

/// The EPP Role `E`: what the picker reads in its namespace.
///
/// Invariant: bound to ServiceAccount `E` by the RoleBinding of the same name; with
/// Rn > 1 it adds the leases and events that `--ha-enable-leader-election` needs.
enum EPPRole {
    static func build(_ ctx: RenderContext) -> Resource {
        let read: Value = ["get", "watch", "list"]
        var rules: [Value] = [
            ["apiGroups": [""], "resources": ["pods"], "verbs": read],
            [
                "apiGroups": .sequence([.string(APIGroup.inferenceX)]),
                "resources": ["inferenceobjectives", "inferencemodelrewrites"], "verbs": read,
            ],
            ["apiGroups": .sequence([.string(APIGroup.inference)]), "resources": ["inferencepools"], "verbs": read],
        ]
        if ctx.eppReplicas > 1 {
            rules.append([
                "apiGroups": .sequence([.string(APIGroup.coordination)]), "resources": ["leases"],
                "verbs": ["get", "list", "watch", "create", "update", "patch", "delete"],
            ])
            rules.append(["apiGroups": [""], "resources": ["events"], "verbs": ["create", "patch"]])
        }
        return Resource.make(
            APIVersion.rbac, "Role", name: ctx.names.epp, namespace: ctx.namespace, labels: ctx.labels.epp,
            fields: [("rules", .sequence(rules))])
    }
}
