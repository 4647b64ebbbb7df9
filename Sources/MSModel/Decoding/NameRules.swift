/// The API server's name rules that apply to a ModelService's own metadata.
enum NameRules {
    /// Why `name` cannot name a ModelService, or nil. It must be a DNS-1123 subdomain
    /// (what the API server demands) and at most 63 characters, because msrender
    /// writes it into label values.
    static func modelServiceNameProblem(_ name: String) -> String? {
        if name.isEmpty { return "must not be empty" }
        if !isDNS1123Subdomain(name) {
            return "invalid name \(DecodeMessages.quoted(name)): must be a lowercase DNS-1123 subdomain "
                + "(lowercase letters, digits, '-' and '.', starting and ending with a letter or digit)"
        }
        let count = name.utf8.count
        if count > 63 {
            return "must be at most 63 characters long (it is used as a label value), found \(count)"
        }
        return nil
    }

    /// Why `namespace` is not a valid namespace name (a DNS-1123 label), or nil.
    static func namespaceProblem(_ namespace: String) -> String? {
        if namespace.isEmpty { return "must not be empty" }
        let count = namespace.utf8.count
        if count > 63 { return "must be at most 63 characters long, found \(count)" }
        if !isDNS1123Label(namespace) {
            return "invalid namespace \(DecodeMessages.quoted(namespace)): must be a lowercase DNS-1123 label "
                + "(lowercase letters, digits and '-', starting and ending with a letter or digit)"
        }
        return nil
    }

    /// `[a-z0-9]([-a-z0-9]*[a-z0-9])?`, at most `maxLength` bytes.
    static func isDNS1123Label(_ s: Substring, maxLength: Int = 63) -> Bool {
        let u = s.utf8
        guard let first = u.first, let last = u.last, u.count <= maxLength else { return false }
        return isLowerAlnum(first) && isLowerAlnum(last) && u.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") }
    }

    static func isDNS1123Label(_ s: String) -> Bool { isDNS1123Label(Substring(s)) }

    /// Dot-separated DNS-1123 labels, at most 253 bytes.
    static func isDNS1123Subdomain(_ s: String) -> Bool {
        guard !s.isEmpty, s.utf8.count <= 253 else { return false }
        return s.split(separator: ".", omittingEmptySubsequences: false).allSatisfy {
            isDNS1123Label($0, maxLength: 253)
        }
    }

    private static func isLowerAlnum(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
    }
}
