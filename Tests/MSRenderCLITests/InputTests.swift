import Foundation
import Testing

@testable import MSRenderCLI

/// Inputs: files, folders, stdin, and every way they can be wrong.
struct InputTests {
    @Test func stdinIsNamedInSourceLines() {
        let text = TestSupport.read(TestSupport.root + "/examples/minimal.yaml") ?? ""
        let r = TestSupport.run(["build", "-"], stdin: text)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.hasPrefix("---\n# Source: <stdin>\n"))
        #expect(
            r.out
                == TestSupport.run(["build", "examples/minimal.yaml"]).out.replacingOccurrences(
                    of: "# Source: examples/minimal.yaml", with: "# Source: <stdin>"))
    }

    @Test func invalidYAMLOnStdin() {
        let r = TestSupport.run(["build", "-"], stdin: "apiVersion: v1\nkind: \"unclosed\n")
        #expect(r.status == 1)
        #expect(r.out.isEmpty)
        #expect(r.err.hasPrefix("<stdin>:3:1: error: unclosed double-quoted string started at 2:7"))
    }

    @Test func missingAndUnreadableFiles() throws {
        let r = TestSupport.run(["build", "/nonexistent/ms.yaml"])
        #expect(r.status == 1)
        #expect(r.err.contains("/nonexistent/ms.yaml: error: no such file or directory"))
        let dir = TestSupport.tempDir()
        let locked = dir + "/locked.yaml"
        TestSupport.write("x: 1\n", to: locked)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: locked)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: locked) }
        if getuid() != 0 {  // root reads anything
            let u = TestSupport.run(["build", locked])
            #expect(u.status == 1)
            #expect(u.err.contains("cannot read file"))
        }
    }

    @Test func aDocumentThatIsNotAModelServiceIsAnError() {
        let r = TestSupport.run(["build", "-"], stdin: "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n")
        #expect(r.status == 1)
        #expect(r.out.isEmpty)
        #expect(
            r.err.contains(
                "<stdin>:1:1: error: a document of kind \"ConfigMap\" (apiVersion \"v1\") is not a ModelService"))
    }

    @Test func folderOrderDoesNotMatterAndEmptyDocumentsAreSkipped() {
        let dir = TestSupport.tempDir()
        let chat = TestSupport.read(TestSupport.root + "/examples/fleet/chat.yaml") ?? ""
        let coder = TestSupport.read(TestSupport.root + "/examples/fleet/code/coder.yml") ?? ""
        TestSupport.write("# only a comment\n---\n" + coder, to: dir + "/a/z.yaml")
        TestSupport.write(chat + "\n---\n", to: dir + "/b.yml")
        TestSupport.write("not: yaml: for us", to: dir + "/notes.txt")
        let mine = TestSupport.run(["build", dir])
        let fleet = TestSupport.run(["build", "examples/fleet"])
        #expect(mine.status == 0, "\(mine.err)")
        let strip = { (s: String) in
            s.split(separator: "\n").filter { !$0.hasPrefix("# Source:") }.joined(separator: "\n")
        }
        #expect(strip(mine.out) == strip(fleet.out))
    }

    @Test func duplicateModelServicesAreAnError() {
        let r = TestSupport.run(["build", "examples/minimal.yaml", "examples/minimal.yaml"])
        #expect(r.status == 1)
        #expect(
            r.err.contains(
                "examples/minimal.yaml:7:9: error: metadata.name: ModelService ml-serving/qwen3 is defined twice; first at examples/minimal.yaml:7:9"
            ))
    }

    @Test func stdinTwiceIsAnError() {
        let r = TestSupport.run(["build", "-", "-"], stdin: "")
        #expect(r.status == 1)
        #expect(r.err.contains("standard input ('-') given more than once"))
    }

    @Test func validateListsEveryProblemAndWritesNothing() {
        let bad = """
            apiVersion: model.otterscale.io/v1alpha1
            kind: ModelService
            metadata:
              name: bad
            spec:
              model: {name: m, image: i}
              engine: {}
              accelerator: {type: tpu}
              decode:
                replicas: two
                parallelism: {tensr: 2}

            """
        let r = TestSupport.run(["validate", "-"], stdin: bad)
        #expect(r.status == 1)
        #expect(r.out.isEmpty)
        #expect(r.err.contains("<stdin>:8:23: error: spec.accelerator.type: unsupported value \"tpu\""))
        #expect(
            r.err.contains("<stdin>:10:15: error: spec.decode.replicas: expected an integer, found the string \"two\""))
        #expect(r.err.contains("<stdin>:11:19: error: spec.decode.parallelism.tensr: unknown field \"tensr\""))
        #expect(r.err.contains("did you mean 'tensor'?"))
        let ok = TestSupport.run(["validate", "examples/fleet"])
        #expect(ok.status == 0)
        #expect(ok.out.isEmpty)
        #expect(ok.err.contains("3 ModelServices valid"))
    }

    @Test func warningsQuietAndStrict() {
        let input = """
            apiVersion: model.otterscale.io/v1alpha1
            kind: ModelService
            metadata: {name: w, namespace: ns}
            spec:
              model: {name: m, image: i}
              engine: {}
              accelerator: {type: nvidia}
              decode: {}
              prefill: {}

            """
        let normal = TestSupport.run(["build", "-"], stdin: input)
        #expect(normal.status == 0)
        #expect(normal.err.contains("<stdin>:9:12: warning: spec.prefill:"))
        #expect(!normal.out.isEmpty)
        let quiet = TestSupport.run(["build", "--quiet", "-"], stdin: input)
        #expect(quiet.status == 0)
        #expect(quiet.err.isEmpty)
        #expect(quiet.out == normal.out)
        let strict = TestSupport.run(["build", "--strict", "-"], stdin: input)
        #expect(strict.status == 1)
        #expect(strict.out.isEmpty)
        #expect(strict.err.contains("<stdin>:9:12: error: spec.prefill:"))
    }

    @Test func configFileSettingsAndFlagsWin() {
        let dir = TestSupport.tempDir()
        TestSupport.write("provider: gke\nversionLabel: v9\n", to: dir + "/c.yaml")
        let viaConfig = TestSupport.run(["build", "--config", dir + "/c.yaml", "examples/minimal.yaml"])
        #expect(viaConfig.status == 0, "\(viaConfig.err)")
        #expect(!viaConfig.out.contains("kind: DestinationRule"))
        #expect(viaConfig.out.contains("app.kubernetes.io/version: v9"))
        let flagWins = TestSupport.run([
            "build", "--config", dir + "/c.yaml", "--provider", "istio", "examples/minimal.yaml",
        ])
        #expect(flagWins.out.contains("kind: DestinationRule"))
    }

    @Test func badConfigFileIsReportedWithPositions() {
        let dir = TestSupport.tempDir()
        TestSupport.write(
            "provider: aws\ntracing:\n  enabeld: true\nmetricsEndpointAuth: maybe\nkitImage: 5\n", to: dir + "/c.yaml")
        let r = TestSupport.run(["build", "--config", dir + "/c.yaml", "examples/minimal.yaml"])
        #expect(r.status == 1)
        #expect(r.out.isEmpty)
        #expect(r.err.contains("\(dir)/c.yaml:1:11: error: provider: must be one of istio, gke, none"))
        #expect(r.err.contains("\(dir)/c.yaml:3:3: error: tracing.enabeld: unknown setting; did you mean 'enabled'?"))
        #expect(r.err.contains("\(dir)/c.yaml:4:22: error: metricsEndpointAuth: expected true or false"))
        #expect(r.err.contains("\(dir)/c.yaml:5:11: error: kitImage: expected a string, found the number 5"))
    }
}
