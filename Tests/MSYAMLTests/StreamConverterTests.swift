import Foundation
import Testing

@testable import MSYAML

/// `StreamConverter` (document by document, with and without the tree-less JSON fast
/// path) against the reference: read every document, then convert them in order.
@Suite struct StreamConverterTests {
    /// The reference outcome, as `convert` computed it before streaming.
    static func reference(_ bytes: [UInt8], emit: StreamConverter.Emit) -> String {
        var out: [UInt8] = []
        var refused: [String] = []
        do throws(YAMLError) {
            for doc in try YAMLReader.read(bytes) {
                let value = try doc.root.toValue()
                do throws(EmitError) { try emit(value, &out) } catch {
                    let mark = doc.root.node(at: error.steps)?.mark ?? doc.start
                    refused.append("\(mark): \(error.path): \(error.message)")
                }
            }
        } catch {
            return "failed \(error.mark): \(error.message)"
        }
        if !refused.isEmpty { return "refused " + refused.joined(separator: "\n") }
        return "converted " + String(decoding: out, as: UTF8.self)
    }

    static func describe(_ outcome: StreamConverter.Outcome) -> String {
        switch outcome {
        case .converted(let out): return "converted " + String(decoding: out, as: UTF8.self)
        case .refused(let r):
            return "refused " + r.map { "\($0.mark): \($0.error.path): \($0.error.message)" }.joined(separator: "\n")
        case .failed(let error): return "failed \(error.mark): \(error.message)"
        }
    }

    static func json(_ value: Value, _ out: inout [UInt8]) throws(EmitError) {
        try JSONWriter.write(value, pretty: false, sortKeys: false, into: &out)
        out.append(0x0A)
    }

    static func yaml(_ value: Value, _ out: inout [UInt8]) throws(EmitError) {
        out += "---\n".utf8
        try YAMLEmitter.emit(value, into: &out)
    }

    /// Every way of converting `bytes` agrees with the reference; returns how many of
    /// its documents the fast path wrote itself.
    @discardableResult
    static func check(_ bytes: [UInt8], _ name: String) -> Int {
        let expected = reference(bytes, emit: json)
        #expect(describe(StreamConverter.convert(bytes, fastJSON: true, emit: json)) == expected, "\(name) fast")
        #expect(describe(StreamConverter.convert(bytes, fastJSON: false, emit: json)) == expected, "\(name) general")
        #expect(
            describe(StreamConverter.convert(bytes, fastJSON: false, emit: yaml)) == reference(bytes, emit: yaml),
            "\(name) yaml")
        return fastDocuments(bytes)
    }

    /// How many documents of `bytes` the fast path writes without giving up.
    static func fastDocuments(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { b in
            guard let start = try? InputCheck.validate(b, limits: .default) else { return 0 }
            var composer = Composer(Parser(Scanner(b, start: start, limits: .default)), limits: .default)
            var count = 0
            var out: [UInt8] = []
            while let docStart = try? composer.nextDocumentStart() {
                let saved = composer.parser
                if FastJSON.document(&composer.parser, into: &out, maxDepth: YAMLLimits.default.maxDepth) {
                    count += 1
                    continue
                }
                composer.parser = saved
                guard (try? composer.document(from: docStart)) != nil else { break }
            }
            return count
        }
    }

    @Test func yamlTestSuite() throws {
        guard let suite = SharedFiles.directory("yaml-test-suite") else {
            print("SKIP StreamConverterTests: shared folder not found (set MSRENDER_SHARED)")
            return
        }
        let fm = FileManager.default
        var fast = 0
        for id in try fm.contentsOfDirectory(atPath: suite).sorted() {
            guard let yaml = fm.contents(atPath: suite + "/" + id + "/in.yaml") else { continue }
            fast += Self.check(Array(yaml), id)
        }
        // Most documents of the suite are plain data the fast path writes itself.
        #expect(fast > 150)
    }

    @Test(arguments: [
        "a: 1\nb: [x, 'y', \"z\", 1.5e3, 0x1F, true, null, ~]\n",
        "--- {a: 1}\n--- [1, 2]\n--- text\n---\n...\n",
        "a: 1\na: 2\n",
        "a: 1\n'a': 2\n",
        "1: a\n\"1\": b\n",
        "a: .inf\n---\nb: .nan\n",
        "x: 1\n---\na: !!int x\n---\nb: .inf\n",
        "a: .inf\n---\nb: !!int x\n",
        "a: &x 1\nb: *x\n",
        "a: 1\n---\nb: [\n",
        "a: !!int x\n---\nb: [\n",
        "{\"a\": 1}\n{\"b\": [1, 2]}\n",
        "{\"a\": .inf}\n{\"b\": 2}\n",
        "? [a]\n: 1\n",
        "k1: 1\nk2: 2\nk3: 3\nk4: 4\nk5: 5\nk6: 6\nk7: 7\nk8: 8\nk9: 9\nk10: 10\nk3: again\n",
        "a: 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF\n",
        "café: 1\ncafe\u{301}: 2\n",
        "s: \"\\u2028\\t\\x7f\"\nl: |\n  line\n  two\n",
        "",
        "# only a comment\n",
    ])
    func cases(_ text: String) {
        Self.check(Array(text.utf8), text)
    }

    @Test func deepNestingGivesTheGeneralError() {
        let deep =
            String(repeating: "[", count: YAMLLimits.default.maxDepth + 1)
            + String(repeating: "]", count: YAMLLimits.default.maxDepth + 1)
        Self.check(Array(deep.utf8), "deep")
    }

    @Test func generatedManifestsTakeTheFastPath() {
        var text = ""
        for i in 0..<50 {
            text +=
                "---\napiVersion: v1\nkind: Service\nmetadata:\n  name: s\(i)\n  labels: {app: s\(i), tier: \"web\"}\n"
            text += "spec:\n  ports:\n  - port: \(8000 + i)\n    name: http\n  selector:\n    app: s\(i)\n"
        }
        #expect(Self.check(Array(text.utf8), "services") == 50)
    }
}
