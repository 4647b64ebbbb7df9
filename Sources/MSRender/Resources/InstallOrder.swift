/// The order objects are applied in (SPEC section 6), as one table indexed once.
///
/// Dependencies first: the ServiceAccount and its token before anything runs as it,
/// RBAC before the pods that need it, then the custom kinds that refer to them.
public enum InstallOrder {
    /// Kinds in apply order; a kind not listed sorts after all of them, by name.
    public static let kinds: [String] = [
        "ServiceAccount", "Secret", "ConfigMap", "ClusterRole", "ClusterRoleBinding", "Role",
        "RoleBinding", "Service", "Deployment", "DestinationRule", "HTTPRoute", "InferencePool",
        "PodMonitor", "ServiceMonitor",
    ]

    private static let rank: [String: Int] = {
        var table: [String: Int] = [:]
        for (i, kind) in kinds.enumerated() { table[kind] = i }
        return table
    }()

    /// The position of `kind` in the table (unknown kinds last).
    public static func rank(of kind: String) -> Int { rank[kind] ?? kinds.count }

    /// Sorts by kind rank, then kind, namespace and name (byte order): a total order.
    public static func sort(_ resources: [Resource]) -> [Resource] {
        resources.sorted { a, b in
            let ra = rank(of: a.kind)
            let rb = rank(of: b.kind)
            if ra != rb { return ra < rb }
            if a.kind != b.kind { return bytesLess(a.kind, b.kind) }
            let na = a.namespace ?? ""
            let nb = b.namespace ?? ""
            if na != nb { return bytesLess(na, nb) }
            return bytesLess(a.name, b.name)
        }
    }

    static func bytesLess(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
