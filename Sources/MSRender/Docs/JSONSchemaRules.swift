import MSModel
import MSYAML

/// The JSON Schema keywords for msrender's rules beyond the CRD's tables (SPEC 1 and 8:
/// what the decoder's input rules and the render checks reject), by explain path; a key
/// ending in `[]` applies to each entry of that list. `ModelServiceJSONSchema` adds them
/// to the nodes it generates from the tables.
///
/// Cross-field rules no schema can state (a request above its limit, all annotations of
/// a pod template over 256 KiB, two claims of one name) are left to msrender.
enum JSONSchemaRules {
    typealias P = JSONSchemaPatterns
    typealias J = JSONSchemaValues

    static func keywords(for path: String) -> [(String, Value)] {
        for (p, k) in table where p.utf8.elementsEqual(path.utf8) { return k }
        return []
    }

    typealias Rule = (path: String, keywords: [(String, Value)])

    static let table: [Rule] =
        documentRules + roleRules("spec.decode") + roleRules("spec.prefill")
        + resourceRules("spec.inferencePool.endpointPicker.resources")

    private static let documentRules: [Rule] = {
        var out: [Rule] = []
        let name: [(String, Value)] = [
            ("minLength", J.int(1)), ("maxLength", J.int(63)), ("pattern", .string(P.subdomainName)),
        ]
        out.append(("metadata.name", name))
        out.append(("metadata.namespace", [("maxLength", J.int(63)), ("pattern", .string(P.labelName))]))
        out.append(("metadata.labels", labelMap))
        out.append(("metadata.annotations", annotationMap))
        let policies = J.strings(["Always", "IfNotPresent", "Never"], nullable: true)
        out.append(("spec.engine.imagePullPolicy", [("enum", policies)]))
        out.append(("spec.engine.env.name", [("pattern", .string(P.envVarName))]))
        out.append(("spec.engine.env[]", [("not", envValueAndValueFrom)]))
        // Null is absent (no source is needed then); an object sets exactly one source.
        let sources: [Value] = [["type": "null"]] + envSources.map(presentObject)
        out.append(("spec.engine.env.valueFrom", [("oneOf", .sequence(sources))]))
        let firstSecret: Value = ["items": [firstPullSecret]]
        out.append(("spec.model.imagePullSecrets", [("allOf", [firstSecret])]))
        return out
    }()

    /// A role's tolerations, resources, nodeSelector and pod annotations.
    private static func roleRules(_ role: String) -> [Rule] {
        [
            (
                "\(role).tolerations.operator",
                [("enum", J.strings([""] + PodFieldRules.tolerationOperators, nullable: true))]
            ),
            (
                "\(role).tolerations.effect",
                [("enum", J.strings([""] + PodFieldRules.taintEffects, nullable: true))]
            ),
            ("\(role).tolerations[]", [("allOf", .sequence(tolerationRules.map { ["not": $0] }))]),
            ("\(role).nodeSelector", labelMap),
            ("\(role).annotations", annotationMap),
            // SPEC 8: the pod would need a spec.resourceClaims entry a ModelService cannot declare.
            ("\(role).resources.claims", [("maxItems", J.int(0))]),
        ] + resourceRules("\(role).resources")
    }

    private static func resourceRules(_ path: String) -> [Rule] {
        let values: Value = [
            "type": J.types(["integer", "string"], nullable: true), "minimum": J.int(0),
            "pattern": .string(P.nonNegativeQuantity),
        ]
        let map = keyedMap(P.resourceName, values)
        return [("\(path).limits", map), ("\(path).requests", map), ("\(path).claims.name", [("minLength", J.int(1))])]
    }

    /// A map whose keys must match `keys`. The decoder drops a null value before it
    /// looks at the key, so a key that does not match may still hold null.
    private static func keyedMap(_ keys: String, _ values: Value) -> [(String, Value)] {
        [("patternProperties", .object([(keys, values)])), ("additionalProperties", ["type": "null"])]
    }

    private static let labelMap = keyedMap(
        P.qualifiedName, ["type": J.types(["string"], nullable: true), "pattern": .string(P.labelValue)])

    private static let annotationMap = keyedMap(P.qualifiedName, ["type": J.types(["string"], nullable: true)])

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
        "required": ["value", "valueFrom"],
        "properties": ["value": ["type": "string", "minLength": J.int(1)], "valueFrom": ["type": "object"]],
    ]

    /// The first pull secret names the model-unpack credentials volume.
    private static let firstPullSecret: Value = [
        "required": ["name"], "properties": ["name": ["type": "string", "minLength": J.int(1)]],
    ]

    /// Each a combination `PodFieldRules.checkToleration` rejects (null counts as absent).
    private static let tolerationRules: [Value] = [
        // An operator other than Exists needs a key.
        [
            "properties": ["operator": ["type": "string", "not": ["enum": ["", "Exists"]]]],
            "required": ["operator"],
            "anyOf": [["not": ["required": ["key"]]], ["properties": ["key": ["enum": ["", nil]]]]],
        ],
        // Exists matches every value: a value makes no sense.
        [
            "properties": ["operator": ["const": "Exists"], "value": ["type": "string", "minLength": J.int(1)]],
            "required": ["operator", "value"],
        ],
        // tolerationSeconds only means something for NoExecute.
        [
            "properties": ["tolerationSeconds": ["type": "integer"], "effect": ["not": ["const": "NoExecute"]]],
            "required": ["tolerationSeconds"],
        ],
    ]
}

/// The few JSON values the schema writes, through one door each (so a change to how
/// `Value` holds numbers touches only this).
enum JSONSchemaValues {
    static func int(_ n: Int) -> Value { .int(n) }

    static func intValue(_ v: Value) -> Int? { v.intValue }

    static func types(_ names: [String], nullable: Bool) -> Value {
        let all = names + (nullable ? ["null"] : [])
        return all.count == 1 ? .string(all[0]) : .sequence(all.map(Value.string))
    }

    static func strings(_ values: [String], nullable: Bool) -> Value {
        .sequence(values.map(Value.string) + (nullable ? [.null] : []))
    }
}
