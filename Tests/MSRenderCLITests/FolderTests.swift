import Foundation
import Testing

@testable import MSRenderCLI

/// `build -o DIR`, `--prune`, `--check` / `diff`: the GitOps folder workflows.
struct FolderTests {
    static let inputs = ["examples/minimal.yaml", "examples/fleet"]

    @Test func writesOneFilePerModelServiceHoldingWhatStdoutWould() throws {
        let dir = TestSupport.tempDir()
        let r = TestSupport.run(["build"] + Self.inputs + ["-o", dir])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.isEmpty)
        for (ns, name, input) in [
            ("ml-serving", "qwen3", "examples/minimal.yaml"), ("fleet", "chat", "examples/fleet/chat.yaml"),
            ("fleet", "coder", "examples/fleet/code/coder.yml"),
        ] {
            let file = try #require(TestSupport.read("\(dir)/\(ns)/\(name).yaml"), "\(ns)/\(name).yaml missing")
            #expect(file.hasPrefix("---\n# Source: \(input)\n"))
        }
        let single = TestSupport.run(["build", "examples/minimal.yaml"])
        #expect(TestSupport.read("\(dir)/ml-serving/qwen3.yaml") == single.out)
        // Nothing left behind but the outputs.
        let fleet = try FileManager.default.contentsOfDirectory(atPath: "\(dir)/fleet").sorted()
        #expect(fleet == ["chat.yaml", "coder.yaml", "embed.yaml"])
    }

    @Test func invalidInputLeavesTheFolderUntouched() throws {
        let dir = TestSupport.tempDir()
        #expect(TestSupport.run(["build", "examples/minimal.yaml", "-o", dir]).status == 0)
        let before = TestSupport.read("\(dir)/ml-serving/qwen3.yaml")
        let bad = dir + "-bad.yaml"
        TestSupport.write(
            "apiVersion: model.otterscale.io/v1alpha1\nkind: ModelService\nmetadata: {name: x}\nspec: {}\n", to: bad)
        let r = TestSupport.run(["build", "examples/minimal.yaml", "examples/fleet", bad, "-o", dir, "--prune"])
        #expect(r.status == 1)
        #expect(TestSupport.read("\(dir)/ml-serving/qwen3.yaml") == before)
        #expect(!FileManager.default.fileExists(atPath: "\(dir)/fleet"))
    }

    @Test func pruneDeletesOnlyItsOwnStaleFiles() throws {
        let dir = TestSupport.tempDir()
        #expect(TestSupport.run(["build"] + Self.inputs + ["-o", dir]).status == 0)
        TestSupport.write("resources: []\n", to: "\(dir)/kustomization.yaml")
        TestSupport.write("# hand-written\napiVersion: v1\nkind: ConfigMap\n", to: "\(dir)/fleet/extra.yaml")
        TestSupport.write("notes\n", to: "\(dir)/fleet/README.md")
        let r = TestSupport.run(["build", "examples/minimal.yaml", "-o", dir, "--prune"])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.contains("pruned \(dir)/fleet/chat.yaml"))
        #expect(!FileManager.default.fileExists(atPath: "\(dir)/fleet/chat.yaml"))
        #expect(!FileManager.default.fileExists(atPath: "\(dir)/fleet/coder.yaml"))
        #expect(FileManager.default.fileExists(atPath: "\(dir)/fleet/extra.yaml"))
        #expect(FileManager.default.fileExists(atPath: "\(dir)/fleet/README.md"))
        #expect(FileManager.default.fileExists(atPath: "\(dir)/kustomization.yaml"))
        #expect(FileManager.default.fileExists(atPath: "\(dir)/ml-serving/qwen3.yaml"))
    }

    @Test func unwritableFolderIsAnError() throws {
        let dir = TestSupport.tempDir()
        TestSupport.write("x", to: "\(dir)/ml-serving")  // a file where a folder must go
        let r = TestSupport.run(["build", "examples/minimal.yaml", "-o", dir])
        #expect(r.status == 1)
        #expect(r.out.isEmpty)
        #expect(r.err == "msrender: error: cannot create folder \(dir)/ml-serving: a file is in the way\n")
    }

    @Test func checkPassesOnAFreshFolder() {
        let dir = TestSupport.tempDir()
        #expect(TestSupport.run(["build"] + Self.inputs + ["-o", dir]).status == 0)
        let r = TestSupport.run(["build"] + Self.inputs + ["--check", dir])
        #expect(r.status == 0, "\(r.out)\(r.err)")
        #expect(r.out.isEmpty)
        #expect(TestSupport.run(["diff", "--check", dir] + Self.inputs).status == 0)
    }

    /// Stale means listed in the inventory and no longer rendered; a copy of an output
    /// that msrender did not write (old-model.yaml) is not msrender's and is ignored.
    @Test func checkReportsChangedMissingAndStaleFiles() throws {
        let dir = TestSupport.tempDir()
        #expect(TestSupport.run(["build"] + Self.inputs + ["examples/pd-routing-proxy.yaml", "-o", dir]).status == 0)
        let chat = "\(dir)/fleet/chat.yaml"
        let text = try #require(TestSupport.read(chat))
        TestSupport.write(text.replacingOccurrences(of: "replicas: 3", with: "replicas: 2"), to: chat)
        try FileManager.default.removeItem(atPath: "\(dir)/fleet/embed.yaml")
        let copy = try #require(TestSupport.read("\(dir)/ml-serving/qwen3.yaml"))
        TestSupport.write(copy, to: "\(dir)/ml-serving/old-model.yaml")
        let r = TestSupport.run(["diff", "--check", dir] + Self.inputs)
        #expect(r.status == 1)
        #expect(r.out.contains("--- \(chat)\n+++ \(chat)\n@@ "))
        #expect(r.out.contains("-  replicas: 2\n+  replicas: 3\n"))
        #expect(r.out.contains("--- /dev/null\n+++ \(dir)/fleet/embed.yaml\n@@ -0,0 +1,"))
        #expect(r.out.contains("--- \(dir)/llm/qwen3-32b.yaml\n+++ /dev/null\n"))
        #expect(r.out.contains("--- \(dir)/.msrender-inventory\n+++ \(dir)/.msrender-inventory\n"))
        #expect(!r.out.contains("old-model.yaml"))
        #expect(r.err.contains("4 files in \(dir) differ from the rendered output (2 changed, 1 missing, 1 stale)"))
    }

    @Test func checkWithAnInvalidInputFailsWithoutDiff() {
        let r = TestSupport.run(["build", "--check", TestSupport.tempDir(), "-"], stdin: "kind: [\n")
        #expect(r.status == 1)
        #expect(r.out.isEmpty)
        #expect(r.err.contains("<stdin>:"))
    }
}
