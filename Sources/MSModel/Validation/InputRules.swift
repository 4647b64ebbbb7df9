import MSYAML

/// Rules on a checked spec beyond the CRD's types: the core/v1 rules the API server
/// applies to the pod template fields a ModelService carries (errors), and the
/// input-level warnings of SPEC section 9.
enum InputRules {
    static func check(_ spec: Value, _ checker: inout SchemaChecker) {
        let root = FieldPath("spec")
        let engine = root.child("engine")
        if let policy = spec["engine"]?["imagePullPolicy"]?.stringValue, !pullPolicies.contains(policy) {
            let suggestion = Suggestion.closest(to: policy, in: pullPolicies)
            checker.error(
                DecodeMessages.notOneOf(policy, allowed: pullPolicies, suggestion: suggestion),
                engine.child("imagePullPolicy"))
        }
        for (i, env) in (spec["engine"]?["env"]?.items ?? []).enumerated() {
            PodFieldRules.checkEnvVar(env, at: engine.child("env").index(i), &checker)
        }
        for role in ["decode", "prefill"] {
            guard let r = spec[role] else { continue }
            let path = root.child(role)
            for (i, t) in (r["tolerations"]?.items ?? []).enumerated() {
                PodFieldRules.checkToleration(t, at: path.child("tolerations").index(i), &checker)
            }
            PodFieldRules.checkResources(r["resources"], at: path.child("resources"), &checker)
        }
        let picker = root.child("inferencePool").child("endpointPicker")
        PodFieldRules.checkResources(
            spec["inferencePool"]?["endpointPicker"]?["resources"], at: picker.child("resources"), &checker)
        InputWarnings.check(spec, &checker)
    }

    static let pullPolicies = ["Always", "IfNotPresent", "Never"]
}
