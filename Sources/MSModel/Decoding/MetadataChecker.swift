import MSYAML

/// Checks `metadata`: the name and namespace msrender uses, labels and annotations as
/// the API server does, the types of the other ObjectMeta fields (accepted and
/// ignored), and unknown fields.
extension SchemaChecker {
    /// ObjectMeta fields a manifest (or `kubectl get -o yaml` output) may carry.
    /// `name` is required here (not in ObjectMeta) because msrender needs it.
    static let metadataSchema: Schema = .object(
        [
            ("annotations", .stringMap),
            ("creationTimestamp", .string()),
            ("deletionGracePeriodSeconds", .integer(format: .int64)),
            ("deletionTimestamp", .string()),
            ("finalizers", .array(.string())),
            ("generateName", .string()),
            ("generation", .integer(format: .int64)),
            ("labels", .stringMap),
            ("managedFields", .array(.opaque)),
            ("name", .string()),
            ("namespace", .string()),
            ("ownerReferences", .array(.opaque)),
            ("resourceVersion", .string()),
            ("selfLink", .string()),
            ("uid", .string()),
        ], required: ["name"])

    /// The valid `metadata.name` and `metadata.namespace` (nil when absent or invalid);
    /// `key` is where `metadata:` was written, where a missing name is reported.
    mutating func checkMetadata(_ node: Node, at path: FieldPath, key: Mark) -> (name: String?, namespace: String?) {
        guard let meta = check(node, Self.metadataSchema, at: path, key: key) else { return (nil, nil) }
        // The API server validates the ModelService's own labels and annotations too.
        checkLabels(meta["labels"], at: path.child("labels"))
        checkAnnotations(meta["annotations"], at: path.child("annotations"))
        let namePath = path.child("name")
        var name = meta["name"]?.stringValue
        if let n = name, let problem = NameRules.modelServiceNameProblem(n) {
            error(problem, at: marks[namePath.text] ?? node.mark, namePath)
            name = nil
        }
        let nsPath = path.child("namespace")
        var namespace = meta["namespace"]?.stringValue
        if let ns = namespace, let problem = NameRules.namespaceProblem(ns) {
            error(problem, at: marks[nsPath.text] ?? node.mark, nsPath)
            namespace = nil
        }
        return (name, namespace)
    }
}
