/// Which keys may name a container resource (core/v1): the standard names, or a
/// fully qualified extended resource such as `nvidia.com/gpu`, and how the API server
/// classes them (k8s.io/kubernetes `pkg/apis/core/helper`).
public enum ResourceNames {
    public static let standard = ["cpu", "memory", "ephemeral-storage"]

    /// Why `name` cannot be a container resource name, or nil.
    static func problem(_ name: String) -> String? {
        guard let slash = name.firstIndex(of: "/") else {
            if standard.contains(name) || isHugePages(name) { return nil }
            let s = Suggestion.closest(to: name, in: standard)
            return "unknown resource \(DecodeMessages.quoted(name)): use cpu, memory, ephemeral-storage, "
                + "hugepages-<size> or a qualified name like nvidia.com/gpu" + DecodeMessages.didYouMean(s)
        }
        let prefix = String(name[..<slash])
        let local = name[name.index(after: slash)...]
        let localBytes = Array(local.utf8)
        if !NameRules.isDNS1123Subdomain(prefix) || localBytes.count > LabelRules.maxNameLength
            || !LabelRules.isNamePart(localBytes[...])
        {
            return "invalid resource name \(DecodeMessages.quoted(name)): expected a DNS subdomain, '/', "
                + "and a name of letters, digits, '-', '_' and '.' (like nvidia.com/gpu)"
        }
        if !isNative(name) && !isExtended(name) {
            return "invalid resource name \(DecodeMessages.quoted(name)): doesn't follow extended resource name "
                + "standard (it must not start with 'requests.', and 'requests.' + name must be a qualified name)"
        }
        return nil
    }

    /// No `/`, or a `kubernetes.io/` name: the API server's own resources.
    static func isNative(_ name: String) -> Bool {
        !name.utf8.contains(UInt8(ascii: "/")) || contains(name, nativeMarker)
    }

    /// An extended resource's name, after this prefix, must still be a qualified name (the
    /// quota name `requests.<name>`), and may not start with it.
    public static let quotaPrefix = "requests."
    /// A name containing this is one of the API server's own (native) resources.
    public static let nativeMarker = "kubernetes.io/"
    public static let hugePagesPrefix = "hugepages-"

    /// A resource a device plugin or the scheduler extends the node with: counted in whole units.
    static func isExtended(_ name: String) -> Bool {
        if isNative(name) || name.utf8.starts(with: quotaPrefix.utf8) { return false }
        return LabelRules.keyProblems(quotaPrefix + name).isEmpty
    }

    static func isHugePages(_ name: String) -> Bool { name.utf8.starts(with: hugePagesPrefix.utf8) }

    static func isCPUOrMemory(_ name: String) -> Bool {
        name.utf8.elementsEqual("cpu".utf8) || name.utf8.elementsEqual("memory".utf8)
    }

    /// Only native resources other than hugepages may have a request below the limit.
    static func allowsOvercommit(_ name: String) -> Bool { isNative(name) && !isHugePages(name) }

    private static func contains(_ text: String, _ part: String) -> Bool {
        let t = Array(text.utf8)
        let p = Array(part.utf8)
        guard t.count >= p.count else { return false }
        return (0...(t.count - p.count)).contains { t[$0..<($0 + p.count)].elementsEqual(p) }
    }
}
