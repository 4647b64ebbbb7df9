import MSModel
import MSYAML

/// Pieces every pod-bearing builder shares, so all containers get the same hardening.
enum Fragments {
    /// Container hardening required by the restricted Pod Security Standard.
    static let containerSecurityContext: Value = [
        "allowPrivilegeEscalation": false, "capabilities": ["drop": ["ALL"]],
    ]

    /// Pod hardening required by the restricted Pod Security Standard.
    static let podSecurityContext: Value = [
        "runAsNonRoot": true, "seccompProfile": ["type": "RuntimeDefault"],
    ]

    static func port(_ name: String, _ number: Int) -> Value {
        ["name": .string(name), "containerPort": .int(number), "protocol": "TCP"]
    }

    /// A name/value env entry; an empty value is left out, as the API server stores it.
    static func env(_ name: String, _ value: String) -> Value {
        value.isEmpty ? ["name": .string(name)] : ["name": .string(name), "value": .string(value)]
    }

    static func fieldRefEnv(_ name: String, _ fieldPath: String, apiVersion: String? = nil) -> Value {
        var ref: [(String, Value)] = []
        if let apiVersion { ref.append(("apiVersion", .string(apiVersion))) }
        ref.append(("fieldPath", .string(fieldPath)))
        return ["name": .string(name), "valueFrom": ["fieldRef": .object(ref)]]
    }

    /// A user EnvVar as the API server stores it (an empty value is not written).
    static func env(_ variable: EnvVar) -> Value {
        var fields: [(String, Value)] = [("name", .string(variable.name))]
        if let value = variable.value, !value.isEmpty { fields.append(("value", .string(value))) }
        if let from = variable.valueFrom { fields.append(("valueFrom", from)) }
        return .object(fields)
    }

    /// core/v1 ResourceRequirements with canonical quantities; `{}` when empty.
    static func resources(_ r: ResourceRequirements) -> Value {
        var fields: [(String, Value)] = []
        // Empty maps are not written, as Go's omitempty drops them.
        if let limits = r.limits, !limits.isEmpty { fields.append(("limits", amounts(limits))) }
        if let requests = r.requests, !requests.isEmpty { fields.append(("requests", amounts(requests))) }
        if !r.claims.isEmpty { fields.append(("claims", .sequence(r.claims))) }
        return .object(fields)
    }

    static func amounts(_ list: [ResourceAmount]) -> Value {
        .object(list.map { ($0.name, Value.string($0.quantity.canonical)) })
    }

    /// A string-to-string map in source order.
    static func stringMap(_ pairs: [(key: String, value: String)]) -> Value {
        .object(pairs.map { ($0.key, Value.string($0.value)) })
    }
}
