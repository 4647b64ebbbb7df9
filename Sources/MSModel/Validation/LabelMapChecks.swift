import MSYAML

/// Applies `LabelRules` wherever user data becomes labels or annotations: the
/// ModelService's own `metadata.labels` and `metadata.annotations` (the API server
/// validates the ModelService's metadata), a role's `nodeSelector` (node label keys
/// and values) and a role's `annotations` (copied to the pod template).
///
/// A bad key is reported at the key, a bad value at the value, and an oversized
/// annotation map at the key that holds it.
extension SchemaChecker {
    /// Every key must be a qualified name and every value a label value.
    mutating func checkLabels(_ map: Value?, at path: FieldPath) {
        for (key, value) in map?.stringPairs ?? [] {
            let entry = path.key(key)
            let keyProblems = LabelRules.keyProblems(key)
            if !keyProblems.isEmpty { error(LabelMessages.invalid("label key", key, keyProblems), atKeyOf: entry) }
            let valueProblems = LabelRules.valueProblems(value)
            if !valueProblems.isEmpty { error(LabelMessages.invalid("label value", value, valueProblems), entry) }
        }
    }

    /// Every key must be a qualified name (case aside), and all of them with their
    /// values at most 256 KiB.
    mutating func checkAnnotations(_ map: Value?, at path: FieldPath) {
        let pairs = map?.stringPairs ?? []
        for (key, _) in pairs {
            let problems = LabelRules.annotationKeyProblems(key)
            if !problems.isEmpty {
                error(LabelMessages.invalid("annotation key", key, problems), atKeyOf: path.key(key))
            }
        }
        let size = LabelRules.annotationsSize(pairs)
        if size > LabelRules.maxAnnotationsSize { error(LabelMessages.annotationsTooLarge(size), atKeyOf: path) }
    }
}

/// The texts of the label and annotation checks.
enum LabelMessages {
    /// `invalid label key "a/b/c": <the API server's reasons>`.
    static func invalid(_ what: String, _ text: String, _ problems: [String]) -> String {
        "invalid \(what) \(DecodeMessages.quoted(text)): " + problems.joined(separator: "; ")
    }

    static func annotationsTooLarge(_ size: Int) -> String {
        "annotations size \(size) is larger than limit \(LabelRules.maxAnnotationsSize) (256 KiB: the length "
            + "in bytes of every key and value, added up)"
    }
}
