/// Every object name derived from one ModelService (SPEC sections 4 and 8).
///
/// Invariant: each builder takes its own name and every name it refers to (the pool
/// a route targets, the Service account a Deployment runs as) from this one value.
public struct Names: Sendable, Hashable {
    /// `N`: the ModelService name.
    public let model: String
    /// `NS`: the effective namespace.
    public let namespace: String
    /// `E`: the EPP base name, a DNS-1035 label of at most 63 characters.
    public let epp: String

    /// The longest `dns1035(N)` kept whole: 59 + `-epp` = 63.
    static let eppBaseMaxLength = DNS.labelMaxLength - eppSuffix.utf8.count
    /// How much of a long base is kept before `-` and the hash.
    static let eppBaseKeptLength = 53
    static let eppHashLength = 5
    static let eppSuffix = "-epp"

    public init(model: String, namespace: String) {
        self.model = model
        self.namespace = namespace
        self.epp = Names.eppBase(model) + Names.eppSuffix
    }

    /// `dns1035(N)`, shortened with a hash of N when `E` would exceed a DNS-1035 label.
    public static func eppBase(_ model: String) -> String {
        let base = DNS.dns1035(model)
        guard base.utf8.count > eppBaseMaxLength else { return base }
        // dns1035 output is ASCII, so a byte prefix is a character prefix.
        var kept = Array(base.utf8.prefix(eppBaseKeptLength))
        while kept.last == UInt8(ascii: "-") { kept.removeLast() }
        let hash = SHA256.hex(model).prefix(eppHashLength)
        return String(decoding: kept, as: UTF8.self) + "-" + hash
    }

    public var decodeDeployment: String { model + "-decode" }
    public var prefillDeployment: String { model + "-prefill" }
    public func deployment(_ role: Role) -> String { model + "-" + role.rawValue }
    public func podMonitor(_ role: Role) -> String { model + "-" + role.rawValue }
    public var inferencePool: String { model }
    public var httpRoute: String { model }
    public var eppConfigMap: String { epp + "-config" }
    public var metricsSecret: String { epp + "-sa-metrics-reader-secret" }
    /// ClusterRole and ClusterRoleBinding: cluster-scoped, so the namespace is embedded.
    public var clusterRBAC: String { namespace + "-" + epp }
    /// The in-cluster host of the EPP Service (DestinationRule host).
    public var eppServiceHost: String { epp + "." + namespace + ".svc.cluster.local" }
}

/// A serving role: the pods that decode, or those that prefill.
public enum Role: String, Sendable, CaseIterable {
    case decode
    case prefill

    /// The `app.kubernetes.io/component` value of this role's objects.
    public var component: String {
        switch self {
        case .decode: return Labels.componentDecode
        case .prefill: return Labels.componentPrefill
        }
    }
}
