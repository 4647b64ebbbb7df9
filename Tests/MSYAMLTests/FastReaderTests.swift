import Foundation
import Testing

@_spi(ReaderTesting) @testable import MSYAML

/// `FastReader` against the general path it stands in for: on every input the two give
/// the same documents, nodes, marks and styles, or the same error; and the fast reader
/// really reads what it is meant to (the counts below would catch it always giving up).
@Suite struct FastReaderTests {
    private func agree(_ text: String, _ comment: Comment? = nil, limits: YAMLLimits = .default) {
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { b in
            let d = ReaderAgreement.difference(b, limits: limits)
            #expect(d == nil, "\(comment ?? "") \(text.debugDescription): \(d ?? "")")
        }
    }

    private func fastDocuments(_ text: String, limits: YAMLLimits = .default) -> Int {
        Array(text.utf8).withUnsafeBufferPointer { ReaderAgreement.fastDocuments($0, limits: limits) }
    }

    /// Inputs the fast reader reads whole, each with its number of documents.
    @Test(
        arguments: [
            ("a: 1\n", 1), ("a: 1", 1), ("---\na: 1\n", 1), ("--- # c\na: 1\n---\nb: 2\n", 2), ("---\n", 1),
            ("---\n---\n", 2), ("# only a comment\n", 0), ("", 0), ("   \n\n", 0), ("---\n# c\n", 1),
            ("a:\n  b: 1\n  c:\n  - x\n  - y\nd: 2\n", 1), ("- a\n- - b\n  - c\n- k: v\n  l: w\n-\n", 1),
            ("a:\n- 1\n-\nb:\n", 1), ("  a: 1\n  b: 2\n", 1), ("a: b #c\n", 1), ("a  : b  \n", 1),
            ("\"k\": 'v'\n'k 2' : \"w\"\n", 1), ("a: 'it''s'\n", 1), ("a: \"\"\nb: ''\n", 1), ("a: {}\nb: []\n", 1),
            ("- {}\n- [] # c\n", 1), ("a: |\n  x\n   y\n\n  z\n\n\nb: 1\n", 1), ("a: |-\n  x\n\n", 1),
            ("a: |+\n  x\n\n\n", 1), ("a: |\n\n  x\n", 1), ("- |\n  x\n- | # c\n   y", 1), ("a: |\n  #x\n#c\n", 1),
            ("a: |\n  x\n    \n  y\n", 1), ("é: ü\nñ:\n- ß\n", 1), ("k: -1\nl: -x\nm: :x\nn: ?x\n", 1),
            ("url: http://x:80/a#b\n", 1), ("a:b: c\n", 1), ("a: x:y\n", 1), ("k: v # c: d\n", 1), ("---x: 1\n", 1),
            ("a: 1\n# c\n\n   # d\nb: 2\n", 1), ("-\n  a: 1\n", 1), ("- - - a\n", 1), ("a:    \n  b: 1\n", 1),
            ("a: # c\n  b: 1\n", 1), ("a: [1, 2]\nb: {c: 1, 'd': \"e\"}\n", 1), ("a: { }\nb: [ ]\n", 1),
            ("args: [--port, \"8000\", -x, a b]\n", 1), ("- [a, [b, {c: [d]}]] # c\n", 1), ("a: {b: 1, b: 2}\n", 0),
            ("a: {1: x}\n", 0), ("a: [http://x]\n", 0), ("a: \"x\\ty\"\n", 1),
            ("a: \"\\\"\\\\\\/\\0\\a\\b\\t\\n\\v\\f\\r\\e\\ \\N\\_\\L\\P\"\n\"k\\\"\": 1\n", 1),
            ("c: \"{\\\"a\\\": [1]}\"\n\"\\n\": x\n\"\\u000a\": y\n", 0),
        ] as [(String, Int)])
    func readsFast(_ text: String, _ documents: Int) {
        agree(text)
        #expect(fastDocuments(text) == documents, "\(text.debugDescription)")
    }

