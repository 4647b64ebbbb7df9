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
        if !NameRules.isDNS1123Subdomain(prefix) || !isQualifiedNamePart(local) {
            return "invalid resource name \(DecodeMessages.quoted(name)): expected a DNS subdomain, '/', "
                + "and a name of letters, digits, '-', '_' and '.' (like nvidia.com/gpu)"
        }
        return nil
    }

    /// `([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]`, at most 63 bytes.
    private static func isQualifiedNamePart(_ s: Substring) -> Bool {
        let u = s.utf8
        guard let first = u.first, let last = u.last, u.count <= 63 else { return false }
        func alnum(_ c: UInt8) -> Bool {
            (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
        }
        return alnum(first) && alnum(last) && u.allSatisfy { alnum($0) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E }
    }
}
