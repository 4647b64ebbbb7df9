import MSYAML

/// Rules on a checked spec beyond the CRD's types: the core/v1 rules the API server
/// applies to the pod template fields a ModelService carries (errors: env, tolerations,
/// resources and claims, nodeSelector and annotations), and the input-level warnings
/// of SPEC section 9.
public enum InputRules {
    static func check(_ spec: Value, _ checker: inout SchemaChecker) {
        let root = FieldPath("spec")
        let engine = root.child("engine")
        // Empty is left out of the container (omitempty), so the API server's default applies.
        if let policy = spec["engine"]?["imagePullPolicy"]?.stringValue, !policy.isEmpty,
            !pullPolicies.contains(policy)
        {
            let suggestion = Suggestion.closest(to: policy, in: pullPolicies)
            checker.error(
                DecodeMessages.notOneOf(policy, allowed: pullPolicies, suggestion: suggestion),
                engine.child("imagePullPolicy"))
        }
        PodFieldRules.checkImage(spec["engine"]?["image"], at: engine.child("image"), &checker)
        PodFieldRules.checkImage(
            spec["routingProxy"]?["image"], at: root.child("routingProxy").child("image"), &checker)
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
            if !(r["resources"]?["claims"]?.items ?? []).isEmpty {
                checker.error(Message.roleClaims(role), atKeyOf: path.child("resources").child("claims"))
            }
            checker.checkLabels(r["nodeSelector"], at: path.child("nodeSelector"))
            checker.checkAnnotations(r["annotations"], at: path.child("annotations"))
        }
        let picker = root.child("inferencePool").child("endpointPicker")
        PodFieldRules.checkImage(
            spec["inferencePool"]?["endpointPicker"]?["image"], at: picker.child("image"), &checker)
        let pickerResources = spec["inferencePool"]?["endpointPicker"]?["resources"]
        PodFieldRules.checkResources(pickerResources, at: picker.child("resources"), &checker)
        // With requests or limits the operator copies the resources whole, claims included.
        if let r = pickerResources, r["requests"] != nil || r["limits"] != nil, !(r["claims"]?.items ?? []).isEmpty {
            checker.error(Message.pickerClaims, atKeyOf: picker.child("resources").child("claims"))
        }
        RouteMonitorRules.check(spec, &checker)
        InputWarnings.check(spec, &checker)
    }

    public static let pullPolicies = ["Always", "IfNotPresent", "Never"]

    enum Message {
        static func roleClaims(_ role: String) -> String {
            "claims cannot be used on \(role): the pod would need a matching spec.resourceClaims entry, which a "
                + "ModelService cannot express, so the API server rejects the Deployment"
        }

        static let pickerClaims =
            "claims cannot be used with requests or limits here: the endpoint picker container gets these "
            + "resources whole, and its pod has no spec.resourceClaims entry to match, so the API server rejects "
            + "the Deployment (claims alone are dropped)"
    }
}
