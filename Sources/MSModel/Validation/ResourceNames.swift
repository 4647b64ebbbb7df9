/// Which keys may name a container resource (core/v1): the standard names, or a
/// fully qualified extended resource such as `nvidia.com/gpu`.
enum ResourceNames {
    static let standard = ["cpu", "memory", "ephemeral-storage"]

    /// Why `name` cannot be a container resource name, or nil.
    static func problem(_ name: String) -> String? {
        guard let slash = name.firstIndex(of: "/") else {
            if standard.contains(name) || name.hasPrefix("hugepages-") { return nil }
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
        return nil
    }
}
