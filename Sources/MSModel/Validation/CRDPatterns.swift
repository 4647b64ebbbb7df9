/// Hand-written matchers for the patterns that the target objects' schemas put on fields
/// msrender fills from the input, with the pattern texts for messages. Each follows Go's
/// RE2 semantics, as the API server does: `$` is the end of the text, so a trailing
/// newline does not match. All work on UTF-8 bytes, so no non-ASCII character is a letter.
public enum CRDPatterns {
    /// Gateway API `Hostname` (HTTPRoute `spec.hostnames[]`).
    static let hostname = #"^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"#
    /// prometheus-operator `Duration` (PodMonitor `podMetricsEndpoints[].interval`).
    public static let duration =
        "^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$"
    /// Gateway API `Namespace` (HTTPRoute `parentRefs[].namespace`).
    static let namespace = "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"

    /// An optional `*.` and then dot-separated lowercase labels, of any length (the
    /// pattern does not bound a label; the field's maxLength bounds the whole).
    static func isHostname(_ s: String) -> Bool {
        var bytes = Array(s.utf8)[...]
        if bytes.starts(with: [UInt8(ascii: "*"), UInt8(ascii: ".")]) { bytes = bytes.dropFirst(2) }
        guard !bytes.isEmpty else { return false }
        return bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).allSatisfy(isLabel)
    }

    /// `[a-z0-9]([-a-z0-9]*[a-z0-9])?`, whatever the length.
    static func isLabel(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, isLowerAlnum(first), isLowerAlnum(last) else {
            return false
        }
        return bytes.allSatisfy { isLowerAlnum($0) || $0 == UInt8(ascii: "-") }
    }

    /// `0`, or digits-and-unit groups in the order y w d h m s ms, each at most once (the
    /// empty text too: every group is optional). A digit must follow a unit, so `1ms` can
    /// only be milliseconds and reading `ms` greedily is the regex's only match.
    static func isDuration(_ s: String) -> Bool {
        let b = Array(s.utf8)
        if b == [UInt8(ascii: "0")] { return true }
        let units = Array("ywdhms".utf8)
        var i = 0
        var nextUnit = 0
        while i < b.count {
            let start = i
            while i < b.count, isDigit(b[i]) { i += 1 }
            guard i > start, i < b.count else { return false }
            let unit: Int
            if b[i] == UInt8(ascii: "m"), i + 1 < b.count, b[i + 1] == UInt8(ascii: "s") {
                unit = units.count
                i += 2
            } else if let u = units.firstIndex(of: b[i]) {
                unit = u
                i += 1
            } else {
                return false
            }
            guard unit >= nextUnit else { return false }
            nextUnit = unit + 1
        }
        return true
    }

    /// Whether Go's `strings.TrimSpace` would change `s`: Unicode White_Space at either end.
    static func hasSurroundingSpace(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first, let last = s.unicodeScalars.last else { return false }
        return isSpace(first) || isSpace(last)
    }

    /// Unicode White_Space, what Go's `unicode.IsSpace` (and so `strings.TrimSpace`) tests.
    public static func isSpace(_ c: Unicode.Scalar) -> Bool { c.properties.isWhitespace }

    static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }

    static func isLowerAlnum(_ c: UInt8) -> Bool { isDigit(c) || (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) }
}