    /// Inputs it leaves to the general path (from their first document), which then
    /// reads them or reports the error; either way the outcome is the general path's.
    @Test(arguments: [
        "a: &x 1\nb: *x\n", "a: !t 1\n", "? a\n: b\n", "a: >\n  x\n", "a: |2\n  x\n", "a: [1,\n  2]\n", "a: [a: b]\n",
        "a: [x, ]\n", "a: {b}\n", "a: {b: }\n", "a: [x #c]\n", "a: [x]#c\n", "a: {\"b\":1}\n", "a: [?x]\n", "[a]: b\n",
        "a: b\n  c\n", "- a\n  b\n", "a: 'x\n  y'\n", "a: \"\\x41\"\n", "a: \"\\u00e9\\ud83d\\ude00\"\n",
        "a: \"\\q\"\n", "a: \"x\\\n  y\"\n", "a: \"x\n  y\"\n", "a: 1\na: 2\n",
        "1: a\n", "true: a\n", "~: a\n", "null: a\n", "a: 1\n...\n", "%YAML 1.2\n---\na: 1\n", "a:\tb\n", "a: b\r\n",
        "a: 1\nb: 2: 3\n", "a: - b\n", "a: \"x\"#c\n", "a: \"x\" y\n", "a: |#c\n x\n", "a: |\n", "a: |\n  \n",
        "a: |\n  x\n  ",
        "a: |\n   \n  x\n", "a: |\n    \n  x\n", "a: |\nb: 1\n", "a: 1\n b: 2\n", "- a\nb: 1\n", "a:\n  - b\n  c: d\n",
        "a: 1\n- b\n",
        "a: 1\nb\n", "hello\n", "\"a\"\n", "- a\n---\nb\n", "a: 1\n--- |\n x\n", "{\"a\": 1}\n{\"b\": 2}\n",
        "a: 1\n\u{FEFF}b: 2\n", ".a: 1\n", "a: `x`\n", "a: @x\n", "a: %x\n", "a: ,x\n", "a: }\n", "a:\n  |\n  x\n",
        "a: 1\n---\nb: 2\n  c: 3\n", "---\na: 1\n---\nb: &c 2\n", "a: b\n#c\n  d\n",
    ])
    func leavesToTheGeneralPath(_ text: String) {
        agree(text)
        #expect(fastDocuments(text) == 0 || text.contains("---"), "\(text.debugDescription)")
    }

    /// After the documents it read, the general path goes on from the one it gave up on:
    /// what comes back is the general path's answer for the whole stream.
    @Test func resumesAtTheDocumentItGaveUpOn() throws {
        let text = "a: 1\n---\nb: &x [2]\n---\nc: 3\n"
        #expect(fastDocuments(text) == 1)
        agree(text)
        let docs = try YAMLReader.read(text)
        #expect(docs.count == 3)
        #expect(docs[2].root.mark == Mark(line: 5, column: 1, offset: 23))
    }

    /// An error after documents the fast reader read is the error of the whole stream,
    /// at the same place, as the general path alone reports it.
    @Test func errorsAfterFastDocumentsAreTheGeneralPathsErrors() {
        for text in [
            "a: 1\n---\nb: 2\n---\nc: [3\n", "a: 1\n---\nb: *x\n", "a: 1\n---\n- a\nb: 1\n",
            "a: 1\n---\nb: 1\nb: 2\n", "a: 1\n---\nb: !!int x\n",
        ] {
            agree(text)
            #expect(throws: YAMLError.self, "\(text.debugDescription)") { _ = try YAMLReader.values(Array(text.utf8)) }
        }
    }

    /// A tab or carriage return anywhere leaves the whole stream to the general path.
    @Test func tabsAndCarriageReturnsGoToTheGeneralPath() {
        for text in ["a: 1\r\nb: 2\r\n", "a: |\n  x\ty\n", "a: 1 # \t\n"] {
            #expect(fastDocuments(text) == 0)
            agree(text)
        }
    }

    /// Deep trees and small limits: past 64 levels, or at the caller's depth limit, the
    /// general path reads it (and reports the limit).
    @Test func depthLimits() {
        func nested(_ depth: Int) -> String {
            (0..<depth).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined()
                + String(repeating: " ", count: depth) + "v: 1\n"
        }
        #expect(fastDocuments(nested(40)) == 1)
        #expect(fastDocuments(nested(70)) == 0)
        agree(nested(70))
        let small = YAMLLimits(maxDepth: 3)
        agree(nested(1), limits: small)
        agree(nested(2), limits: small)
        agree(nested(3), limits: small)
        #expect(fastDocuments(nested(3), limits: small) == 0)
        agree("a: |\n  " + String(repeating: "x", count: 40) + "\n", limits: YAMLLimits(maxScalarBytes: 16))
        agree("a: " + String(repeating: "x", count: 40) + "\n", limits: YAMLLimits(maxScalarBytes: 16))
    }

