import MSYAML

/// The order objects are applied in (SPEC section 6), as one table indexed once.
///
/// Dependencies first: namespaces and definitions before what lives in them, the
/// ServiceAccount and its token before anything runs as it, RBAC before the pods that
/// need it, then the custom kinds that refer to them. The kinds msrender renders keep
/// their order among themselves; the others (for objects passed through with
/// `--others=pass`) are placed as helm's `kind_sorter.go` and kustomize's `gvk.go` place
/// them: cluster-wide foundations first, webhook configurations last.
public enum InstallOrder {
    /// Kinds in apply order; a kind not listed sorts after all of them, by name, and
    /// before `applyLast`.
    public static let kinds: [String] = [
        // Cluster-wide foundations and what namespaces hold before anything runs.
        "Namespace", "CustomResourceDefinition", "PriorityClass", "StorageClass", "ResourceQuota", "LimitRange",
        "NetworkPolicy", "PodSecurityPolicy", "PodDisruptionBudget", "PersistentVolume", "PersistentVolumeClaim",
        // Identity, configuration, RBAC and Services (msrender's own kinds in its order).
        "ServiceAccount", "Secret", "ConfigMap", "ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding",
        "Service",
        // Workloads.
        "DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment", "HorizontalPodAutoscaler",
        "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress", "APIService",
        // Custom kinds that refer to Services and workloads.
        "GatewayClass", "Gateway", "DestinationRule", "HTTPRoute", "InferencePool", "PodMonitor", "ServiceMonitor",
    ]

    /// Applied after every other kind: a webhook applied early blocks the objects its
    /// own Service and Deployment would come from (kustomize's `orderLast`).
    public static let applyLast = ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"]

    /// The first workload kind: passed objects of kinds before it (what workloads may
    /// need: namespaces, definitions, quotas, storage, identities, configuration, RBAC,
    /// Services) are written before all rendered objects, the others after them.
    public static let firstWorkloadKind = "DaemonSet"

    /// The position of `kind` in the table (unknown kinds after the listed ones, before
    /// `applyLast`). A scan comparing bytes (mostly lengths) rather than a hashed table:
    /// nothing to build at start-up, and `sort` looks each object's kind up once.
    public static func rank(of kind: String) -> Int {
        if let i = kinds.firstIndex(where: { UTF8Text.equal($0, kind) }) { return i }
        if let i = applyLast.firstIndex(where: { UTF8Text.equal($0, kind) }) { return kinds.count + 1 + i }
        return kinds.count
    }

    /// Whether a passed object of `kind` goes before the rendered objects.
    public static func precedesWorkloads(_ kind: String) -> Bool {
        rank(of: kind) < rank(of: firstWorkloadKind)
    }

    /// Sorts by kind rank, then kind, namespace and name (byte order): a total order.
    public static func sort(_ resources: [Resource]) -> [Resource] {
        // Each kind's rank is looked up once, not at every comparison, and indexes are
        // sorted rather than the objects themselves.
        let ranks = resources.map { rank(of: $0.kind) }
        let order = resources.indices.sorted { i, j in
            if ranks[i] != ranks[j] { return ranks[i] < ranks[j] }
            let (a, b) = (resources[i], resources[j])
            return UTF8Text.ordered(
                (a.kind, b.kind), (a.namespace ?? "", b.namespace ?? ""), (a.name, b.name))
        }
        return order.map { resources[$0] }
    }
}
