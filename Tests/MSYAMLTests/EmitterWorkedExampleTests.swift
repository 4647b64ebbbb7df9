import Foundation
import Testing

@testable import MSYAML

/// The shared worked examples (kubectl-style YAML written by another tool) re-emitted:
/// the text must come back byte for byte, except that PyYAML's single quotes become
/// double quotes. Skips when the shared folder is absent.
@Suite struct EmitterWorkedExampleTests {
    @Test func workedExamplesReEmitIdentically() throws {
        guard let path = SharedFiles.directory("worked-examples") else {
            print("SKIP: shared worked-examples not found (set MSRENDER_SHARED)")
            return
        }
        let dir = URL(fileURLWithPath: path)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path)
            .filter { $0.hasSuffix(".expected.yaml") }.sorted()
        #expect(!names.isEmpty)
        for name in names {
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            let docs = try YAMLReader.read(Array(text.utf8))
            var out = ""
            for doc in docs {
                out += try "---\n" + YAMLEmitter.emit(doc.root.toValue())
            }
            // PyYAML quotes with '...'; the strings in these files need no escapes.
            let expected = text.replacingOccurrences(of: "'", with: "\"")
            let a = out.split(separator: "\n", omittingEmptySubsequences: false)
            let b = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDiff = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            #expect(
                out == expected,
                "\(name) line \(firstDiff + 1): got \(a.dropFirst(firstDiff).first ?? "<end>"), expected \(b.dropFirst(firstDiff).first ?? "<end>")"
            )
        }
    }
}
