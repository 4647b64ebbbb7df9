import Testing

@testable import MSModel

/// The API server's label-key, label-value and annotation-key rules, message by message
/// (apimachinery IsQualifiedName, IsValidLabelValue, ValidateAnnotations).
struct LabelRuleTests {
    static let nameRule =
        "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric "
        + "character (e.g. 'MyName', or 'my.name', or '123-abc', regex used for validation is "
        + "'([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"
    static let prefixRule =
        "prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', "
        + "and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is "
        + "'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
    static let valueRule =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must "
        + "start and end with an alphanumeric character (e.g. 'MyValue', or 'my_value', or '12345', regex used for "
        + "validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"

    @Test(
        arguments: [
            ("gpu", []), ("nvidia.com/gpu.product", []), ("A-b_c.9", []), ("1", []),
            ("Example.COM/x", [prefixRule]),
            (
                "a/b/c",
                [
                    "a qualified name " + nameRule
                        + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"
                ]
            ),
            ("ünï", ["name part " + nameRule]),
            ("-gpu", ["name part " + nameRule]),
            ("", ["name part must be non-empty", "name part " + nameRule]),
            ("x/", ["name part must be non-empty", "name part " + nameRule]),
            ("/x", ["prefix part must be non-empty"]),
            ("my_domain/x", [prefixRule]),
            (String(repeating: "a", count: 63), []),
            (String(repeating: "a", count: 64), ["name part must be no more than 63 bytes"]),
            ("a." + String(repeating: "b", count: 252) + "/x", ["prefix part must be no more than 253 bytes"]),
            (String(repeating: "b", count: 253) + "/x", []),
        ] as [(String, [String])])
    func labelKeys(key: String, problems: [String]) {
        #expect(LabelRules.keyProblems(key) == problems)
    }

    @Test(
        arguments: [
            ("", []), ("v1.0.1", []), ("MyValue", []), ("my_value", []), ("12345", []),
            ("-x", [valueRule]), ("x.", [valueRule]), ("a b", [valueRule]), ("ünï", [valueRule]),
            ("a/b", [valueRule]),
            (String(repeating: "v", count: 63), []),
            (String(repeating: "v", count: 64), ["must be no more than 63 bytes"]),
            (String(repeating: "v", count: 63) + "-", ["must be no more than 63 bytes", valueRule]),
        ] as [(String, [String])])
    func labelValues(value: String, problems: [String]) {
        #expect(LabelRules.valueProblems(value) == problems)
    }

    /// Annotation keys are checked lowercased, as Go's strings.ToLower does it: the
    /// dotless-I and Kelvin signs become ASCII there, every other non-ASCII letter fails.
    @Test(
        arguments: [
            ("Example.COM/Key", []), ("checksum/config", []), ("\u{130}", []), ("\u{212A}8s.io/x", []),
            ("ünï", ["name part " + nameRule]),
            (
                "a/b/c",
                [
                    "a qualified name " + nameRule
                        + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"
                ]
            ),
            ("My_Domain/x", [prefixRule]),
        ] as [(String, [String])])
    func annotationKeys(key: String, problems: [String]) {
        #expect(LabelRules.annotationKeyProblems(key) == problems)
    }

    @Test func annotationsSizeCountsBytesOfKeysAndValues() {
        #expect(LabelRules.annotationsSize([("a", "bc"), ("ü", "")]) == 5)
        #expect(LabelRules.annotationsSize([]) == 0)
        #expect(LabelRules.maxAnnotationsSize == 262_144)
    }

    /// Resource names share the name-part rule.
    @Test func resourceNamesUseTheNamePartRule() {
        #expect(ResourceNames.problem("example.com/" + String(repeating: "g", count: 63)) == nil)
        #expect(ResourceNames.problem("example.com/" + String(repeating: "g", count: 64)) != nil)
        #expect(ResourceNames.problem("example.com/-gpu") != nil)
    }
}
