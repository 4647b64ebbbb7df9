import Foundation
import MSYAML
import Testing

@testable import MSRenderCLI

/// `--others` with `-o DIR` and `--check DIR`: passed objects go to the file of the
/// input they came from, in their namespace's folder (`_cluster/` without one).
struct OthersFolderTests {
    static func files(in dir: String) -> [String] {
        (FileManager.default.subpaths(atPath: dir) ?? []).filter {
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: dir + "/" + $0, isDirectory: &isDir) && !isDir.boolValue
        }.sorted()
    }

    @Test func passedObjectsGoToTheirInputsFile() throws {
        let dir = OthersTests.gitops()
        let out = dir + "-out"
        let r = TestSupport.run(["build", "--others=pass", dir, "-o", out])
        #expect(r.status == 0, "\(r.err)")
        #expect(
            Self.files(in: out) == [
                ".msrender-inventory", "_cluster/app.yaml", "_cluster/namespace.yaml", "ml-serving/app.yaml",
                "ml-serving/exact.yaml", "ml-serving/qwen3.yaml",
            ])
        // Each file is what stdout holds for its objects, in the same order.
        #expect(
            try OthersTests.kinds(TestSupport.read(out + "/_cluster/app.yaml") ?? "") == [
                "CustomResourceDefinition", "ValidatingWebhookConfiguration",
            ])
        #expect(
            try OthersTests.kinds(TestSupport.read(out + "/ml-serving/app.yaml") ?? "") == ["Deployment", "Widget"])
        #expect(
            TestSupport.read(out + "/ml-serving/exact.yaml")
                == "---\n# Source: \(dir)/config/exact.yaml\n" + OthersTests.exact)
        #expect(
            TestSupport.read(out + "/ml-serving/qwen3.yaml")
                == TestSupport.run(["build", dir + "/models"]).out)

        // --check sees them, and a change to one.
        let same = TestSupport.run(["build", "--others=pass", dir, "--check", out])
        #expect(same.status == 0, "\(same.err)")
        #expect(same.err.contains("is up to date (5 files)"), "\(same.err)")
        TestSupport.write(
            OthersTests.exact.replacingOccurrences(of: "\"0755\"", with: "\"0700\""), to: dir + "/config/exact.yaml")
        let changed = TestSupport.run(["diff", "--check", out, "--others=pass", dir])
        #expect(changed.status == 1)
        #expect(changed.out.contains("-  mode: \"0755\"\n+  mode: \"0700\"\n"), "\(changed.out)")

        // Leaving them out later prunes what msrender wrote for them.
        let skip = TestSupport.run(["build", "--others=skip", dir, "-o", out, "--prune"])
        #expect(skip.status == 0, "\(skip.err)")
        #expect(Self.files(in: out) == [".msrender-inventory", "ml-serving/qwen3.yaml"])
    }

    /// A passed object whose input file has the ModelService's name and namespace shares
    /// the ModelService's file: before the rendered objects or after them, as on stdout.
    @Test func aSharedFileHoldsBoth() {
        let dir = TestSupport.tempDir()
        let minimal = TestSupport.read(TestSupport.root + "/examples/minimal.yaml") ?? ""
        let cm = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: qwen3-extra\n  namespace: ml-serving\n"
        let job = "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: qwen3-warmup\n  namespace: ml-serving\n"
        TestSupport.write(cm + "---\n" + minimal + "---\n" + job, to: dir + "/in/qwen3.yaml")
        let r = TestSupport.run(["build", "--others=pass", dir + "/in", "-o", dir + "/out"])
        #expect(r.status == 0, "\(r.err)")
        #expect(Self.files(in: dir + "/out") == [".msrender-inventory", "ml-serving/qwen3.yaml"])
        let file = TestSupport.read(dir + "/out/ml-serving/qwen3.yaml") ?? ""
        #expect(file == TestSupport.run(["build", "--others=pass", dir + "/in"]).out)
        #expect(file.hasPrefix("---\n# Source: \(dir)/in/qwen3.yaml\n" + cm + "---\n"))
        #expect(file.hasSuffix("---\n# Source: \(dir)/in/qwen3.yaml\n" + job))
    }

    @Test func jsonFilesAndStdin() {
        let dir = TestSupport.tempDir()
        let r = TestSupport.run(
            ["build", "--others=pass", "--format", "json", "-", "-o", dir],
            stdin: "apiVersion: v1\nkind: Namespace\nmetadata: {name: ml}\n")
        #expect(r.status == 0, "\(r.err)")
        #expect(Self.files(in: dir) == [".msrender-inventory", "_cluster/stdin.json"])
        #expect(TestSupport.read(dir + "/_cluster/stdin.json")?.contains("\"kind\": \"Namespace\"") == true)
    }

    @Test func stemOfInputs() {
        #expect(FolderLayout.stem(of: "a/b/settings.yaml") == "settings")
        #expect(FolderLayout.stem(of: "x.yml") == "x")
        #expect(FolderLayout.stem(of: "x.json") == "x")
        #expect(FolderLayout.stem(of: "<stdin>") == "stdin")
        #expect(FolderLayout.stem(of: "dir/.yaml") == ".yaml")
        #expect(FolderLayout.stem(of: "a.b.yaml") == "a.b")
    }
}
