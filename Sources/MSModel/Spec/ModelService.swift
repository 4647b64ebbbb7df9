import MSYAML

/// A decoded, defaulted ModelService (model.otterscale.io/v1alpha1), ready to render.
///
/// Field names follow otterscale/api v1alpha1. CRD defaults are already applied, so
/// every non-optional field holds its effective value. `marks` keeps where each field
/// path was written, for diagnostics raised after decoding.
public struct ModelService: Sendable {
    public var name: String
    /// nil when the document had no `metadata.namespace` (the render setting applies).
    public var namespace: String?
    public var spec: ModelServiceSpec
    /// The input file's display name (`<stdin>` for standard input).
    public var source: String
    /// Where each field path (`spec.decode.replicas`) was written.
    public var marks: SourceMap

    public init(
        name: String, namespace: String?, spec: ModelServiceSpec, source: String,
        marks: SourceMap = SourceMap()
    ) {
        self.name = name
        self.namespace = namespace
        self.spec = spec
        self.source = source
        self.marks = marks
    }
}

/// Field paths to source positions, for diagnostics that are found after decoding.
public struct SourceMap: Sendable {
    public var marks = PathMarks()
    /// Where the document itself starts.
    public var document: Mark = .start
    public init() {}
    public init(document: Mark) { self.document = document }

    /// The mark of `path`, else of its nearest written ancestor, else of the document.
    public func mark(for path: String) -> Mark { marks.nearest(path) ?? document }
}

/// Marks by field path text, the paths compared as UTF-8 bytes: `labels[café]` in NFC and
/// in NFD are two paths (a Swift `String` key would merge them).
public struct PathMarks: Sendable {
    private var storage: [PathKey: Mark]
    public init() { storage = [:] }
    /// Room for `capacity` paths up front (a checker writes one per field: growing from
    /// empty rehashes every path several times).
    public init(capacity: Int) { storage = Dictionary(minimumCapacity: capacity) }

    public subscript(path: String) -> Mark? {
        get { storage[PathKey(text: path)] }
        set { storage[PathKey(text: path)] = newValue }
    }

    /// The mark of `path`, else of its nearest written ancestor (cut at `.` and `[`
    /// bytes), or nil when none was written.
    public func nearest(_ path: String) -> Mark? {
        var bytes = Array(path.utf8)
        while true {
            // Cut before an ASCII byte, so the bytes stay whole UTF-8 and decode to themselves.
            if let m = storage[PathKey(text: String(decoding: bytes, as: UTF8.self))] { return m }
            guard let cut = bytes.lastIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "[") }) else {
                return nil
            }
            bytes.removeSubrange(cut...)
        }
    }
}

/// A path as a key: compared as bytes and hashed by their fingerprint, one pass
/// without a copy (an `[UInt8]` key allocates a copy per lookup; SipHash over the bytes
/// cost twice the fingerprint's instructions).
private struct PathKey: Hashable, Sendable {
    var text: String

    static func == (a: PathKey, b: PathKey) -> Bool { UTF8Text.equal(a.text, b.text) }

    func hash(into hasher: inout Hasher) { hasher.combine(UTF8Text.fingerprint(text)) }
}

public struct ModelServiceSpec: Sendable {
    public var model: ModelSpec
    public var engine: EngineSpec
    public var accelerator: AcceleratorSpec
    public var decode: RoleSpec
    /// Present: prefill/decode disaggregation.
    public var prefill: RoleSpec?
    public var routingProxy: RoutingProxySpec?
    public var inferencePool: InferencePoolSpec?
    public var httpRoute: HTTPRouteSpec?
    public var monitoring: MonitoringSpec?

    public init(
        model: ModelSpec, engine: EngineSpec = EngineSpec(), accelerator: AcceleratorSpec,
        decode: RoleSpec = RoleSpec(), prefill: RoleSpec? = nil,
        routingProxy: RoutingProxySpec? = nil, inferencePool: InferencePoolSpec? = nil,
        httpRoute: HTTPRouteSpec? = nil, monitoring: MonitoringSpec? = nil
    ) {
        self.model = model
        self.engine = engine
        self.accelerator = accelerator
        self.decode = decode
        self.prefill = prefill
        self.routingProxy = routingProxy
        self.inferencePool = inferencePool
        self.httpRoute = httpRoute
        self.monitoring = monitoring
    }
}

public struct ModelSpec: Sendable {
    public var name: String
    public var image: String
    public var mountPath: String
    /// The `name` of each `imagePullSecrets` entry, in order (`""` when omitted).
    public var imagePullSecrets: [String]

    public init(name: String, image: String, mountPath: String = "/models", imagePullSecrets: [String] = []) {
        self.name = name
        self.image = image
        self.mountPath = mountPath
        self.imagePullSecrets = imagePullSecrets
    }
}

public struct EngineSpec: Sendable {
    /// nil: the render setting `defaultEngineImage`.
    public var image: String?
    /// Always, IfNotPresent or Never; nil when not set.
    public var imagePullPolicy: String?
    public var args: [String]
    public var env: [EnvVar]
    public var port: Int

    public init(
        image: String? = nil, imagePullPolicy: String? = nil, args: [String] = [],
        env: [EnvVar] = [], port: Int = 8000
    ) {
        self.image = image
        self.imagePullPolicy = imagePullPolicy
        self.args = args
        self.env = env
        self.port = port
    }
}

/// A core/v1 EnvVar. `valueFrom` is kept as validated data and written back as given
/// (keys sorted by the writer).
public struct EnvVar: Sendable, Hashable {
    public var name: String
    public var value: String?
    public var valueFrom: Value?

    public init(name: String, value: String? = nil, valueFrom: Value? = nil) {
        self.name = name
        self.value = value
        self.valueFrom = valueFrom
    }
}

