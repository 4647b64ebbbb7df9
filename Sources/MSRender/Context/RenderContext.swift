import MSModel

/// Everything derived once from a ModelService and the render settings: names, labels,
/// effective ports and images. Builders read only this, so they cannot disagree. A
/// class: builders, plans and output order share one context instead of copying its
/// fields (a ModelService and the settings) at every step.
public final class RenderContext: Sendable {
    public let service: ModelService
    public let options: RenderOptions
    public let names: Names
    public let labels: Labels

    /// `P`: the engine port, which the routing proxy takes over when present.
    public let enginePort: Int
    /// `M`: where the model is unpacked and mounted.
    public let mountPath: String
    public let engineImage: String
    /// nil without `spec.routingProxy`.
    public let routingProxyImage: String?
    /// The model-unpack container's image; empty: no such container.
    public let kitImage: String
    /// The model's OCI reference as the unpack container pulls it (`OCI_MODEL_IMAGE`).
    public let modelImage: String
    /// The FROM of every image mirror rule that rewrote one of the images above.
    public let mirroredFrom: [String]

    /// Whether `spec.inferencePool` is present (the EPP is rendered either way).
    public let hasInferencePool: Bool
    public let eppImage: String
    /// `X`: the EPP ext-proc port.
    public let eppPort: Int
    /// `Rn`: EPP replicas.
    public let eppReplicas: Int
    public let eppResources: ResourceRequirements
    /// The InferencePool's `failureMode`.
    public let failureMode: String
    /// `F`: the plugins file name inside the EPP ConfigMap.
    public let eppConfigFile: String
    public let eppConfigText: String
    /// SHA-256 of the ConfigMap data: restarts EPP pods when the config changes.
    public let configChecksum: String

    public init(_ service: ModelService, options: RenderOptions) {
        self.service = service
        self.options = options
        let spec = service.spec
        let namespace = service.namespace ?? (options.namespace.isEmpty ? Defaults.namespace : options.namespace)
        names = Names(model: service.name, namespace: namespace)
        labels = Labels(names: names, version: options.versionLabel)

        enginePort = spec.engine.port
        mountPath = spec.model.mountPath.isEmpty ? Defaults.modelMountPath : spec.model.mountPath
        // Every image msrender writes passes through the mirror rules here, once.
        var mirrored: [String] = []
        func image(_ reference: String) -> String {
            let (out, from) = ImageMirrors.rewrite(reference, options.imageMirrors)
            if let from, !mirrored.contains(where: { $0.utf8.elementsEqual(from.utf8) }) { mirrored.append(from) }
            return out
        }
        engineImage = image(RenderContext.effective(spec.engine.image, options.defaultEngineImage))
        routingProxyImage = spec.routingProxy.map {
            image(RenderContext.effective($0.image, options.defaultRoutingProxyImage))
        }
        let picker = spec.inferencePool?.endpointPicker
        eppImage = image(RenderContext.effective(picker?.image, options.defaultEPPImage))
        let unpacks = !options.kitImage.isEmpty && !spec.model.image.isEmpty
        kitImage = unpacks ? image(options.kitImage) : ""
        modelImage = unpacks ? image(spec.model.image) : spec.model.image
        mirroredFrom = mirrored

        hasInferencePool = picker != nil
        eppPort = picker?.port ?? Defaults.eppPort
        eppReplicas = picker?.replicas ?? Defaults.eppReplicas
        eppResources = picker?.resources ?? ResourceRequirements()
        failureMode = picker?.failureMode.rawValue ?? Defaults.implicitFailureMode

        let config = EPPConfigFiles.file(disaggregated: spec.prefill != nil)
        eppConfigFile = config.name
        eppConfigText = config.text
        configChecksum = EPPConfigFiles.configChecksum(disaggregated: spec.prefill != nil)
    }

    /// The namespace the objects go to: the ModelService's own, else the setting.
    public var namespace: String { names.namespace }
    public var spec: ModelServiceSpec { service.spec }

    /// The roles rendered, decode first.
    public var roles: [Role] { spec.prefill == nil ? [.decode] : [.decode, .prefill] }

    public func roleSpec(_ role: Role) -> RoleSpec? {
        switch role {
        case .decode: return spec.decode
        case .prefill: return spec.prefill
        }
    }

    /// The port vLLM listens on: behind the routing proxy (decode only) it moves to targetPort.
    public func vllmPort(_ role: Role) -> Int {
        if role == .decode, let proxy = spec.routingProxy { return proxy.targetPort }
        return enginePort
    }

    /// `G` = tensor x dataLocal (each at least 1): the accelerators one pod needs.
    public func gpuCount(_ role: Role) -> Int {
        guard let p = roleSpec(role)?.parallelism else { return 0 }
        return max(p.tensor, 1).multipliedReportingOverflow(by: max(p.dataLocal, 1)).partialValue
    }

    /// The device-plugin resource for the accelerator; nil for CPU.
    public var gpuResourceName: String? { spec.accelerator.type.resourceName }

    /// PodMonitors: on unless `monitoring.podMonitor` is present and disabled.
    public var podMonitorsEnabled: Bool { spec.monitoring?.podMonitor?.enabled ?? true }

    /// The EPP ServiceMonitor: needs an explicit pool and an enabled podMonitor.
    public var serviceMonitorEnabled: Bool {
        hasInferencePool && spec.monitoring?.podMonitor?.enabled == true
    }

    /// The metrics-reader token Secret: GKE's gateway reads EPP metrics without one.
    public var metricsSecretEnabled: Bool {
        hasInferencePool && options.metricsEndpointAuth && options.provider != .gke
    }

    /// The ClusterRole/Binding that lets the EPP check metrics scrapers' tokens.
    public var clusterRBACEnabled: Bool { hasInferencePool && options.metricsEndpointAuth }

    public var destinationRuleEnabled: Bool { options.provider == .istio }

    /// An empty image setting or field counts as unset, as in the operator.
    static func effective(_ value: String?, _ fallback: String) -> String {
        if let value, !value.isEmpty { return value }
        return fallback
    }
}
