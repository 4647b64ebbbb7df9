import MSYAML

/// The core/v1 rules on an env var's `valueFrom` source beyond "exactly one source"
/// (k8s.io/kubernetes `validateEnvVarValueFrom`): the referenced ConfigMap or Secret
/// name and key, the downward-API field path, the container resource and divisor, and
/// an env file's key and path. A ModelService copies engine.env into the vllm container,
/// so the API server applies them to the Deployment.
public enum EnvSourceRules {
    /// The fields a `fieldRef` may select for an env var (besides labels and annotations).
    public static let fieldPaths = [
        "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName",
        "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs",
    ]
    /// Older names the API server still accepts for a field path (it converts `spec.host`
    /// to `spec.nodeName`), not listed in messages.
    public static let fieldPathAliases = ["spec.host"]
    /// The resources a `resourceFieldRef` may select, besides those starting with a
    /// `hugePagesResourcePrefixes` entry.
    public static let resources = [
        "limits.cpu", "limits.ephemeral-storage", "limits.memory", "requests.cpu", "requests.ephemeral-storage",
        "requests.memory",
    ]
    public static let hugePagesResourcePrefixes = ["limits.hugepages-", "requests.hugepages-"]
    /// A resource ending so takes `cpuDivisors`; one ending in a `byteResourceSuffixes`
    /// entry, or a hugepages resource, takes `byteDivisors`. A divisor is compared in its
    /// canonical form (`1.0` is `1`), and zero means the default.
    public static let cpuResourceSuffix = ".cpu"
    public static let byteResourceSuffixes = [".memory", ".ephemeral-storage"]
    public static let cpuDivisors = ["1m", "1"]
    public static let byteDivisors = [
        "1", "1k", "1M", "1G", "1T", "1P", "1E", "1Ki", "1Mi", "1Gi", "1Ti", "1Pi", "1Ei",
    ]
    /// A ConfigMap or Secret key holds at most this many bytes.
    public static let maxKeyLength = 253

    static func check(_ from: Value, at path: FieldPath, _ checker: inout SchemaChecker) {
        for source in ["configMapKeyRef", "secretKeyRef"] {
            guard let ref = from[source] else { continue }
            checkKeySelector(ref, at: path.child(source), &checker)
        }
        if let ref = from["fieldRef"] { checkFieldRef(ref, at: path.child("fieldRef"), &checker) }
        if let ref = from["resourceFieldRef"] {
            checkResourceFieldRef(ref, at: path.child("resourceFieldRef"), &checker)
        }
        if let ref = from["fileKeyRef"] { checkFileKeyRef(ref, at: path.child("fileKeyRef"), &checker) }
    }

    /// The name is a Secret/ConfigMap name (a DNS-1123 subdomain; "" is not one), the key a
    /// ConfigMap key.
    private static func checkKeySelector(_ ref: Value, at path: FieldPath, _ checker: inout SchemaChecker) {
        let name = ref["name"]?.stringValue ?? ""
        if !NameRules.isDNS1123Subdomain(name) {
            checker.error(Message.invalid("name", name, LabelRules.Message.subdomainFormat), path.child("name"))
        }
        guard let key = ref["key"]?.stringValue else { return }
        let problems = configMapKeyProblems(key)
        if !problems.isEmpty {
            checker.error(Message.invalid("key", key, problems.joined(separator: "; ")), path.child("key"))
        }
    }

