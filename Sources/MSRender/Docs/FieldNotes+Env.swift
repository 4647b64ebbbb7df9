import MSModel

/// What msrender checks in an env var's `valueFrom` sources (EnvSourceRules), field by
/// field: the API server applies these rules to the vllm container the entry lands in.
extension FieldNote {
    static let envNotes: [FieldNote] = {
        let from = "spec.engine.env.valueFrom"
        var out: [FieldNote] = []
        for (source, kind) in [("configMapKeyRef", "ConfigMap"), ("secretKeyRef", "Secret")] {
            out.append(
                FieldNote(
                    "\(from).\(source).name",
                    "Required: the \(kind)'s name, a DNS-1123 subdomain (the CRD's default \"\" is none, so the "
                        + "API server would reject the Deployment)."))
            out.append(
                FieldNote(
                    "\(from).\(source).key",
                    "At most \(EnvSourceRules.maxKeyLength) letters, digits, '-', '_' or '.'; not '.' or '..', "
                        + "and not starting with '..'."))
        }
        let paths = words(EnvSourceRules.fieldPaths, "or")
        let hugepages = words(EnvSourceRules.hugePagesResourcePrefixes.map { $0 + "<size>" }, "or")
        out += [
            FieldNote("\(from).fieldRef.apiVersion", "Empty or v1, the only version the downward API has."),
            FieldNote(
                "\(from).fieldRef.fieldPath",
                "One of \(paths), or metadata.labels['KEY'] or metadata.annotations['KEY'] with a valid label or "
                    + "annotation key."),
            FieldNote(
                "\(from).resourceFieldRef.resource",
                "One of " + words(EnvSourceRules.resources, "or") + ", or \(hugepages)."),
            FieldNote(
                "\(from).resourceFieldRef.divisor",
                "Compared in its canonical form (1.0 is 1, 1024Mi is 1Gi): for a *\(EnvSourceRules.cpuResourceSuffix) "
                    + "resource " + words(EnvSourceRules.cpuDivisors, "or") + ", for memory, ephemeral storage "
                    + "and hugepages " + words(EnvSourceRules.byteDivisors, "or") + "; 0 means the default."),
            FieldNote("\(from).fileKeyRef.key", "An env var name: printable ASCII other than '='."),
            FieldNote("\(from).fileKeyRef.path", "A relative path without a '..' segment."),
            FieldNote(
                "\(from).fileKeyRef.volumeName",
                "One of the serving pod's volumes: \(Defaults.modelVolume) (the unpacked model), "
                    + "\(Defaults.modelTmpVolume) (kit's cache) and, with pull secrets, "
                    + "\(Defaults.dockerConfigVolume)."),
        ]
        return out
    }()
}
