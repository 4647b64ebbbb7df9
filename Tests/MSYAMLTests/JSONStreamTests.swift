import Foundation
import MSYAML
import Testing

/// JSON texts back to back (JSON Lines, concatenated pretty JSON, msrender's own
/// `convert --to json`) read as one document per text, with marks in the original bytes;
/// YAML streams read exactly as before.
@Suite struct JSONStreamTests {
    @Test func jsonLinesGiveOneDocumentPerLine() throws {
        let docs = try YAMLReader.read("{\"kind\":\"A\"}\n{\"kind\":\"B\",\"spec\":{\"n\":[1,2]}}\n\"x\"\n")
        #expect(try docs.map { try $0.root.toValue() } == [["kind": "A"], ["kind": "B", "spec": ["n": [1, 2]]], "x"])
        #expect(docs.map(\.start.description) == ["1:1", "2:1", "3:1"])
        guard case .mapping(let pairs) = docs[1].root.content, case .mapping(let spec) = pairs[1].value.content,
            case .sequence(let n) = spec[0].value.content
        else { throw ReaderTestError.documentCount(-1) }
        #expect(n[1].mark == Mark(line: 2, column: 28, offset: 40))
    }

    @Test func concatenatedPrettyTexts() throws {
        let text = "{\n  \"a\": 1\n}\n{\n  \"b\": [\n    true\n  ]\n}{\"c\": null}"
        let docs = try YAMLReader.read(text)
        #expect(try docs.map { try $0.root.toValue() } == [["a": 1], ["b": [true]], ["c": .null]])
        #expect(docs.map(\.start.description) == ["1:1", "4:1", "8:2"])
        guard case .mapping(let pairs) = docs[1].root.content, case .sequence(let items) = pairs[0].value.content
        else { throw ReaderTestError.documentCount(-1) }
        #expect(items[0].mark.description == "6:5")
    }

    @Test func crlfAndByteOrderMarkKeepMarks() throws {
        let docs = try YAMLReader.read([0xEF, 0xBB, 0xBF] + Array("[1]\r\n[2,\r\n 3]\r\n".utf8))
        #expect(try docs.map { try $0.root.toValue() } == [[1], [2, 3]])
        guard case .sequence(let items) = docs[1].root.content else { throw ReaderTestError.documentCount(-1) }
        #expect(items[1].mark == Mark(line: 3, column: 2, offset: 14))
    }

    /// What `msrender convert --to json` writes (one compact text per document) reads
    /// back as the same documents.
    @Test func readsItsOwnJSONOutput() throws {
        let yaml = "a: [x, 2.5, true, null]\n---\n- 1\n- {b: c}\n--- \"str\"\n---\n{}\n--- ~\n"
        let values = try YAMLReader.read(yaml).map { try $0.root.toValue() }
        let json =
            try values.map { try JSONWriter.write($0, pretty: false, sortKeys: false) }.joined(separator: "\n") + "\n"
        #expect(try YAMLReader.read(json).map { try $0.root.toValue() } == values)
    }

    /// Every `in.json` of the YAML test suite (one JSON text per YAML document) reads
    /// to the values the suite's own JSON reading gives, except a stream that opens with
    /// a bare scalar: `null\nnull` (6XDY) is also the YAML plain scalar "null null",
    /// and YAML wins (kubectl, which looks for a leading `{`, reads it as YAML too).
    @Test func readsTheSuiteJSONFiles() throws {
        guard let suite = SharedFiles.directory("yaml-test-suite") else {
            print("SKIP readsTheSuiteJSONFiles: shared folder not found (set MSRENDER_SHARED)")
            return
        }
        var streams = 0
        var failures: [String] = []
        for id in try FileManager.default.contentsOfDirectory(atPath: suite).sorted() {
            guard let json = FileManager.default.contents(atPath: suite + "/" + id + "/in.json") else { continue }
            if (ConformanceJSON.values(Array(json))?.count ?? 0) > 1 {
                let first = json.first { !JSONStreamTests.isSpace($0) }
                if let first, first != UInt8(ascii: "{") && first != UInt8(ascii: "[") && first != UInt8(ascii: "\"") {
                    continue
                }
                streams += 1
            }
            if let reason = ConformanceTests.check(yaml: Array(json), mustFail: false, json: Array(json)) {
                failures.append("\(id): \(reason)")
            }
        }
        #expect(streams >= 9)
        #expect(failures.isEmpty, "\(failures)")
    }

