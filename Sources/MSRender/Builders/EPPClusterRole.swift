import MSYAML

/// The ClusterRole `NS-E`: lets the EPP review the tokens of metrics scrapers.
///
/// Invariant: cluster-scoped, so the name embeds NS to stay unique across namespaces;
/// bound to ServiceAccount `E` by the ClusterRoleBinding of the same name.
enum EPPClusterRole {
    static func build(_ ctx: RenderContext) -> Resource? {
        guard ctx.clusterRBACEnabled else { return nil }
        return Resource.make(
            APIVersion.rbac, "ClusterRole", name: ctx.names.clusterRBAC, namespace: nil, labels: ctx.labels.epp,
            fields: [
                (
                    "rules",
                    [
                        [
                            "apiGroups": .sequence([.string(APIGroup.authentication)]),
                            "resources": ["tokenreviews"], "verbs": ["create"],
                        ],
                        [
                            "apiGroups": .sequence([.string(APIGroup.authorization)]),
                            "resources": ["subjectaccessreviews"], "verbs": ["create"],
                        ],
                        ["nonResourceURLs": ["/metrics"], "verbs": ["get"]],
                    ]
                )
            ])
    }
}
