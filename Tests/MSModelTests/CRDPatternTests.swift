import Testing

@testable import MSModel

/// The hand-written matchers against their patterns: the examples the CRDs give, the
/// edges of each group, and Go's end-of-text `$` (a trailing newline never matches).
struct CRDPatternTests {
    static let hostnames: [(String, Bool)] = [
        ("foo.example.com", true), ("*.example.com", true), ("a", true), ("0.0", true), ("1.2.3.4", true),
        ("a-b.c-d", true), ("xn--bcher-kva.example", true), (String(repeating: "a", count: 300), true),
        ("foo.example.com.", false), ("Foo.example.com", false), ("a_b", false), ("*", false), ("*.", false),
        ("**.a", false), ("a.*.b", false), ("-a", false), ("a-", false), (".a", false), ("a..b", false), ("", false),
        ("a.com:80", false), ("ünï.com", false), ("a.com\n", false), ("a b", false),
    ]

    @Test(arguments: hostnames)
    func hostname(_ text: String, _ matches: Bool) { #expect(CRDPatterns.isHostname(text) == matches) }

    static let durations: [(String, Bool)] = [
        ("30s", true), ("1m", true), ("1h20m15s", true), ("15d", true), ("0", true), ("", true), ("500ms", true),
        ("1m1ms", true), ("1y2w3d4h5m6s7ms", true), ("00s", true), ("90m", true),
        ("30", false), ("s", false), ("1.5s", false), ("-1s", false), ("1s1m", false), ("1ms1s", false),
        ("1m1m", false), ("30S", false), (" 30s", false), ("30s\n", false), ("1h 30m", false), ("00", false),
        ("1us", false), ("1msx", false),
    ]

    @Test(arguments: durations)
    func duration(_ text: String, _ matches: Bool) { #expect(CRDPatterns.isDuration(text) == matches) }

    /// Go's strings.TrimSpace trims Unicode White_Space: ASCII space and controls, NEL,
    /// no-break space, the Unicode spaces; not a zero-width space (U+200B).
    static let spaces: [(String, Bool)] = [
        ("img", false), ("a b", false), ("", false), (" img", true), ("img\n", true), ("\u{85}img", true),
        ("img\u{A0}", true), ("\u{3000}img", true), ("\u{200B}img", false),
    ]

    @Test(arguments: spaces)
    func surroundingSpace(_ text: String, _ has: Bool) { #expect(CRDPatterns.hasSurroundingSpace(text) == has) }

    /// fieldpath.SplitMaybeSubscriptedPath: the field and the key, or nil.
    static let subscripts: [(String, String?)] = [
        ("metadata.labels['app']", "metadata.labels|app"), ("metadata.labels['']", "metadata.labels|"),
        ("a['b['c']", "a|b['c"), ("['x']", nil), ("x[']", nil), ("metadata.name", nil),
    ]

    @Test(arguments: subscripts)
    func subscripted(_ path: String, _ parts: String?) {
        #expect(EnvSourceRules.subscripted(path).map { $0.field + "|" + $0.key } == parts)
    }

    static let configKeys: [(String, [String])] = [
        ("key.name", []), ("KEY_NAME", []), (".a", []), ("a..b", []), ("", ["must not be empty"]),
        (".", ["must not be '.'"]), ("..", ["must not be '..'"]), ("..a", ["must not start with '..'"]),
        ("a b", [EnvSourceRules.Message.configKeyFormat]), ("ü", [EnvSourceRules.Message.configKeyFormat]),
        (String(repeating: "k", count: 254), ["must be no more than 253 bytes"]),
    ]

    @Test(arguments: configKeys)
    func configMapKey(_ key: String, _ problems: [String]) {
        #expect(EnvSourceRules.configMapKeyProblems(key) == problems)
    }
}
