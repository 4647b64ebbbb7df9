import Foundation
import Testing

@testable import MSYAML

/// The style-keeping writer over every valid input of the YAML test suite and over the
/// seeded trees: what it writes reads back as the same data, keeps every node's style,
/// and, for trees made from Values, is byte for byte what `YAMLEmitter` writes.
@Suite struct NodeEmitterSuiteTests {
    /// read(emit(node)) has the same value as node (number texts and string bytes
    /// included), and emitting it again gives the same text (styles kept).
    @Test func yamlTestSuiteReadsBackWithTheSameValuesAndStyles() throws {
        guard let suite = SharedFiles.directory("yaml-test-suite") else {
            print("SKIP: shared folder not found (set MSRENDER_SHARED)")
            return
        }
        let fm = FileManager.default
        var checked = 0
        var failures: [String] = []
        for id in try fm.contentsOfDirectory(atPath: suite).sorted() {
            let dir = suite + "/" + id
            guard !fm.fileExists(atPath: dir + "/error"), let yaml = fm.contents(atPath: dir + "/in.yaml"),
                let docs = try? YAMLReader.read(Array(yaml))
            else { continue }
            for (i, doc) in docs.enumerated() {
                guard let value = try? doc.root.toValue() else { continue }
                checked += 1
                if let problem = Self.roundTrip(doc.root, value) { failures.append("\(id) #\(i): \(problem)") }
            }
        }
        print("NodeEmitter over the yaml-test-suite: \(checked) documents, \(failures.count) failed")
        #expect(failures.isEmpty, "\(failures.prefix(5).joined(separator: "\n"))")
        #expect(checked > 200)
    }

    /// Nil when `node` survives emit-read-emit, else what went wrong.
    static func roundTrip(_ node: Node, _ value: Value) -> String? {
        let text: String
        do { text = try NodeEmitter.emit(node) } catch { return "refused: \(error)" }
        let back: [Document]
        do { back = try YAMLReader.read(text) } catch { return "unreadable: \(error)\n\(text)" }
        guard back.count == 1, let again = try? back[0].root.toValue() else {
            return "read back \(back.count) documents\n\(text)"
        }
        guard again == value else { return "value differs\n\(text)\n\(again)\n\(value)" }
        guard let second = try? NodeEmitter.emit(back[0].root), second == text else {
            return "style differs on a second pass\n\(text)"
        }
        return nil
    }

    /// Node(value) comes out exactly as YAMLEmitter writes the value, sorted or not.
    @Test func treesFromValuesAreWrittenAsYAMLEmitterWritesThem() throws {
        var failures: [String] = []
        for i in 0..<RoundTripTests.treeCount {
            let tree = RoundTripGenerator.tree(i)
            for sortKeys in [false, true] {
                let want = try YAMLEmitter.emit(tree, options: .init(sortKeys: sortKeys))
                let got = try NodeEmitter.emit(Node(tree, sortKeys: sortKeys))
                if got != want { failures.append("tree \(i) sortKeys \(sortKeys):\n\(want)---\n\(got)") }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) differ; first: \(failures.first ?? "")")
    }
}
