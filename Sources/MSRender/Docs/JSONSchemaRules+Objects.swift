import MSModel
import MSYAML

/// The rules of the other objects a ModelService's fields land in: the HTTPRoute and
/// PodMonitor CRDs (`RouteMonitorRules`), container images (`ImageRules`), and what
/// the serving pod already has next to the input (`RenderValidator.checkPods`).
extension JSONSchemaRules {
    static let objectRules: [Rule] = {
        let route = "spec.httpRoute"
        let hostname: [(String, Value)] = [
            ("minLength", J.int(1)), ("maxLength", J.int(RouteMonitorRules.maxNameLength)),
            ("pattern", .string(P.hostname)),
        ]
        let namespace: [(String, Value)] = [
            ("maxLength", J.int(RouteMonitorRules.maxNamespaceLength)), ("pattern", .string(P.optionalLabelName)),
        ]
        // Only an enabled podMonitor renders PodMonitors, which carry the interval.
        let interval: [(String, Value)] = [
            ("if", ["required": ["enabled"], "properties": ["enabled": ["const": true]]]),
            ("then", ["properties": ["interval": ["pattern": .string(P.duration)]]]),
        ]
        let image: [(String, Value)] = [("pattern", .string(P.noSurroundingSpace))]
        return [
            ("\(route).hostnames", [("maxItems", J.int(RouteMonitorRules.maxHostnames))]),
            ("\(route).hostnames[]", hostname),
            ("\(route).gatewayRef.name", [("maxLength", J.int(RouteMonitorRules.maxNameLength))]),
            ("\(route).gatewayRef.namespace", namespace),
            ("spec.monitoring.podMonitor", interval),
            ("spec.engine.image", image),
            ("spec.routingProxy.image", image),
            ("spec.inferencePool.endpointPicker.image", image),
            // model-unpack mounts kit's cache here, and the model at mountPath.
            ("spec.model.mountPath", [("not", ["const": .string(Defaults.modelTmpMountPath)])]),
            ("spec", pullSecretVolume),
        ]
    }()

    /// With pull secrets the pod has the docker-config volume, which model-unpack mounts
    /// at /.docker; without, an env file cannot name that volume.
    private static let pullSecretVolume: [(String, Value)] = {
        let secrets: Value = [
            "required": ["model"],
            "properties": [
                "model": [
                    "required": ["imagePullSecrets"],
                    "properties": ["imagePullSecrets": ["type": "array", "minItems": J.int(1)]],
                ]
            ],
        ]
        let mountPath: Value = [
            "properties": [
                "model": ["properties": ["mountPath": ["not": ["const": .string(Defaults.dockerConfigMountPath)]]]]
            ]
        ]
        let volume: Value = ["not": ["const": .string(Defaults.dockerConfigVolume)]]
        let fileKeyRef: Value = ["properties": ["fileKeyRef": ["properties": ["volumeName": volume]]]]
        let env: Value = ["items": ["properties": ["valueFrom": fileKeyRef]]]
        let noVolume: Value = ["properties": ["engine": ["properties": ["env": env]]]]
        return [("if", secrets), ("then", mountPath), ("else", noVolume)]
    }()
}
