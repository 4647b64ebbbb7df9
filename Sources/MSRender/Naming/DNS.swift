/// Kubernetes name rules (DNS-1123, DNS-1035, label values) and the operator's
/// `dns1035` sanitiser, on bytes so no Unicode case mapping can sneak in.
public enum DNS {
    public static let labelMaxLength = 63
    public static let subdomainMaxLength = 253

    /// The operator's SanitizeDNS1035Label (SPEC section 4): keep `a-z0-9`, lowercase
    /// `A-Z`, map `._-` to `-`, drop the rest, trim and collapse `-`, empty becomes
    /// `modelservice`, a leading digit gets `m-`.
    public static func dns1035(_ s: String) -> String {
        var out: [UInt8] = []
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                out.append(b)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                out.append(b + 32)
            case UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "-"):
                // Collapsing here is the same as trimming then collapsing runs.
                if out.last != UInt8(ascii: "-") { out.append(UInt8(ascii: "-")) }
            default:
                continue
            }
        }
        while out.first == UInt8(ascii: "-") { out.removeFirst() }
        while out.last == UInt8(ascii: "-") { out.removeLast() }
        if out.isEmpty { return "modelservice" }
        if let first = out.first, isDigit(first) { return "m-" + String(decoding: out, as: UTF8.self) }
        return String(decoding: out, as: UTF8.self)
    }

    /// A DNS-1123 label: `[a-z0-9]([-a-z0-9]*[a-z0-9])?`, at most 63 characters.
    public static func isDNS1123Label(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard !b.isEmpty, b.count <= labelMaxLength else { return false }
        return isLabelBody(b)
    }

    /// A DNS-1035 label: a DNS-1123 label that starts with a letter.
    public static func isDNS1035Label(_ s: String) -> Bool {
        guard isDNS1123Label(s), let first = s.utf8.first else { return false }
        return isLower(first)
    }

    /// A DNS-1123 subdomain: dot-separated DNS-1123 labels, at most 253 characters.
    public static func isDNS1123Subdomain(_ s: String) -> Bool {
        let b = Array(s.utf8)
        guard !b.isEmpty, b.count <= subdomainMaxLength else { return false }
        return b.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
            .allSatisfy { !$0.isEmpty && isLabelBody(Array($0)) }
    }

    /// A label value: empty, or at most 63 characters of `[A-Za-z0-9_.-]` that start and
    /// end with an alphanumeric.
    public static func isLabelValue(_ s: String) -> Bool {
        let b = Array(s.utf8)
        if b.isEmpty { return true }
        guard b.count <= labelMaxLength, let first = b.first, let last = b.last else { return false }
        guard isAlnum(first), isAlnum(last) else { return false }
        return b.allSatisfy {
            isAlnum($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ".")
        }
    }

    private static func isLabelBody(_ b: [UInt8]) -> Bool {
        guard let first = b.first, let last = b.last else { return false }
        guard isLower(first) || isDigit(first), isLower(last) || isDigit(last) else { return false }
        return b.allSatisfy { isLower($0) || isDigit($0) || $0 == UInt8(ascii: "-") }
    }

    private static func isLower(_ b: UInt8) -> Bool { b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") }
    private static func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
    private static func isAlnum(_ b: UInt8) -> Bool {
        isLower(b) || isDigit(b) || (b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z"))
    }
}
