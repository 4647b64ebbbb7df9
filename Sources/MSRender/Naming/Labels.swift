import MSYAML

/// The label sets of SPEC section 3, as ordered mappings. The writer sorts keys; the
/// sets are built in byte order of their keys, so it finds them in order and copies none.
public struct Labels: Sendable {
    public static let name = "app.kubernetes.io/name"
    public static let component = "app.kubernetes.io/component"
    public static let partOf = "app.kubernetes.io/part-of"
    public static let managedBy = "app.kubernetes.io/managed-by"
    public static let version = "app.kubernetes.io/version"
    public static let inferenceServing = "llm-d.ai/inferenceServing"
    public static let model = "llm-d.ai/model"
    public static let role = "llm-d.ai/role"
    public static let inferencePool = "inferencepool"

    public static let partOfValue = "otterscale-system"
    public static let managedByValue = "model-operator"
    public static let componentDecode = "model-decode"
    public static let componentPrefill = "model-prefill"
    public static let componentEPP = "epp"

    public let names: Names
    /// `V`; empty: no version label.
    public let version: String

    public init(names: Names, version: String) {
        self.names = names
        self.version = version
    }

    /// `sel(name, component)`: the version-free labels selectors may use.
    public static func sel(_ name: String, _ component: String) -> [(String, String)] {
        [(Labels.component, component), (managedBy, managedByValue), (Labels.name, name), (partOf, partOfValue)]
    }

    /// `std(name, component)`: sel plus the version label when V is set.
    public func std(_ name: String, _ component: String) -> [(String, String)] {
        var labels = Labels.sel(name, component)
        if !version.isEmpty { labels.append((Labels.version, version)) }
        return labels
    }

    private func servingLabels(_ role: Role) -> [(String, String)] {
        [(Labels.inferenceServing, "true"), (Labels.model, names.model), (Labels.role, role.rawValue)]
    }

    /// Serving Deployment and PodMonitor metadata labels.
    public func roleMetadata(_ role: Role) -> Value { .labels(std(names.model, role.component)) }
    /// Serving Deployment selector; equals the PodMonitor selector.
    public func roleSelector(_ role: Role) -> Value {
        .labels(Labels.sel(names.model, role.component) + servingLabels(role))
    }
    /// Serving pod template labels: a superset of roleSelector and of poolSelector.
    public func rolePod(_ role: Role) -> Value { .labels(std(names.model, role.component) + servingLabels(role)) }

    /// Labels of every EPP object.
    public var epp: Value { .labels(std(names.epp, Labels.componentEPP)) }
    /// The EPP Service selector.
    public var eppSelector: Value { .labels(Labels.sel(names.epp, Labels.componentEPP)) }
    /// The EPP Deployment selector: the Service selector plus `inferencepool: E`.
    public var eppDeploymentSelector: Value {
        .labels(Labels.sel(names.epp, Labels.componentEPP) + [(Labels.inferencePool, names.epp)])
    }
    /// The EPP pod template labels: a superset of both EPP selectors.
    public var eppPod: Value { .labels(std(names.epp, Labels.componentEPP) + [(Labels.inferencePool, names.epp)]) }

    /// InferencePool and HTTPRoute metadata labels.
    public var poolRoute: Value { .labels(std(names.model, Labels.componentEPP)) }
    /// The pool's pod selector: matches decode and prefill pods alike (no component).
    public var poolSelector: Value {
        .labels([
            (Labels.managedBy, Labels.managedByValue), (Labels.name, names.model), (Labels.partOf, Labels.partOfValue),
            (Labels.inferenceServing, "true"), (Labels.model, names.model),
        ])
    }
}

extension Value {
    /// A string-to-string mapping in the given order.
    static func labels(_ pairs: [(String, String)]) -> Value {
        .mapping(pairs.map { Entry(key: .string($0.0), value: .string($0.1)) })
    }
}
