/// The API server's rules for label keys, label values and annotation keys, with its
/// messages: k8s.io/apimachinery `IsQualifiedName` (a label key: an optional DNS-1123
/// subdomain prefix and `/`, then a name part of at most 63 bytes), `IsValidLabelValue`
/// and `ValidateAnnotations` (keys are qualified names once lowercased, and all of an
/// object's annotations together hold at most 256 KiB).
///
/// Everything works on UTF-8 bytes, as Go's `len` and regular expressions do, so a
/// non-ASCII character is never a letter here.
public enum LabelRules {
    /// A qualified name's name part, and a label value, hold at most this many bytes.
    public static let maxNameLength = 63
    /// A qualified name's prefix (a DNS-1123 subdomain) holds at most this many bytes.
    public static let maxPrefixLength = 253
    /// Kubernetes' TotalAnnotationSizeLimitB: the sum of every key's and value's length.
    static let maxAnnotationsSize = 256 * 1024

    /// Why `key` is not a qualified name (a label key), in the API server's words;
    /// empty when it is one.
    static func keyProblems(_ key: String) -> [String] { qualifiedNameProblems(Array(key.utf8)) }

    /// Why `key` is not an annotation key: the API server lowercases it (Go's
    /// `strings.ToLower`) and then requires a qualified name.
    static func annotationKeyProblems(_ key: String) -> [String] { qualifiedNameProblems(goLowercased(key)) }

    /// Why `value` is not a label value; empty when it is one.
    static func valueProblems(_ value: String) -> [String] {
        let bytes = Array(value.utf8)
        var out: [String] = []
        if bytes.count > maxNameLength { out.append(Message.maxLength(maxNameLength)) }
        if !bytes.isEmpty && !isNamePart(bytes[...]) { out.append(Message.labelValueFormat) }
        return out
    }

    /// What ValidateAnnotationsSize adds up: every key's and value's length in bytes.
    static func annotationsSize(_ pairs: [(key: String, value: String)]) -> Int {
        pairs.reduce(0) { $0 + $1.key.utf8.count + $1.value.utf8.count }
    }

    /// `([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]`, whatever the length.
    static func isNamePart(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, isAlnum(first), isAlnum(last) else { return false }
        return bytes.allSatisfy { isAlnum($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") || $0 == dot }
    }

    private static func qualifiedNameProblems(_ bytes: [UInt8]) -> [String] {
        let parts = bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard parts.count <= 2, let name = parts.last else { return [Message.qualifiedNameFormat] }
        var out: [String] = []
        if parts.count == 2 {
            let prefix = parts[0]
            if prefix.isEmpty {
                out.append("prefix part must be non-empty")
            } else {
                if prefix.count > maxPrefixLength { out.append("prefix part " + Message.maxLength(maxPrefixLength)) }
                if !isSubdomainFormat(prefix) { out.append("prefix part " + Message.subdomainFormat) }
            }
        }
        if name.isEmpty {
            out.append("name part must be non-empty")
        } else if name.count > maxNameLength {
            out.append("name part " + Message.maxLength(maxNameLength))
        }
        if !isNamePart(name) { out.append("name part " + Message.namePartFormat) }
        return out
    }

    /// Dot-separated DNS-1123 labels, whatever the length (the length is its own message).
    private static func isSubdomainFormat(_ bytes: ArraySlice<UInt8>) -> Bool {
        let text = Substring(decoding: bytes, as: UTF8.self)
        return text.split(separator: ".", omittingEmptySubsequences: false).allSatisfy {
            NameRules.isDNS1123Label($0, maxLength: .max)
        }
    }

    /// The non-ASCII characters whose lowercase (Go's `unicode.ToLower`) is an ASCII letter.
    public static let asciiLowercased: [(scalar: Unicode.Scalar, lower: Unicode.Scalar)] = [
        ("\u{130}", "i"), ("\u{212A}", "k"),
    ]

    /// Go's `strings.ToLower` as far as validation can tell: ASCII letters, and the
    /// `asciiLowercased` characters (U+0130 `İ` -> `i`, U+212A Kelvin sign -> `k`); any
    /// other non-ASCII character stays non-ASCII, so it fails either way.
    private static func goLowercased(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars {
            if scalar.value >= 0x41 && scalar.value <= 0x5A {
                out.append(UInt8(scalar.value) + 0x20)
            } else if let ascii = asciiLowercased.first(where: { $0.scalar == scalar }) {
                out.append(UInt8(ascii.lower.value))
            } else {
                out += Array(String(scalar).utf8)
            }
        }
        return out
    }

    private static let dot = UInt8(ascii: ".")

    private static func isAlnum(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)
    }

    /// The API server's texts (apimachinery `RegexError`, `MaxLenError`, `EmptyError`).
    enum Message {
        static let namePartRegex = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]"
        static let namePartFormat =
            "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an "
            + "alphanumeric character (e.g. 'MyName', or 'my.name', or '123-abc', regex used for validation is '"
            + namePartRegex + "')"
        static let qualifiedNameFormat =
            "a qualified name " + namePartFormat
            + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"
        static let subdomainFormat =
            "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and "
            + "must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation "
            + "is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
        static let labelValueFormat =
            "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and "
            + "must start and end with an alphanumeric character (e.g. 'MyValue', or 'my_value', or '12345', "
            + "regex used for validation is '(" + namePartRegex + ")?')"

        static func maxLength(_ n: Int) -> String { "must be no more than \(n) bytes" }
    }
}
