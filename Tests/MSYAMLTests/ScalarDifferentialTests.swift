import Foundation
import MSYAML
import Testing

/// Block, plain and quoted scalars where their lines end (chomping, indentation
/// indicators, trailing white-space lines, tabs, the end of the stream, `---`, `...`,
/// a following key; LF and CRLF), read against `Tests/Fixtures/yaml-scalar-cases.jsonl`.
///
/// The fixture holds libyaml's readings, overruled where YAML 1.2.2 decides otherwise;
/// `.ci/checks/yaml_scalar_cases.py` generates it and `.ci/checks/yaml-scalars-libyaml.sh`
/// checks that it still is what libyaml and those rules say.
@Suite struct ScalarDifferentialTests {
    @Test func readsEveryCaseAsTheFixtureSays() throws {
        // #filePath is <root>/Tests/MSYAMLTests/ScalarDifferentialTests.swift.
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/yaml-scalar-cases.jsonl")
        let data = try Data(contentsOf: fixture)
        var failures: [String] = []
        var count = 0
        for line in data.split(separator: 0x0A) {
            let row = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [Any])
            let name = try #require(row[0] as? String)
            let yaml = try #require(row[1] as? String)
            let expected = try #require(row[2] as? [String: Any])
            count += 1
            if let problem = Self.check(yaml, expected) {
                failures.append("\(name) \(yaml.debugDescription): \(problem)")
            }
        }
        #expect(count > 3000)
        let shown = failures.prefix(20).joined(separator: "\n")
        #expect(failures.isEmpty, "\(failures.count) cases differ:\n\(shown)")
    }

    /// Nil when `yaml` reads as `expected` says, else what went wrong.
    static func check(_ yaml: String, _ expected: [String: Any]) -> String? {
        let docs: [Document]
        do {
            docs = try YAMLReader.read(yaml)
        } catch {
            return expected["error"] == nil ? "rejected: \(error)" : nil
        }
        guard let want = expected["docs"] as? [Any] else { return "accepted invalid input" }
        guard docs.count == want.count else { return "\(docs.count) documents, expected \(want.count)" }
        for (doc, tree) in zip(docs, want) where !same(doc.root, tree) {
            return "read \(describe(doc.root)), expected \(tree)"
        }
        return nil
    }

    /// Whether a node is the fixture's tree: a string for a scalar, an array for a
    /// sequence, `{"m": [[key, value], ...]}` for a mapping. Texts compare as bytes.
    static func same(_ node: Node, _ tree: Any) -> Bool {
        switch node.content {
        case .scalar(let text, _):
            guard let s = tree as? String else { return false }
            return text.utf8.elementsEqual(s.utf8)
        case .sequence(let items):
            guard let list = tree as? [Any], list.count == items.count else { return false }
            return zip(items, list).allSatisfy { same($0, $1) }
        case .mapping(let pairs):
            guard let m = (tree as? [String: Any])?["m"] as? [[Any]], m.count == pairs.count else { return false }
            return zip(pairs, m).allSatisfy { $1.count == 2 && same($0.key, $1[0]) && same($0.value, $1[1]) }
        }
    }

    static func describe(_ node: Node) -> String {
        switch node.content {
        case .scalar(let text, _): return text.debugDescription
        case .sequence(let items): return "[" + items.map(describe).joined(separator: ", ") + "]"
        case .mapping(let pairs):
            return "{" + pairs.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", ") + "}"
        }
    }
}
