import Testing

@testable import MSModel

/// Keys are bytes, and a string map reads every scalar key as its text (SPEC 8): `1`
/// with `"1"` is a duplicate at the second one's position; keys that differ only in
/// Unicode normalisation are two keys. Snippets start at line 11, column 3.
struct StringMapKeyTests {
    typealias Case = DecodeFixture.SnippetCase

    static let duplicates: [Case] = [
        Case(
            name: "nodeSelector 1 and \"1\" (issue 8)", snippet: "decode:\n  nodeSelector: {1: a, \"1\": b}",
            expected: [
                "12:26 error: spec.decode.nodeSelector[1]: duplicate key \"1\": 1 (at 12:20) and \"1\" are the same key"
                    + " in a map of strings"
            ]),
        Case(
            name: "annotations true and \"true\"",
            snippet: "decode:\n  annotations:\n    true: x\n    \"true\": y",
            expected: [
                "14:7 error: spec.decode.annotations[true]: duplicate key \"true\": true (at 13:7) and \"true\" are the"
                    + " same key in a map of strings"
            ]),
        Case(
            name: "prefill nodeSelector with a tagged key",
            snippet: "prefill:\n  nodeSelector:\n    !!str 10: a\n    10: b",
            expected: [
                "12:5 warning: spec.prefill: prefill is set without routingProxy: decode pods get no routing sidecar"
                    + " to hand requests to the prefill pods",
                "14:7 error: spec.prefill.nodeSelector[10]: duplicate key \"10\": !!str 10 (at 13:7) and 10 are the"
                    + " same key in a map of strings",
            ]),
        Case(
            name: "a null key's text, and a null value",
            snippet: "decode:\n  nodeSelector:\n    '~': a\n    ~:",
            expected: [
                "13:7 error: spec.decode.nodeSelector[~]: invalid label key \"~\": name part must consist of"
                    + " alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric"
                    + " character (e.g. 'MyName', or 'my.name', or '123-abc', regex used for validation is"
                    + " '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
                "14:7 error: spec.decode.nodeSelector[~]: duplicate key \"~\": \"~\" (at 13:7) and ~ are the same key"
                    + " in a map of strings",
            ]),
    ]

    @Test(arguments: duplicates)
    func duplicateKeys(_ c: Case) throws {
        let result = try DecodeFixture.decodeSnippet(c.snippet)
        #expect(DecodeFixture.lines(result) == c.expected)
        #expect(result.modelService == nil)
    }

    /// Different texts are different keys, whatever number they spell.
    @Test func differentTextsAreDifferentKeys() throws {
        let result = try DecodeFixture.decodeSnippet("decode:\n  nodeSelector: {0x1F: a, \"31\": b, 1.0: c, \"1\": d}")
        #expect(DecodeFixture.lines(result) == [])
        let selector = result.modelService?.spec.decode.nodeSelector.map(\.key)
        #expect(selector == ["0x1F", "31", "1.0", "1"])
    }

    /// `café` in NFC and in NFD: two label keys, not a duplicate. Neither is a valid label
    /// key (a qualified name is ASCII), so each gets its own error at its own position.
    @Test func normalisationFormsAreTwoKeys() throws {
        let nfc = "caf\u{E9}"
        let nfd = "cafe\u{301}"
        let yaml =
            DecodeFixture.head.replacingOccurrences(
                of: "  name: qwen3\n", with: "  name: qwen3\n  labels:\n    \"\(nfc)\": a\n    \"\(nfd)\": b\n")
            + "  engine: {}\n  decode: {}\n"
        let result = try DecodeFixture.decode(yaml)
        let lines = DecodeFixture.lines(result)
        #expect(lines.count == 2, "\(lines)")
        #expect(lines.first?.utf8.starts(with: "6:5 error: metadata.labels[\(nfc)]: invalid label key".utf8) == true)
        #expect(lines.last?.utf8.starts(with: "7:5 error: metadata.labels[\(nfd)]: invalid label key".utf8) == true)
        #expect(!lines.contains { $0.contains("duplicate") })
    }

    /// A field name compares by bytes: the Kelvin sign is not a K (Swift's `==` says it is).
    @Test func fieldNamesAreBytes() throws {
        let snippet = "engine:\n  env:\n  - name: A\n    valueFrom:\n      secret\u{212A}eyRef: {name: s, key: k}"
        let result = try DecodeFixture.decodeSnippet(snippet)
        // (Validation adds that no source is set; only the first line is this test's.)
        #expect(
            DecodeFixture.lines(result).first
                == "15:9 error: spec.engine.env[0].valueFrom.secret\u{212A}eyRef: unknown field \"secret\u{212A}eyRef\";"
                + " did you mean 'secretKeyRef'?")
    }
}