    /// A mapping with many keys (past the small linear key check) and a repeated one.
    @Test func manyKeys() {
        let keys = (0..<40).map { "k\($0): \($0)\n" }.joined()
        #expect(fastDocuments(keys) == 1)
        agree(keys)
        agree(keys + "k7: again\n")
        #expect(fastDocuments(keys + "k7: again\n") == 0)
        agree("a:\n" + (0..<40).map { "  - k: \($0)\n    k\($0): 1\n" }.joined())
    }

    /// Keys longer than an implicit key may be are the general path's to judge.
    @Test func longKeys() {
        for n in [999, 1000, 1001, 1024, 1025, 2000] {
            agree(String(repeating: "k", count: n) + ": v\n")
            agree("\"" + String(repeating: "k", count: n) + "\": v\n")
        }
    }

    /// Columns count characters, not bytes, on lines with non-ASCII text.
    @Test func columnsCountCharacters() throws {
        let text = "é: ü\nk: - ß\nl:\n- ñ: x\n"
        agree(text)
        agree("é: ü\n- x\n")
        let docs = try YAMLReader.read("é: ü\nk:\n- ñ: x\n")
        guard case .mapping(let pairs) = docs[0].root.content, case .sequence(let items) = pairs[1].value.content,
            case .mapping(let inner) = items[0].content
        else {
            Issue.record("shape")
            return
        }
        #expect(pairs[0].value.mark == Mark(line: 1, column: 4, offset: 4))
        #expect(inner[0].value.mark == Mark(line: 3, column: 6, offset: 16))
    }

    /// Long lines of non-ASCII text, many nodes on one line: the columns are counted
    /// on along the line, and agree with the general path's.
    @Test func longNonASCIILines() {
        let items = (0..<3000).map { "é\($0)" }.joined(separator: ", ")
        let text = "k: [" + items + "]\nü: {ä: [ö, \"ß\"], é: 'ñ'}\n- \n"
        agree(text)
        agree("k: [" + items + "]\n")
        #expect(fastDocuments("k: [" + items + "]\n") == 1)
        agree("ü: a\nk: [é, ñ, [ö, {ä: ü}]]\n")
    }

