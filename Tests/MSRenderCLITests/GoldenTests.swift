import Foundation
import Testing

@testable import MSRenderCLI

/// Renders every case of golden/cases.tsv and requires byte-identical output.
/// Re-record: MSRENDER_UPDATE_GOLDENS=1 swift test --filter GoldenTests
struct GoldenTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        var args: [String]
        var testDescription: String { file }
    }

    static let cases: [Case] = {
        let text = TestSupport.read(TestSupport.root + "/golden/cases.tsv") ?? ""
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            return Case(file: String(parts[0]), args: parts[1].split(separator: " ").map(String.init))
        }
    }()

    @Test func casesFileIsNotEmpty() {
        #expect(Self.cases.count >= 12)
    }

    @Test(arguments: cases)
    func golden(_ c: Case) throws {
        let run = TestSupport.run(c.args)
        #expect(run.status == 0, "msrender \(c.args.joined(separator: " ")) failed:\n\(run.err)")
        let path = TestSupport.root + "/golden/" + c.file
        if ProcessInfo.processInfo.environment["MSRENDER_UPDATE_GOLDENS"] != nil {
            TestSupport.write(run.out, to: path)
            return
        }
        let expected = try #require(
            TestSupport.read(path), "missing golden \(c.file); re-record with MSRENDER_UPDATE_GOLDENS=1")
        let diff = UnifiedDiff.diff(old: expected, new: run.out, oldName: "golden/\(c.file)", newName: "rendered")
        #expect(diff.isEmpty, "output differs from golden/\(c.file):\n\(diff)")
    }

    /// Every example is covered by at least one golden case.
    @Test func everyExampleHasAGolden() throws {
        let used = Set(Self.cases.flatMap(\.args))
        let examples = try FileManager.default.contentsOfDirectory(atPath: TestSupport.root + "/examples")
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".json") }
        for e in examples {
            #expect(used.contains("examples/" + e), "examples/\(e) has no golden case")
        }
    }
}
