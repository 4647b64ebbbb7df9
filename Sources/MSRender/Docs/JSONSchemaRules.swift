import MSModel
import MSYAML

/// The JSON Schema keywords for msrender's rules beyond the CRD's tables (SPEC 1 and 8:
/// what the decoder's input rules and the render checks reject), by explain path; a key
/// ending in `[]` applies to each entry of that list. `ModelServiceJSONSchema` adds them
/// to the nodes it generates from the tables. Each path appears once.
///
/// The render checks are stated for the default render settings (a kit image is set, so
/// the model-unpack container and its mounts exist). Rules no schema can state are left
/// to msrender: those that relate two entries of a map or list (a request and its limit,
/// hugepages and cpu or memory, the size of all annotations together, two claims of one
/// name), and arithmetic on quantities (a whole number of pages, a whole extended
/// amount, a divisor's canonical form); where part of such a rule is a pattern (a plain
/// fraction is never whole), the schema states that part.
enum JSONSchemaRules {
    typealias P = JSONSchemaPatterns
    typealias J = JSONSchemaValues

    static func keywords(for path: String) -> [(String, Value)] {
        for (p, k) in table where p.utf8.elementsEqual(path.utf8) { return k }
        return []
    }

    /// Whether the field's CRD default is left out of the schema: msrender rejects it.
    static func dropsDefault(_ path: String) -> Bool {
        requiredNames.contains { $0.utf8.elementsEqual(path.utf8) }
    }

    typealias Rule = (path: String, keywords: [(String, Value)])

    static let table: [Rule] =
        documentRules + envRules + roleRules("spec.decode") + roleRules("spec.prefill") + pickerRules + objectRules

    /// A DNS-1123 subdomain holds at most this many characters (`NameRules`).
    static let maxSubdomainLength = 253

    private static let documentRules: [Rule] = {
        var out: [Rule] = []
        let name: [(String, Value)] = [
            ("minLength", J.int(1)), ("maxLength", J.int(63)), ("pattern", .string(P.subdomainName)),
        ]
        out.append(("metadata.name", name))
        out.append(("metadata.namespace", [("maxLength", J.int(63)), ("pattern", .string(P.labelName))]))
        out.append(("metadata.labels", labelMap))
        out.append(("metadata.annotations", annotationMap))
        // Empty is left out of the container, so the API server's default applies.
        let policies = J.strings([""] + InputRules.pullPolicies, nullable: true)
        out.append(("spec.engine.imagePullPolicy", [("enum", policies)]))
        let firstSecret: Value = ["items": [firstPullSecret]]
        out.append(("spec.model.imagePullSecrets", [("allOf", [firstSecret])]))
        return out
    }()

    /// A map whose keys must match `keys`. The decoder drops a null value before it
    /// looks at the key, so a key that does not match may still hold null.
    static func keyedMap(_ keys: String, _ values: Value) -> [(String, Value)] {
        keyedMap([(keys, values)])
    }

    /// A map with a rule per key pattern (a key matching several takes them all).
    static func keyedMap(_ patterns: [(String, Value)]) -> [(String, Value)] {
        [("patternProperties", .object(patterns)), ("additionalProperties", ["type": "null"])]
    }

    static let labelMap = keyedMap(
        P.qualifiedName, ["type": J.types(["string"], nullable: true), "pattern": .string(P.labelValue)])

    static let annotationMap = keyedMap(P.annotationKey, ["type": J.types(["string"], nullable: true)])

    /// The first pull secret names the model-unpack credentials volume.
    private static let firstPullSecret: Value = [
        "required": ["name"], "properties": ["name": ["type": "string", "minLength": J.int(1)]],
    ]

    /// A string or null that does not match `pattern`.
    static func notMatching(_ pattern: String) -> Value { ["not": ["type": "string", "pattern": .string(pattern)]] }
}

/// The few JSON values the schema writes, through one door each (so a change to how
/// `Value` holds numbers touches only this).
enum JSONSchemaValues {
    static func int(_ n: Int) -> Value { .int(n) }

    static func intValue(_ v: Value) -> Int? { v.intValue }

    static func ints(_ values: [Int]) -> Value { .sequence(values.map(int)) }

    static func types(_ names: [String], nullable: Bool) -> Value {
        let all = names + (nullable ? ["null"] : [])
        return all.count == 1 ? .string(all[0]) : .sequence(all.map(Value.string))
    }

    static func strings(_ values: [String], nullable: Bool) -> Value {
        .sequence(values.map(Value.string) + (nullable ? [.null] : []))
    }
}