public enum AcceleratorType: String, Sendable, CaseIterable {
    case nvidia
    case amd
    case intelGaudi = "intel-gaudi"
    case google
    case cpu
}

public struct AcceleratorSpec: Sendable {
    public var type: AcceleratorType
    public init(type: AcceleratorType) { self.type = type }
}

public struct Parallelism: Sendable, Hashable {
    public var tensor: Int
    public var data: Int
    public var dataLocal: Int
    public init(tensor: Int = 1, data: Int = 1, dataLocal: Int = 1) {
        self.tensor = tensor
        self.data = data
        self.dataLocal = dataLocal
    }
}

/// One resource name and quantity, in source order.
public struct ResourceAmount: Sendable, Hashable {
    public var name: String
    public var quantity: Quantity
    public init(name: String, quantity: Quantity) {
        self.name = name
        self.quantity = quantity
    }
}

/// core/v1 ResourceRequirements.
///
/// `requests` and `limits` are nil when not written and `[]` when written empty
/// (`requests: {}`), as Go's nil and empty maps differ: the operator keeps
/// endpointPicker.resources only when `Requests != nil || Limits != nil`.
public struct ResourceRequirements: Sendable, Hashable {
    public var requests: [ResourceAmount]?
    public var limits: [ResourceAmount]?
    /// `claims` entries as validated data ({name, request}).
    public var claims: [Value]

    public init(requests: [ResourceAmount]? = nil, limits: [ResourceAmount]? = nil, claims: [Value] = []) {
        self.requests = requests
        self.limits = limits
        self.claims = claims
    }

    /// Whether `requests` or `limits` was written, even as an empty map.
    public var setsRequestsOrLimits: Bool { requests != nil || limits != nil }
}

/// A role (decode or prefill): how many pods, how parallel, where they run.
public struct RoleSpec: Sendable {
    public var replicas: Int
    public var parallelism: Parallelism
    public var resources: ResourceRequirements
    /// In source order; the writer sorts keys.
    public var nodeSelector: [(key: String, value: String)]
    /// core/v1 Toleration entries as validated data.
    public var tolerations: [Value]
    /// Copied to the pod template; in source order.
    public var annotations: [(key: String, value: String)]

    public init(
        replicas: Int = 1, parallelism: Parallelism = Parallelism(),
        resources: ResourceRequirements = ResourceRequirements(),
        nodeSelector: [(key: String, value: String)] = [], tolerations: [Value] = [],
        annotations: [(key: String, value: String)] = []
    ) {
        self.replicas = replicas
        self.parallelism = parallelism
        self.resources = resources
        self.nodeSelector = nodeSelector
        self.tolerations = tolerations
        self.annotations = annotations
    }
}

public struct RoutingProxySpec: Sendable {
    /// nil: the render setting `defaultRoutingProxyImage`.
    public var image: String?
    public var connector: String
    public var targetPort: Int
    public var zapEncoder: String?
    public var zapLogLevel: String?
    public var secureProxy: Bool?
    public var prefillerUseTLS: Bool?
    public var certPath: String?

    public init(
        image: String? = nil, connector: String = "nixlv2", targetPort: Int = 8200,
        zapEncoder: String? = nil, zapLogLevel: String? = nil, secureProxy: Bool? = nil,
        prefillerUseTLS: Bool? = nil, certPath: String? = nil
    ) {
        self.image = image
        self.connector = connector
        self.targetPort = targetPort
        self.zapEncoder = zapEncoder
        self.zapLogLevel = zapLogLevel
        self.secureProxy = secureProxy
        self.prefillerUseTLS = prefillerUseTLS
        self.certPath = certPath
    }
}

public enum FailureMode: String, Sendable {
    case failOpen = "FailOpen"
    case failClose = "FailClose"
}

public struct EndpointPickerSpec: Sendable {
    /// nil: the render setting `defaultEPPImage`.
    public var image: String?
    public var replicas: Int
    public var resources: ResourceRequirements
    public var port: Int
    public var failureMode: FailureMode

    public init(
        image: String? = nil, replicas: Int = 1, resources: ResourceRequirements = ResourceRequirements(),
        port: Int = 9002, failureMode: FailureMode = .failOpen
    ) {
        self.image = image
        self.replicas = replicas
        self.resources = resources
        self.port = port
        self.failureMode = failureMode
    }
}

public struct InferencePoolSpec: Sendable {
    public var endpointPicker: EndpointPickerSpec
    public init(endpointPicker: EndpointPickerSpec = EndpointPickerSpec()) {
        self.endpointPicker = endpointPicker
    }
}

public struct GatewayRef: Sendable {
    public var name: String
    /// nil when not set (the ModelService's namespace applies).
    public var namespace: String?
    public init(name: String, namespace: String? = nil) {
        self.name = name
        self.namespace = namespace
    }
}

public struct HTTPRouteSpec: Sendable {
    public var gatewayRef: GatewayRef
    public var hostnames: [String]
    public init(gatewayRef: GatewayRef, hostnames: [String] = []) {
        self.gatewayRef = gatewayRef
        self.hostnames = hostnames
    }
}

public struct PodMonitorSpec: Sendable {
    public var enabled: Bool
    public var portName: String
    public var path: String
    public var interval: String
    public init(enabled: Bool = false, portName: String = "http", path: String = "/metrics", interval: String = "30s") {
        self.enabled = enabled
        self.portName = portName
        self.path = path
        self.interval = interval
    }
}

public struct MonitoringSpec: Sendable {
    public var podMonitor: PodMonitorSpec?
    public init(podMonitor: PodMonitorSpec? = nil) { self.podMonitor = podMonitor }
}
