import MSYAML

/// One rendered Kubernetes object: its identity, and the whole object as data.
public struct Resource: Sendable, Hashable {
    public var apiVersion: String
    public var kind: String
    public var name: String
    /// nil for cluster-scoped kinds (ClusterRole, ClusterRoleBinding).
    public var namespace: String?
    /// The complete object (`apiVersion`, `kind`, `metadata`, ...); the writer sorts keys.
    public var body: Value

    public init(apiVersion: String, kind: String, name: String, namespace: String?, body: Value) {
        self.apiVersion = apiVersion
        self.kind = kind
        self.name = name
        self.namespace = namespace
        self.body = body
    }

    /// Assembles an object so `metadata` always agrees with `name` and `namespace`.
    static func make(
        _ apiVersion: String, _ kind: String, name: String, namespace: String?,
        labels: Value, annotations: Value? = nil, fields: [(String, Value)]
    ) -> Resource {
        // In byte order of the keys (the writer's order, which it then need not make).
        var metadata: [(String, Value)] = []
        if let annotations { metadata.append(("annotations", annotations)) }
        metadata.append(("labels", labels))
        metadata.append(("name", .string(name)))
        if let namespace { metadata.append(("namespace", .string(namespace))) }
        var top: [(String, Value)] = [
            ("apiVersion", .string(apiVersion)), ("kind", .string(kind)), ("metadata", .object(metadata)),
        ]
        for field in fields {  // a few; each goes to its place
            var i = top.count
            while i > 0 && UTF8Text.less(field.0, top[i - 1].0) { i -= 1 }
            top.insert(field, at: i)
        }
        let body = Value.object(top)
        return Resource(apiVersion: apiVersion, kind: kind, name: name, namespace: namespace, body: body)
    }
}

/// API versions of the kinds msrender writes.
enum APIVersion {
    static let core = "v1"
    static let apps = "apps/v1"
    static let rbac = "rbac.authorization.k8s.io/v1"
    static let inferencePool = "inference.networking.k8s.io/v1"
    static let gateway = "gateway.networking.k8s.io/v1"
    static let istioNetworking = "networking.istio.io/v1beta1"
    static let monitoring = "monitoring.coreos.com/v1"
}

/// API groups referenced inside objects (roleRefs, backendRefs, RBAC rules).
enum APIGroup {
    static let rbac = "rbac.authorization.k8s.io"
    static let inference = "inference.networking.k8s.io"
    static let inferenceX = "inference.networking.x-k8s.io"
    static let gateway = "gateway.networking.k8s.io"
    static let coordination = "coordination.k8s.io"
    static let authentication = "authentication.k8s.io"
    static let authorization = "authorization.k8s.io"
}
