/// The gateway implementation the objects are rendered for (SPEC section 2).
public enum Provider: String, Sendable, CaseIterable {
    case istio
    case gke
    case none
}

/// OpenTelemetry settings shared by the EPP and the routing proxy.
public struct TracingOptions: Sendable, Hashable {
    public var enabled: Bool
    public var otelExporterEndpoint: String
    public var sampler: String
    public var samplerArg: String

    public init(
        enabled: Bool = false, otelExporterEndpoint: String = "",
        sampler: String = Defaults.tracingSampler, samplerArg: String = Defaults.tracingSamplerArg
    ) {
        self.enabled = enabled
        self.otelExporterEndpoint = otelExporterEndpoint
        self.sampler = sampler
        self.samplerArg = samplerArg
    }
}

/// Every render setting of SPEC section 2, with its default from `Defaults`.
public struct RenderOptions: Sendable {
    public var provider: Provider
    public var metricsEndpointAuth: Bool
    /// Empty: no HTTPRoute for ModelServices without `spec.httpRoute`.
    public var defaultGatewayName: String
    /// Empty: no model-unpack init container.
    public var kitImage: String
    public var defaultEngineImage: String
    public var defaultEPPImage: String
    public var defaultRoutingProxyImage: String
    public var tracing: TracingOptions
    /// Extra EPP flags as given (a later duplicate key wins); rendered in key order.
    public var eppFlags: [(key: String, value: String)]
    /// `V` (default `v1.0.1`): empty means the `app.kubernetes.io/version` label is omitted.
    public var versionLabel: String
    /// The namespace for ModelServices without `metadata.namespace`.
    public var namespace: String
    /// `--image-mirror FROM=TO` rules, as given (SPEC 6.1).
    public var imageMirrors: [ImageMirror] = []

    public init(
        provider: Provider = Defaults.provider,
        metricsEndpointAuth: Bool = Defaults.metricsEndpointAuth,
        defaultGatewayName: String = Defaults.gatewayName,
        kitImage: String = Defaults.kitImage,
        defaultEngineImage: String = Defaults.engineImage,
        defaultEPPImage: String = Defaults.eppImage,
        defaultRoutingProxyImage: String = Defaults.routingProxyImage,
        tracing: TracingOptions = TracingOptions(),
        eppFlags: [(key: String, value: String)] = [],
        versionLabel: String = Defaults.versionLabel,
        namespace: String = Defaults.namespace
    ) {
        self.provider = provider
        self.metricsEndpointAuth = metricsEndpointAuth
        self.defaultGatewayName = defaultGatewayName
        self.kitImage = kitImage
        self.defaultEngineImage = defaultEngineImage
        self.defaultEPPImage = defaultEPPImage
        self.defaultRoutingProxyImage = defaultRoutingProxyImage
        self.tracing = tracing
        self.eppFlags = eppFlags
        self.versionLabel = versionLabel
        self.namespace = namespace
    }

    /// The EPP flags sorted by key (byte order), one entry per key, the last given winning,
    /// as the operator stores them in a map and writes them sorted.
    public var sortedEPPFlags: [(key: String, value: String)] {
        var last: [String: String] = [:]
        for flag in eppFlags { last[flag.key] = flag.value }
        return last.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            .map { (key: $0, value: last[$0] ?? "") }
    }
}