    /// Every file the project renders or reads as an example is read by the fast reader
    /// whole, and read the same as by the general path.
    @Test func projectFilesReadFast() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        var checked = 0
        for folder in ["golden", "examples"] {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: base.path) else { continue }
            for case let name as String in walker where name.hasSuffix(".yaml") {
                let bytes = [UInt8](try Data(contentsOf: base.appendingPathComponent(name)))
                try bytes.withUnsafeBufferPointer { b in
                    let d = ReaderAgreement.difference(b)
                    #expect(d == nil, "\(folder)/\(name): \(d ?? "")")
                    let total = try YAMLReader.read(b, fastPath: false).count
                    #expect(ReaderAgreement.fastDocuments(b) == total, "\(folder)/\(name)")
                }
                checked += 1
            }
        }
        #expect(checked > 20)
    }

    /// The YAML test suite's inputs: the fast reader reads some, gives up on most; the
    /// outcome always agrees.
    @Test func yamlTestSuiteAgrees() throws {
        guard let suite = SharedFiles.directory("yaml-test-suite") else {
            print(
                "SKIPPED: ../shared/yaml-test-suite not found (set MSRENDER_SHARED); FastReader suite agreement not run"
            )
            return
        }
        var fast = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: suite).sorted() {
            guard let data = FileManager.default.contents(atPath: suite + "/" + name + "/in.yaml") else { continue }
            [UInt8](data).withUnsafeBufferPointer { b in
                let d = ReaderAgreement.difference(b)
                #expect(d == nil, "\(name): \(d ?? "")")
                fast += ReaderAgreement.fastDocuments(b)
            }
        }
        #expect(fast >= 20)
    }

    /// Random edits of block-style manifests (indentation, comments, quotes, indicators,
    /// block scalars, document markers, repeated lines): the two paths agree on every one.
    @Test func editedManifestsAgree() {
        var rng = SplitMix(seed: 7)
        var fast = 0
        for text in Self.editedManifests(count: 3000, rng: &rng) {
            agree(text)
            fast += fastDocuments(text)
        }
        #expect(fast >= 1000)
    }

    static func editedManifests(count: Int, rng: inout SplitMix) -> [String] {
        let base = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              labels:
                app.kubernetes.io/name: web
                "llm-d.ai/role": 'decode'
              name: web # the name
            spec:
              replicas: 2
              template:
                spec:
                  containers:
                  - args:
                    - --port
                    - "8000"
                    command:
                    - /bin/sh
                    - -c
                    - |
                      mkdir -p "$HOME"

                      exec vllm serve
                    env:
                    - name: A
                      value: "1"
                    resources: {}
                  volumes:
                  - emptyDir: {}
                    name: model
            ---
            kind: List
            items: []

            """
        let pieces = [
            "a", "b: c", "- x", "-", "- - y", "\"q\"", "'s''t'", "|", "|-", "|+", "{}", "[]", "[a]", "#c", " #c", "é",
            ":", ": v", "? k", "&a x", "*a", "!t x", ">", "|2", "---", "...", "k:", "k: v: w", "x:y", "null", "1", "~",
            "-1", "k : v", "\"k\": v", "  ", "", "a # b", "a#b", "\"a\\\"b\"", "'a", "\"a",
        ]
        let lines = base.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var texts: [String] = []
        for _ in 0..<count {
            var l = lines
            for _ in 0..<(1 + rng.next(3)) {
                let i = rng.next(l.count)
                let line = l[i]
                let indent = line.prefix { $0 == " " }.count
                switch rng.next(9) {
                case 0: l[i] = String(repeating: " ", count: 1 + rng.next(3)) + line
                case 1: l[i] = String(line.dropFirst(min(indent, 1 + rng.next(2))))
                case 2: l.insert(pieces[rng.next(pieces.count)], at: i)
                case 3: l[i] = line + [" ", "  ", " #x", "#x", ":", ": ", " -", "\"", "'"][rng.next(9)]
                case 4: l.insert(line, at: i)
                case 5: l.remove(at: i)
                case 6: l[i] = String(repeating: " ", count: indent) + pieces[rng.next(pieces.count)]
                case 7:
                    l.insert(
                        String(repeating: " ", count: indent + [0, 1, 2, 4][rng.next(4)])
                            + pieces[rng.next(pieces.count)], at: i + 1)
                default: l.insert(String(repeating: " ", count: rng.next(9)), at: i)
                }
                if l.isEmpty { l = [""] }
            }
            texts.append(l.joined(separator: "\n"))
        }
        return texts
    }
}

extension FastReaderTests {
    /// What `msrender convert` writes for a value, as JSON lines or as YAML documents.
    private static func converterDifference(_ text: String, json: Bool) -> String? {
        let emit: StreamConverter.Emit = { value, out throws(EmitError) in
            if json {
                try JSONWriter.write(value, pretty: false, sortKeys: false, into: &out)
                out.append(0x0A)
            } else {
                out += "---\n".utf8
                try YAMLEmitter.emit(value, into: &out, options: EmitterOptions(sortKeys: false))
            }
        }
        return ReaderAgreement.converterDifference(Array(text.utf8), compactJSON: json, emit: emit)
    }

    /// `convert` reads block-style documents with the fast reader; a document it gives
    /// up on, one a writer refuses (`.inf` in JSON: the mark is the general path's) and
    /// any error hand over to the general path, and the outcome is the contract's.
    @Test(arguments: [
        "a: 1\n---\nb: .inf\n---\nc: 2\n", "a: .nan\n", "a: 1\n---\nb: &x 2\n---\nc: [1, .inf]\n",
        "a: 1\n---\nb: [1\n", "a: 1\n---\nb: !!int x\n---\nc: [\n", "a: 1\n---\nb: !!int x\n",
        "{\"a\": 1}\n{\"b\": 2}\n",
        "a: 1\n---\nb: 2\n", "", "a: |\n  x\n",
    ])
    func converterKeepsItsContract(_ text: String) {
        for json in [true, false] {
            let d = Self.converterDifference(text, json: json)
            #expect(d == nil, "\(text.debugDescription): \(d ?? "")")
        }
    }

    /// The same over the edited manifests.
    @Test func converterAgreesOnEditedManifests() {
        var rng = SplitMix(seed: 11)
        for text in Self.editedManifests(count: 800, rng: &rng) {
            for json in [true, false] {
                let d = Self.converterDifference(text, json: json)
                #expect(d == nil, "\(text.debugDescription): \(d ?? "")")
            }
        }
    }
}

/// A small deterministic random source (SplitMix64).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(max(bound, 1)))
    }
}
