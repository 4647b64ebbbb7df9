import MSModel
import MSYAML

/// The rules on `spec.engine.env`, which the vllm container gets as it is: core/v1
/// EnvVar names, one `valueFrom` source, and each source's fields
/// (`PodFieldRules.checkEnvVar`, `EnvSourceRules`, and the pod's volumes).
extension JSONSchemaRules {
    static let envRules: [Rule] = {
        let env = "spec.engine.env"
        let from = "\(env).valueFrom"
        var out: [Rule] = [
            ("\(env).name", [("pattern", .string(P.envVarName))]),
            ("\(env)[]", [("not", envValueAndValueFrom)]),
            // Null is absent (no source is needed then); an object sets exactly one source.
            (from, [("oneOf", .sequence([["type": "null"]] + envSources.map(presentObject)))]),
            ("\(from).fieldRef.apiVersion", [("enum", J.strings(["", "v1"], nullable: true))]),
            ("\(from).fieldRef.fieldPath", [("pattern", .string(P.fieldPath))]),
            ("\(from).resourceFieldRef", divisorRules),
            ("\(from).resourceFieldRef.resource", [("pattern", .string(P.containerResource))]),
            ("\(from).fileKeyRef.key", [("pattern", .string(P.envVarName))]),
            ("\(from).fileKeyRef.path", [("minLength", J.int(1)), ("pattern", .string(P.relativePath))]),
            ("\(from).fileKeyRef.volumeName", [("enum", J.strings(volumes, nullable: false))]),
        ]
        for source in ["configMapKeyRef", "secretKeyRef"] {
            // The name is a ConfigMap or Secret name: the CRD's default "" is not one.
            out.append(("\(from).\(source)", [("required", ["key", "name"])]))
            let name: [(String, Value)] = [
                ("type", "string"), ("maxLength", J.int(maxSubdomainLength)), ("pattern", .string(P.subdomainName)),
            ]
            out.append(("\(from).\(source).name", name))
            let key: [(String, Value)] = [
                ("maxLength", J.int(EnvSourceRules.maxKeyLength)), ("pattern", .string(P.configMapKey)),
            ]
            out.append(("\(from).\(source).key", key))
        }
        return out
    }()

    /// The fields whose CRD default (`""`) msrender rejects, so the schema offers none.
    static let requiredNames = ["configMapKeyRef", "secretKeyRef"].map { "spec.engine.env.valueFrom.\($0).name" }

    /// Every volume a serving pod can have (`ServingDeployment.volumes`); the docker
    /// config only with pull secrets (`ModelServiceJSONSchema` states that part).
    static let volumes = [Defaults.modelVolume, Defaults.modelTmpVolume, Defaults.dockerConfigVolume]

    /// valueFrom's fields are its sources, and exactly one must be set.
    static let envSources =
        FieldDoc.modelService.descendant(["spec", "engine", "env", "valueFrom"])?.children
        .map { $0.name } ?? []

    /// An object with `name` set, and not null.
    private static func presentObject(_ name: String) -> Value {
        let object: Value = ["type": "object"]
        return ["type": "object", "required": [.string(name)], "properties": .object([(name, object)])]
    }

    /// A non-empty value together with valueFrom.
    private static let envValueAndValueFrom: Value = [
        "type": "object", "required": ["value", "valueFrom"],
        "properties": ["value": ["type": "string", "minLength": J.int(1)], "valueFrom": ["type": "object"]],
    ]

    /// The divisors a resource takes: CPU ones for `*.cpu`, else byte ones for memory,
    /// ephemeral storage and hugepages.
    private static let divisorRules: [(String, Value)] = {
        func divisor(_ allowed: [String]) -> Value { ["properties": ["divisor": divisorRule(allowed)]] }
        let bytes: Value = [
            "if": ["properties": ["resource": ["pattern": .string(P.byteResource)]]],
            "then": divisor(EnvSourceRules.byteDivisors),
        ]
        return [
            ("if", ["properties": ["resource": ["pattern": .string(P.cpuResource)]]]),
            ("then", divisor(EnvSourceRules.cpuDivisors)), ("else", bytes),
        ]
    }()

    /// msrender compares the divisor's canonical form with `allowed` (zero means the
    /// default). The canonical form of an integer is exact to state; of a string only
    /// for the spellings that are their own canonical form (`2`, `512Ki`) and for a
    /// negative amount; other spellings (`1.0`, `1000m`, `1e3`) are left to msrender.
    static func divisorRule(_ allowed: [String]) -> Value {
        let allowedText = J.strings(allowed, nullable: false)
        // Integers are decimal: only powers of ten can print as a one-digit canonical form.
        let powers = (0...18).map { (0..<$0).reduce(1) { n, _ in n * 10 } }
        let allowedInts =
            [0] + powers.filter { p in allowed.contains { $0.utf8.elementsEqual(Quantity(p).canonical.utf8) } }
        let wrong: [Value] = [
            ["type": "string", "pattern": .string(P.shortCanonicalQuantity), "not": ["enum": allowedText]],
            ["type": "string", "pattern": .string(P.negativeQuantity)],
            ["type": "integer", "not": ["enum": J.ints(allowedInts)]],
        ]
        return ["not": ["anyOf": .sequence(wrong)]]
    }
}
