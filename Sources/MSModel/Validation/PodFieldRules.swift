import MSYAML

/// The core/v1 rules the API server applies to the env vars, tolerations and
/// resources a ModelService copies into pod templates, checked here so a bad value is
/// reported against the input rather than rejected at apply time.
public enum PodFieldRules {
    static let envSources = ["configMapKeyRef", "fieldRef", "fileKeyRef", "resourceFieldRef", "secretKeyRef"]

    static func checkEnvVar(_ env: Value, at path: FieldPath, _ checker: inout SchemaChecker) {
        if let name = env["name"]?.stringValue, let problem = envNameProblem(name) {
            checker.error(problem, path.child("name"))
        }
        guard let from = env["valueFrom"] else { return }
        let fromPath = path.child("valueFrom")
        EnvSourceRules.check(from, at: fromPath, &checker)
        if let value = env["value"]?.stringValue, !value.isEmpty {
            checker.error("must not be set when value is not empty", fromPath)
        }
        let sources = envSources.filter { from[$0] != nil }
        if sources.isEmpty {
            checker.error("must set one of " + envSources.joined(separator: ", "), fromPath)
        } else if sources.count > 1 {
            checker.error("must set only one of " + sources.joined(separator: ", "), fromPath)
        }
    }

    /// Why `name` cannot name an env var (apimachinery `IsRelaxedEnvVarName`), or nil.
    static func envNameProblem(_ name: String) -> String? {
        if name.isEmpty { return "must not be empty" }
        if name.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F && $0 != "=" }) { return nil }
        return "invalid environment variable name \(DecodeMessages.quoted(name)): "
            + "use printable ASCII characters other than '='"
    }

    static func checkImage(_ image: Value?, at path: FieldPath, _ checker: inout SchemaChecker) {
        if let problem = image?.stringValue.flatMap(ImageRules.problem) { checker.error(problem, path) }
    }

    /// Kubernetes 1.35 accepts `Lt` and `Gt` only behind the alpha TaintTolerationComparisonOperators
    /// feature gate, which is off by default, so the API server rejects them.
    public static let tolerationOperators = ["Exists", "Equal"]
    public static let gatedTolerationOperators = ["Lt", "Gt"]
    public static let taintEffects = ["NoSchedule", "PreferNoSchedule", "NoExecute"]

    static func checkToleration(_ t: Value, at path: FieldPath, _ checker: inout SchemaChecker) {
        let op = t["operator"]?.stringValue ?? ""
        let effect = t["effect"]?.stringValue ?? ""
        if gatedTolerationOperators.contains(op) {
            checker.error(PodFieldMessages.gatedOperator(op), path.child("operator"))
        } else if !op.isEmpty && !tolerationOperators.contains(op) {
            let s = Suggestion.closest(to: op, in: tolerationOperators)
            checker.error(
                DecodeMessages.notOneOf(op, allowed: tolerationOperators, suggestion: s), path.child("operator"))
        }
        if !effect.isEmpty && !taintEffects.contains(effect) {
            let s = Suggestion.closest(to: effect, in: taintEffects)
            checker.error(DecodeMessages.notOneOf(effect, allowed: taintEffects, suggestion: s), path.child("effect"))
        }
        // The API server checks a taint key as a label key, and an Equal value as a label value.
        if let key = t["key"]?.stringValue, !key.isEmpty {
            let problems = LabelRules.keyProblems(key)
            if !problems.isEmpty {
                checker.error(LabelMessages.invalid("toleration key", key, problems), path.child("key"))
            }
        }
        if op.isEmpty || op == "Equal", let value = t["value"]?.stringValue {
            let problems = LabelRules.valueProblems(value)
            if !problems.isEmpty {
                checker.error(LabelMessages.invalid("toleration value", value, problems), path.child("value"))
            }
        }
        if (t["key"]?.stringValue ?? "").isEmpty && !op.isEmpty && op != "Exists" {
            checker.error("must be Exists when key is empty", path.child("operator"))
        }
        if op == "Exists", let value = t["value"]?.stringValue, !value.isEmpty {
            checker.error("must be empty when operator is Exists", path.child("value"))
        }
        if t["tolerationSeconds"] != nil && effect != "NoExecute" {
            checker.error("may only be set when effect is NoExecute", path.child("tolerationSeconds"))
        }
    }

    static func checkResources(_ r: Value?, at path: FieldPath, _ checker: inout SchemaChecker) {
        guard let r else { return }
        for list in ["limits", "requests"] {
            for (name, value) in r[list]?.fields ?? [] {
                let entry = path.child(list).key(name)
                if let problem = ResourceNames.problem(name) { checker.error(problem, entry) }
                if let q = value.stringValue.flatMap(Quantity.init(parsing:)), q < Quantity(0) {
                    checker.error("must not be negative, found \(q.canonical)", entry)
                }
            }
        }
        var names: Set<String> = []
        for (i, claim) in (r["claims"]?.items ?? []).enumerated() {
            guard let name = claim["name"]?.stringValue else { continue }
            if name.isEmpty { checker.error("must not be empty", path.child("claims").index(i).child("name")) }
            if !names.insert(name).inserted {
                checker.error(
                    DecodeMessages.duplicateName(name, list: "claims"), path.child("claims").index(i).child("name"))
            }
        }
    }
}

/// Messages of the pod field rules that need more than one line.
enum PodFieldMessages {
    static func gatedOperator(_ op: String) -> String {
        "unsupported value \"\(op)\": supported values are Equal and Exists (Kubernetes 1.35 accepts Lt and Gt only "
            + "with the alpha feature gate TaintTolerationComparisonOperators, off by default)"
    }
}
