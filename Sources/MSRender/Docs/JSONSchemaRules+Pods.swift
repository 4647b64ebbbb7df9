import MSModel
import MSYAML

/// The rules on what a ModelService copies into pod templates: a role's tolerations,
/// resources, nodeSelector and pod annotations, and the endpoint picker's resources.
extension JSONSchemaRules {
    static func roleRules(_ role: String) -> [Rule] {
        [
            (
                "\(role).tolerations.operator",
                [("enum", J.strings([""] + PodFieldRules.tolerationOperators, nullable: true))]
            ),
            (
                "\(role).tolerations.effect",
                [("enum", J.strings([""] + PodFieldRules.taintEffects, nullable: true))]
            ),
            // A taint key is checked as a label key.
            ("\(role).tolerations.key", [("pattern", .string(P.optionalQualifiedName))]),
            ("\(role).tolerations[]", [("allOf", .sequence(tolerationRules))]),
            ("\(role).nodeSelector", labelMap),
            ("\(role).annotations", annotationMap),
            // SPEC 8: the pod would need a spec.resourceClaims entry a ModelService cannot declare.
            ("\(role).resources.claims", [("maxItems", J.int(0))]),
        ] + resourceRules("\(role).resources", overwritten: gpuResources)
    }

    /// The resource msrender writes the GPU count into, for some accelerator: whatever a
    /// role sets for it may be replaced, so no rule on the amount holds for it.
    static let gpuResources = AcceleratorType.allCases.compactMap(\.resourceName)

    static let pickerRules: [Rule] = {
        let path = "spec.inferencePool.endpointPicker"
        // With requests or limits the operator copies the resources whole, claims included.
        let present: [Value] = ["requests", "limits"].map {
            ["required": [.string($0)], "properties": .object([($0, ["type": "object"])])]
        }
        let claimsWithAmounts: Value = [
            "type": "object", "required": ["claims"],
            "properties": ["claims": ["type": "array", "minItems": J.int(1)]],
            "anyOf": .sequence(present),
        ]
        return [
            ("\(path).resources", [("not", claimsWithAmounts)]),
            ("\(path).port", [("not", ["const": J.int(Defaults.eppMetricsPort)])]),
        ] + resourceRules("\(path).resources", overwritten: [])
    }()

    /// Amounts are quantities, not negative, under resource names; an extended resource's
    /// amount is never a plain fraction; a hugepages name whose page size cannot be one
    /// takes no amount.
    private static func resourceRules(_ path: String, overwritten: [String]) -> [Rule] {
        let values: Value = [
            "type": J.types(["integer", "string"], nullable: true), "minimum": J.int(0),
            "pattern": .string(P.nonNegativeQuantity),
        ]
        let map = keyedMap([
            (P.resourceName, values),
            (P.extendedResource(excluding: overwritten), notMatching(P.fraction)),
            (P.badHugePages, ["type": "null"]),
        ])
        return [("\(path).limits", map), ("\(path).requests", map), ("\(path).claims.name", [("minLength", J.int(1))])]
    }

    /// Each entry a combination `PodFieldRules.checkToleration` rejects (null counts as
    /// absent), or a rule that holds under a condition.
    private static let tolerationRules: [Value] = [
        // An operator other than Exists needs a key.
        [
            "not": [
                "properties": ["operator": ["type": "string", "not": ["enum": ["", "Exists"]]]],
                "required": ["operator"],
                "anyOf": [["not": ["required": ["key"]]], ["properties": ["key": ["enum": ["", nil]]]]],
            ]
        ],
        // Exists matches every value: a value makes no sense.
        [
            "not": [
                "properties": [
                    "operator": ["const": "Exists"], "value": ["type": "string", "minLength": J.int(1)],
                ],
                "required": ["operator", "value"],
            ]
        ],
        // tolerationSeconds only means something for NoExecute.
        [
            "not": [
                "properties": [
                    "tolerationSeconds": ["type": "integer"], "effect": ["not": ["const": "NoExecute"]],
                ],
                "required": ["tolerationSeconds"],
            ]
        ],
        // With Equal (or no operator) the value is checked as a label value.
        [
            "if": ["properties": ["operator": ["enum": ["", "Equal", nil]]]],
            "then": ["properties": ["value": ["pattern": .string(P.labelValue)]]],
        ],
    ]
}