    /// apimachinery `IsConfigMapKey`, "must not be empty" first.
    static func configMapKeyProblems(_ key: String) -> [String] {
        let bytes = Array(key.utf8)
        if bytes.isEmpty { return ["must not be empty"] }
        var out: [String] = []
        if bytes.count > maxKeyLength { out.append(LabelRules.Message.maxLength(maxKeyLength)) }
        let allowed = bytes.allSatisfy {
            CRDPatterns.isDigit($0) || ($0 | 0x20 >= UInt8(ascii: "a") && $0 | 0x20 <= UInt8(ascii: "z"))
                || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".")
        }
        if !allowed { out.append(Message.configKeyFormat) }
        if key == "." || key == ".." {
            out.append("must not be '\(key)'")
        } else if key.hasPrefix("..") {
            out.append("must not start with '..'")
        }
        return out
    }

    /// `apiVersion` defaults to v1 and may only be v1; the path is one the downward API
    /// gives env vars, or a label or annotation subscript with a valid key.
    private static func checkFieldRef(_ ref: Value, at path: FieldPath, _ checker: inout SchemaChecker) {
        if let version = ref["apiVersion"]?.stringValue, !version.isEmpty, version != "v1" {
            checker.error(
                "unsupported pod version \(DecodeMessages.quoted(version)): must be v1", path.child("apiVersion"))
            return
        }
        guard let fieldPath = ref["fieldPath"]?.stringValue else { return }
        let here = path.child("fieldPath")
        if fieldPath.isEmpty { return checker.error("must not be empty", here) }
        if let parts = subscripted(fieldPath) {
            let problems: [String]
            let what: String
            switch parts.field {
            case "metadata.labels": (problems, what) = (LabelRules.keyProblems(parts.key), "label key")
            case "metadata.annotations":
                (problems, what) = (LabelRules.annotationKeyProblems(parts.key), "annotation key")
            default: return checker.error(Message.noSubscript(fieldPath), here)
            }
            if !problems.isEmpty { checker.error(LabelMessages.invalid(what, parts.key, problems), here) }
        } else if !has(fieldPathAliases, fieldPath) && !has(fieldPaths, fieldPath) {
            checker.error(Message.unsupported(fieldPath, fieldPaths), here)
        }
    }

    /// `metadata.labels['key']` split as fieldpath.SplitMaybeSubscriptedPath does: the
    /// text before the first `['` (not empty) and the rest without the final `']`.
    static func subscripted(_ path: String) -> (field: String, key: String)? {
        let b = Array(path.utf8)
        guard b.count >= 4, b[b.count - 2] == UInt8(ascii: "'"), b[b.count - 1] == UInt8(ascii: "]") else {
            return nil
        }
        let body = b[..<(b.count - 2)]
        guard
            let open = body.indices.dropLast().first(where: {
                body[$0] == UInt8(ascii: "[") && body[$0 + 1] == UInt8(ascii: "'")
            }),
            open > 0
        else { return nil }
        return (String(decoding: body[..<open], as: UTF8.self), String(decoding: body[(open + 2)...], as: UTF8.self))
    }

    private static func checkResourceFieldRef(_ ref: Value, at path: FieldPath, _ checker: inout SchemaChecker) {
        guard let resource = ref["resource"]?.stringValue else { return }
        let hugepages = hugePagesResourcePrefixes.contains { resource.utf8.starts(with: $0.utf8) }
        if resource.isEmpty {
            checker.error("must not be empty", path.child("resource"))
        } else if !hugepages && !has(resources, resource) {
            checker.error(Message.unsupported(resource, resources), path.child("resource"))
        }
        guard let divisor = ref["divisor"]?.stringValue, divisor != "0" else { return }
        let allowed: [String]
        if hasSuffix(resource, cpuResourceSuffix) {
            allowed = cpuDivisors
        } else if hugepages || byteResourceSuffixes.contains(where: { hasSuffix(resource, $0) }) {
            allowed = byteDivisors
        } else {
            return
        }
        if !has(allowed, divisor) {
            checker.error(Message.divisor(divisor, resource, allowed), path.child("divisor"))
        }
    }

    /// The key is an env var name; the path relative, without `..`. (That the volume is
    /// one of the pod's is checked when rendering, which knows the volumes.)
    private static func checkFileKeyRef(_ ref: Value, at path: FieldPath, _ checker: inout SchemaChecker) {
        if let key = ref["key"]?.stringValue {
            if let problem = PodFieldRules.envNameProblem(key) { checker.error(problem, path.child("key")) }
        }
        if let file = ref["path"]?.stringValue {
            if file.isEmpty {
                checker.error("must not be empty", path.child("path"))
            } else if file.hasPrefix("/") {
                checker.error(
                    "invalid path \(DecodeMessages.quoted(file)): must be a relative path", path.child("path"))
            } else if file.split(separator: "/", omittingEmptySubsequences: false).contains("..") {
                checker.error("invalid path \(DecodeMessages.quoted(file)): must not contain '..'", path.child("path"))
            }
        }
        if let volume = ref["volumeName"]?.stringValue, volume.isEmpty {
            checker.error("must not be empty", path.child("volumeName"))
        }
    }

    /// Whether `list` holds `text`, compared as bytes (Swift's `==` compares canonical
    /// equivalents, which the API server does not).
    private static func has(_ list: [String], _ text: String) -> Bool {
        list.contains { $0.utf8.elementsEqual(text.utf8) }
    }

    private static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        text.utf8.count >= suffix.utf8.count && text.utf8.suffix(suffix.utf8.count).elementsEqual(suffix.utf8)
    }

    /// The texts, worded as the API server's.
    enum Message {
        static let configKeyFormat =
            "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name', or "
            + "'KEY_NAME', or 'key_name', regex used for validation is '[-._a-zA-Z0-9]+')"

        static func invalid(_ what: String, _ value: String, _ reason: String) -> String {
            "invalid \(what) \(DecodeMessages.quoted(value)): \(reason)"
        }

        static func noSubscript(_ path: String) -> String {
            "\(DecodeMessages.quoted(path)) does not support a subscript: only metadata.labels['KEY'] and "
                + "metadata.annotations['KEY'] do"
        }

        static func unsupported(_ value: String, _ allowed: [String]) -> String {
            DecodeMessages.notOneOf(value, allowed: allowed, suggestion: Suggestion.closest(to: value, in: allowed))
        }

        static func divisor(_ divisor: String, _ resource: String, _ allowed: [String]) -> String {
            "unsupported divisor \(DecodeMessages.quoted(divisor)) for \(resource): only "
                + allowed.joined(separator: ", ") + " are supported"
        }
    }
}
