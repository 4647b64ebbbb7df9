import Foundation
import Testing

@testable import MSRenderCLI

/// `msrender explain` and `msrender schema` on the command line: output on stdout,
/// errors and their exit statuses, and the committed schema file.
struct ExplainSchemaCLITests {
    @Test func explainPrintsToStdout() {
        let r = TestSupport.run(["explain", "spec.decode.parallelism.tensor"])
        #expect(r.status == 0)
        #expect(r.err.isEmpty)
        #expect(
            r.out.hasPrefix("KIND:     ModelService\nVERSION:  model.otterscale.io/v1alpha1\n\nFIELD:    spec.decode"))
        let whole = TestSupport.run(["explain"])
        #expect(whole.status == 0)
        #expect(whole.out.contains("\nFIELDS:\n  apiVersion  <string> -required-\n"))
        let tree = TestSupport.run(["explain", "--recursive"])
        #expect(tree.out.contains("\n        tensor  <integer>\n"))
        #expect(!tree.out.contains("Tensor is the"))
    }

    @Test(
        arguments: [
            (
                ["explain", "spec.decode.replica"],
                "spec.decode.replica: unknown field \"replica\"; did you mean 'spec.decode.replicas'?"
            ),
            (["explain", "modelservice.spce"], "spce: unknown field \"spce\"; did you mean 'spec'?"),
            (
                ["explain", "spec.engine.port.name"],
                "spec.engine.port.name: spec.engine.port (<integer>) has no fields"
            ),
            (["explain", "spec..engine"], "spec..engine: empty field name"),
        ] as [([String], String)])
    func explainErrorsExitOne(_ args: [String], _ message: String) {
        let r = TestSupport.run(args)
        #expect(r.status == 1)
        #expect(r.out.isEmpty)
        #expect(r.err.hasPrefix("msrender: error: \(message)"), "\(r.err)")
    }

    @Test(
        arguments: [
            (["explain", "spec", "metadata"], "explain takes one PATH, got 2"),
            (["explain", "--recursiv"], "unknown option '--recursiv' for 'explain'; did you mean '--recursive'?"),
            (["schema", "x.yaml"], "schema takes no PATH"),
            (["schema", "--check"], "--check needs a value"),
        ] as [([String], String)])
    func usageErrors(_ args: [String], _ message: String) {
        let r = TestSupport.run(args)
        #expect(r.status == 2, "\(r.err)")
        #expect(r.out.isEmpty)
        #expect(r.err.contains("msrender: error: \(message)"), "\(r.err)")
    }

    /// schema/modelservice.schema.json is `msrender schema`'s output, byte for byte.
    /// Regenerate: swift run msrender schema > schema/modelservice.schema.json
    @Test func committedSchemaIsCurrent() throws {
        let r = TestSupport.run(["schema"])
        #expect(r.status == 0)
        #expect(r.err.isEmpty)
        let committed = try #require(TestSupport.read(TestSupport.root + "/schema/modelservice.schema.json"))
        #expect(committed == r.out, "regenerate: swift run msrender schema > schema/modelservice.schema.json")
        let check = TestSupport.run(["schema", "--check", "schema/modelservice.schema.json"])
        #expect(check.status == 0)
        #expect(check.out.isEmpty && check.err.isEmpty)
    }

    @Test func schemaCheckReportsADiff() {
        let dir = TestSupport.tempDir()
        let stale = TestSupport.run(["schema"]).out.replacingOccurrences(
            of: "\"maximum\": 65535", with: "\"maximum\": 1")
        TestSupport.write(stale, to: dir + "/s.json")
        let r = TestSupport.run(["schema", "--check", dir + "/s.json"])
        #expect(r.status == 1)
        let lines = r.out.split(separator: "\n")
        #expect(lines.contains { $0.hasPrefix("-") && $0.hasSuffix("\"maximum\": 1,") }, "\(r.out)")
        #expect(lines.contains { $0.hasPrefix("+") && $0.hasSuffix("\"maximum\": 65535,") })
        #expect(r.err.contains("differs from msrender schema"))
        let missing = TestSupport.run(["schema", "--check", dir + "/none.json"])
        #expect(missing.status == 1)
        #expect(missing.err.contains("\(dir)/none.json: error: no such file"), "\(missing.err)")
    }

    /// The yaml-language-server modeline is a comment: it changes no output but the
    /// Source line's file.
    @Test func modelineChangesNoOutput() {
        let dir = TestSupport.tempDir()
        let text = TestSupport.read(TestSupport.root + "/examples/minimal.yaml") ?? ""
        let bare = text.split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("# yaml-language-server:") }.joined(separator: "\n")
        TestSupport.write("# yaml-language-server: $schema=x.json\n" + bare, to: dir + "/with.yaml")
        TestSupport.write(bare, to: dir + "/without.yaml")
        let with = TestSupport.run(["build", dir + "/with.yaml"])
        let without = TestSupport.run(["build", dir + "/without.yaml"])
        #expect(with.status == 0 && without.status == 0)
        #expect(with.out.replacingOccurrences(of: "with.yaml", with: "without.yaml") == without.out)
    }

    /// Every ModelService document in examples/ names the committed schema in a modeline
    /// (the language server reads it per document); JSON examples cannot carry "$schema",
    /// since a ModelService with an extra key is rejected.
    @Test func examplesCarryTheModeline() throws {
        let root = TestSupport.root
        let schema = URL(fileURLWithPath: root + "/schema/modelservice.schema.json").standardizedFileURL.path
        let files = try FileManager.default.subpathsOfDirectory(atPath: root + "/examples").sorted()
        var documents = 0
        for file in files where file.hasSuffix(".yaml") || file.hasSuffix(".yml") {
            let text = TestSupport.read(root + "/examples/" + file) ?? ""
            for doc in text.components(separatedBy: "\n---\n") where doc.contains("kind: ModelService") {
                documents += 1
                let line = doc.split(separator: "\n").first { $0.hasPrefix("# yaml-language-server: $schema=") }
                let target = try #require(line, "examples/\(file): a document without the modeline")
                    .dropFirst("# yaml-language-server: $schema=".count)
                let dir = URL(fileURLWithPath: root + "/examples/" + file).deletingLastPathComponent()
                #expect(dir.appendingPathComponent(String(target)).standardizedFileURL.path == schema, "\(file)")
            }
        }
        #expect(documents >= 14)
        let json = TestSupport.read(root + "/examples/json-input.json") ?? ""
        #expect(!json.contains("$schema"))
        let dir = TestSupport.tempDir()
        TestSupport.write(
            json.replacingOccurrences(
                of: "{\n", with: "{\n  \"$schema\": \"x.json\",\n", options: [], range: json.range(of: "{\n")),
            to: dir + "/s.json")
        let r = TestSupport.run(["validate", dir + "/s.json"])
        #expect(r.status == 1)
        #expect(r.err.contains("unknown field \"$schema\""), "\(r.err)")
    }
}
