import Testing

@testable import MSRenderCLI

/// `--image-mirror FROM=TO` and `imageMirrors` in `--config`: syntax errors, precedence,
/// and the warning for a rule that matches nothing.
struct ImageMirrorCLITests {
    static let input = "examples/minimal.yaml"

    @Test(
        arguments: [
            (["--image-mirror", "ghcr.io"], "--image-mirror takes FROM=TO, not \"ghcr.io\""),
            (["--image-mirror", "=mirror.local"], "--image-mirror \"=mirror.local\": FROM is empty"),
            (["--image-mirror", "ghcr.io="], "--image-mirror \"ghcr.io=\": TO is empty"),
            (
                ["--image-mirror", "ghcr.io/x:v1=m.local"],
                "--image-mirror \"ghcr.io/x:v1=m.local\": FROM has a tag"
            ),
            (
                ["--image-mirror", "ghcr.io=m.local/x@sha256:ab"],
                "--image-mirror \"ghcr.io=m.local/x@sha256:ab\": TO has a digest"
            ),
            (
                ["--image-mirror", "ghcr.io=a.local", "--image-mirror", "ghcr.io=b.local"],
                "--image-mirror FROM \"ghcr.io\" is given twice"
            ),
        ] as [([String], String)])
    func usageErrors(_ flags: [String], _ message: String) {
        for command in ["build", "validate"] {
            let r = TestSupport.run([command] + flags + [Self.input])
            #expect(r.status == 2, "\(flags): \(r.err)")
            #expect(r.out.isEmpty)
            #expect(r.err.contains("msrender: error: \(message)"), "\(flags): got \(r.err)")
        }
    }

    @Test func rewritesAndKeepsOthers() {
        let r = TestSupport.run(["build", "--image-mirror", "registry.example.com/models=m.local/models", Self.input])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.err.isEmpty)
        #expect(r.out.contains("value: m.local/models/qwen3-0.6b:v1\n"))
        #expect(r.out.contains("image: ghcr.io/llm-d/llm-d-cuda:v0.5.1\n"))
    }

    @Test func unusedRuleWarnsAndStrictFails() {
        let args = ["--image-mirror", "docker.io=m.local", Self.input]
        let warned = TestSupport.run(["build"] + args)
        #expect(warned.status == 0)
        #expect(
            warned.err
                == "msrender: warning: --image-mirror docker.io=m.local: FROM \"docker.io\" matches no image "
                + "msrender writes; nothing was rewritten\n")
        let strict = TestSupport.run(["build", "--strict"] + args)
        #expect(strict.status == 1)
        #expect(strict.out.isEmpty)
        #expect(strict.err.contains("nothing was rewritten (--strict)"))
        let quiet = TestSupport.run(["validate", "--quiet"] + args)
        #expect(quiet.status == 0)
        #expect(!quiet.err.contains("warning"))
    }

    @Test func unusedRuleIsNotReportedWhenInputIsInvalid() {
        let dir = TestSupport.tempDir()
        TestSupport.write("apiVersion: model.otterscale.io/v1alpha1\nkind: ModelService\n", to: dir + "/bad.yaml")
        let r = TestSupport.run(["build", "--image-mirror", "docker.io=m.local", dir + "/bad.yaml"])
        #expect(r.status == 1)
        #expect(!r.err.contains("image mirror"))
        #expect(!r.err.contains("matches no image"))
    }

    @Test func configRulesAndFlagPrecedence() {
        let dir = TestSupport.tempDir()
        let config = dir + "/c.yaml"
        TestSupport.write(
            "imageMirrors:\n  ghcr.io: config.local/ghcr\n  registry.example.com: config.local/models\n", to: config)
        let r = TestSupport.run(["build", "--config", config, "--image-mirror", "ghcr.io=flag.local", Self.input])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("image: flag.local/llm-d/llm-d-cuda:v0.5.1\n"))
        #expect(r.out.contains("image: flag.local/kitops-ml/kitops:v1.11.0\n"))
        #expect(r.out.contains("value: config.local/models/models/qwen3-0.6b:v1\n"))
        #expect(!r.out.contains("config.local/ghcr"))
    }

    @Test func configErrorsArePositioned() {
        let dir = TestSupport.tempDir()
        let config = dir + "/c.yaml"
        TestSupport.write("imageMirrors:\n  ghcr.io/x:v1: m.local\n  quay.io: \"\"\n  docker.io: [a]\n", to: config)
        let r = TestSupport.run(["build", "--config", config, Self.input])
        #expect(r.status == 1)
        #expect(r.err.contains("\(config):2:3: error: imageMirrors.ghcr.io/x:v1: FROM has a tag"), "\(r.err)")
        #expect(r.err.contains("\(config):3:12: error: imageMirrors.quay.io: TO is empty"), "\(r.err)")
        #expect(r.err.contains("\(config):4:14: error: imageMirrors.docker.io: expected a string, found a list"))
        let notMap = dir + "/n.yaml"
        TestSupport.write("imageMirrors: [ghcr.io]\n", to: notMap)
        let n = TestSupport.run(["build", "--config", notMap, Self.input])
        #expect(n.status == 1)
        #expect(n.err.contains("\(notMap):1:15: error: imageMirrors: expected a mapping, found a list"), "\(n.err)")
    }

    @Test func unusedConfigRuleWarnsAtItsKey() {
        let dir = TestSupport.tempDir()
        let config = dir + "/c.yaml"
        TestSupport.write("imageMirrors:\n  quay.io: m.local\n", to: config)
        let r = TestSupport.run(["validate", "--config", config, Self.input])
        #expect(r.status == 0)
        #expect(
            r.err.contains(
                "\(config):2:3: warning: imageMirrors.quay.io: FROM \"quay.io\" matches no image msrender writes"),
            "\(r.err)")
    }

    @Test func fnAppliesMirrorsAndReportsUnused() {
        let list = """
            apiVersion: config.kubernetes.io/v1
            kind: ResourceList
            items:
            - apiVersion: model.otterscale.io/v1alpha1
              kind: ModelService
              metadata: {name: q}
              spec:
                model: {name: m, image: registry.example.com/m:v1}
                engine: {}
                accelerator: {type: cpu}
                decode: {}

            """
        let r = TestSupport.run(
            ["fn", "--image-mirror", "registry.example.com=m.local", "--image-mirror", "quay.io=x.local"], stdin: list)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("value: m.local/m:v1\n"))
        #expect(r.out.contains("FROM \\\"quay.io\\\" matches no image"), "\(r.out)")
        #expect(!r.out.contains("path: msrender"))
    }
}