    @Test(
        arguments: [
            // An error inside a later text points into the file.
            ("{\"a\":1}\n{\"b\":}\n", "2:6", "expected a JSON value, found '}'"),
            (
                "{\"a\":1}\n  {\"b\": 1,\n  \"c\" 2}\n", "3:7",
                "expected ':' after the key in the JSON object, found '2'"
            ),
            ("[1]\n[2 3]\n", "2:4", "expected ',' or ']' in the JSON array, found '3'"),
            ("{}\n{\"a\": 1,}\n", "2:9", "expected a quoted key in the JSON object, found '}'"),
            ("{}\n[01]\n", "2:2", "found an invalid JSON number"),
            ("{}\n[\"a\tb\"]\n", "2:4", "found a control character in a JSON string (escape it, like \\t or \\n)"),
            ("{}\n[\"\\x41\"]\n", "2:3", "found an invalid escape in a JSON string"),
            ("{}\n\"abc\n", "2:1", "unclosed JSON string"),
            ("{}\n\"abc", "2:1", "unclosed JSON string"),
            // A JSON text followed by garbage: an error at the garbage.
            (
                "{\"a\":1} {\"b\":2} ]\n", "1:17",
                "expected another JSON text or the end of the input after a JSON text, found ']'"
            ),
            (
                "{\"a\":1}\n{\"b\":2}\nkind: x\n", "3:1",
                "expected another JSON text or the end of the input after a JSON text, found 'k'"
            ),
            (
                "{\"a\":1}\n{\"b\":2}\n---\n", "3:1",
                "expected another JSON text or the end of the input after a JSON text, found '-'"
            ),
            (
                "{\"a\":1}\n{\"b\":2}\nfalsy\n", "3:1",
                "expected another JSON text or the end of the input after a JSON text, found 'f'"
            ),
            // Not a stream (nothing JSON follows the first text): the YAML error stands.
            (
                "{\"a\":1}\nfoo: bar\n", "2:1",
                "expected the end of the document ('...' or '---'), found a block mapping"
            ),
            ("{a: 1}\n{b: 2}\n", "2:1", "expected the end of the document ('...' or '---'), found '{'"),
            // The YAML reader reads each text: its checks and positions apply.
            ("{}\n{\"a\":1,\"a\":2}\n", "2:8", "duplicate mapping key \"a\" (first at 2:2)"),
        ] as [(String, String, String)])
    func errors(_ text: String, _ position: String, _ message: String) {
        ReaderSupport.expectError(text, at: position, message)
    }

    @Test func nestingLimitAppliesToEveryText() {
        let e = ReaderSupport.error("{}\n[[[[[1]]]]]\n", limits: YAMLLimits(maxDepth: 4))
        #expect(e?.message == "the document nests collections deeper than 4 levels")
        #expect(e?.mark.description == "2:5")
    }

    /// Inputs that are YAML read as YAML, even where a JSON stream reading exists.
    @Test(
        arguments: [
            ("1\n2\n", ["1 2"]),
            ("{\"a\": 1}\n---\n{\"b\": 2}\n", [["a": 1], ["b": 2]]),
            ("[1, 2]\n", [[1, 2]]),
            ("\"x\" # comment\n", ["x"]),
        ] as [(String, [Value])])
    func yamlStaysYAML(_ text: String, _ expected: [Value]) throws {
        #expect(try YAMLReader.read(text).map { try $0.root.toValue() } == expected)
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

    @Test func surrogatePairEscapes() throws {
        #expect(try ReaderSupport.value("{\"a\": \"\\ud83d\\ude00\"}") == ["a": "😀"])
        #expect(
            ReaderSupport.error("a: \"\\ud83d x\"")?.message == "the escaped character is not a valid Unicode scalar")
        #expect(ReaderSupport.error("a: \"\\ude00\\ud83d\"")?.mark.description == "1:5")
    }
}
