import MSYAML

/// Builds the typed spec from a checked, defaulted `spec` Value. It cannot fail: the
/// checker has enforced every type, so the fallbacks below are never reached on a
/// document without errors.
enum SpecExtractor {
    static func spec(_ v: Value) -> ModelServiceSpec {
        ModelServiceSpec(
            model: model(v["model"] ?? .null),
            engine: engine(v["engine"] ?? .null),
            accelerator: AcceleratorSpec(
                type: AcceleratorType(rawValue: v["accelerator"]?["type"]?.stringValue ?? "") ?? .cpu),
            decode: role(v["decode"] ?? .null),
            prefill: v["prefill"].map(role),
            routingProxy: v["routingProxy"].map(routingProxy),
            inferencePool: v["inferencePool"].map {
                InferencePoolSpec(endpointPicker: endpointPicker($0["endpointPicker"] ?? .null))
            },
            httpRoute: v["httpRoute"].map(httpRoute),
            monitoring: v["monitoring"].map { m in MonitoringSpec(podMonitor: m["podMonitor"].map(podMonitor)) }
        )
    }

    private static func model(_ v: Value) -> ModelSpec {
        ModelSpec(
            name: v["name"]?.stringValue ?? "",
            image: v["image"]?.stringValue ?? "",
            mountPath: v["mountPath"]?.stringValue ?? "/models",
            imagePullSecrets: (v["imagePullSecrets"]?.items ?? []).map { $0["name"]?.stringValue ?? "" }
        )
    }

    private static func engine(_ v: Value) -> EngineSpec {
        EngineSpec(
            image: v["image"]?.stringValue,
            imagePullPolicy: v["imagePullPolicy"]?.stringValue,
            args: (v["args"]?.items ?? []).compactMap(\.stringValue),
            env: (v["env"]?.items ?? []).map { e in
                EnvVar(name: e["name"]?.stringValue ?? "", value: e["value"]?.stringValue, valueFrom: e["valueFrom"])
            },
            port: v["port"]?.intValue ?? 8000
        )
    }

    static func role(_ v: Value) -> RoleSpec {
        let p = v["parallelism"]
        return RoleSpec(
            replicas: v["replicas"]?.intValue ?? 1,
            parallelism: Parallelism(
                tensor: p?["tensor"]?.intValue ?? 1,
                data: p?["data"]?.intValue ?? 1,
                dataLocal: p?["dataLocal"]?.intValue ?? 1
            ),
            resources: resources(v["resources"] ?? .null),
            nodeSelector: v["nodeSelector"]?.stringPairs ?? [],
            tolerations: v["tolerations"]?.items ?? [],
            annotations: v["annotations"]?.stringPairs ?? []
        )
    }

    static func resources(_ v: Value) -> ResourceRequirements {
        // Absent stays nil and `{}` stays empty: the EPP's resources depend on which it is.
        func amounts(_ list: Value?) -> [ResourceAmount]? {
            list.map { l in
                l.fields.compactMap { f in
                    f.value.stringValue.map { ResourceAmount(name: f.key, quantity: Quantity(canonical: $0)) }
                }
            }
        }
        return ResourceRequirements(
            requests: amounts(v["requests"]), limits: amounts(v["limits"]), claims: v["claims"]?.items ?? [])
    }

    private static func routingProxy(_ v: Value) -> RoutingProxySpec {
        RoutingProxySpec(
            image: v["image"]?.stringValue,
            connector: v["connector"]?.stringValue ?? "nixlv2",
            targetPort: v["targetPort"]?.intValue ?? 8200,
            zapEncoder: v["zapEncoder"]?.stringValue,
            zapLogLevel: v["zapLogLevel"]?.stringValue,
            secureProxy: v["secureProxy"]?.boolValue,
            prefillerUseTLS: v["prefillerUseTLS"]?.boolValue,
            certPath: v["certPath"]?.stringValue
        )
    }

    private static func endpointPicker(_ v: Value) -> EndpointPickerSpec {
        EndpointPickerSpec(
            image: v["image"]?.stringValue,
            replicas: v["replicas"]?.intValue ?? 1,
            resources: resources(v["resources"] ?? .null),
            port: v["port"]?.intValue ?? 9002,
            failureMode: FailureMode(rawValue: v["failureMode"]?.stringValue ?? "") ?? .failOpen
        )
    }

    private static func httpRoute(_ v: Value) -> HTTPRouteSpec {
        HTTPRouteSpec(
            gatewayRef: GatewayRef(
                name: v["gatewayRef"]?["name"]?.stringValue ?? "",
                namespace: v["gatewayRef"]?["namespace"]?.stringValue
            ),
            hostnames: (v["hostnames"]?.items ?? []).compactMap(\.stringValue)
        )
    }

    private static func podMonitor(_ v: Value) -> PodMonitorSpec {
        PodMonitorSpec(
            enabled: v["enabled"]?.boolValue ?? false,
            portName: v["portName"]?.stringValue ?? "http",
            path: v["path"]?.stringValue ?? "/metrics",
            interval: v["interval"]?.stringValue ?? "30s"
        )
    }
}
