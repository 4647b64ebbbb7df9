import Foundation
import MSYAML
import Testing

@testable import MSRenderCLI

/// `--others=error|skip|pass` over a GitOps folder: kustomize's file, a Namespace, a
/// CRD, ConfigMaps, a Deployment, a custom resource, a webhook and a ModelService.
struct OthersTests {
    /// Written as msrender writes YAML, so the passed copy is the same bytes.
    static let exact = """
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: exact
          namespace: ml-serving
          annotations:
            example.com/on: "on"
        data:
          mode: "0755"
          plain-yes: yes
          big: 123456789012345678901234567890
          date: 2024-01-02
          hex: 0x1F
          float: 1.10
          single: 'kept'
          flow: {a: [1, 2], b: null}
          script: |
            echo one
            echo two

        """

    static let apps = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web, namespace: ml-serving}
        spec: {replicas: 1}
        ---
        apiVersion: apiextensions.k8s.io/v1
        kind: CustomResourceDefinition
        metadata: {name: widgets.example.com}
        ---
        apiVersion: example.com/v1
        kind: Widget
        metadata: {name: w, namespace: ml-serving}
        ---
        apiVersion: admissionregistration.k8s.io/v1
        kind: ValidatingWebhookConfiguration
        metadata: {name: guard}

        """

    /// A folder like a GitOps repository's.
    static func gitops() -> String {
        let dir = TestSupport.tempDir()
        TestSupport.write(
            "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [namespace.yaml]\n",
            to: dir + "/kustomization.yaml")
        TestSupport.write(
            "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ml-serving\n", to: dir + "/namespace.yaml")
        TestSupport.write(Self.exact, to: dir + "/config/exact.yaml")
        TestSupport.write(Self.apps, to: dir + "/apps/app.yaml")
        TestSupport.write(
            TestSupport.read(TestSupport.root + "/examples/minimal.yaml") ?? "", to: dir + "/models/qwen3.yaml")
        return dir
    }

    /// The kind of each document of a YAML stream.
    static func kinds(_ stream: String) throws -> [String] {
        try YAMLReader.read(stream).compactMap { $0.root["kind"]?.scalarText }
    }

    @Test func errorIsTheDefault() {
        let dir = Self.gitops()
        let r = TestSupport.run(["build", dir])
        #expect(r.status == 1)
        #expect(r.out.isEmpty)
        for kind in ["Kustomization", "Namespace", "ConfigMap", "Deployment", "Widget"] {
            #expect(r.err.contains("a document of kind \"\(kind)\""), "\(kind): \(r.err)")
        }
        #expect(r.err.contains("--others=skip leaves such documents out, --others=pass copies them into the output"))
        #expect(TestSupport.run(["build", "--others=error", dir]).err == r.err)
    }

    @Test func skipLeavesOthersOutAndSaysSo() {
        let dir = Self.gitops()
        let r = TestSupport.run(["build", "--others=skip", dir])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out == TestSupport.run(["build", dir + "/models"]).out)
        #expect(
            r.err.contains(
                "msrender: skipped 6 documents that are not ModelServices (Deployment ml-serving/web, "
                    + "CustomResourceDefinition widgets.example.com, Widget ml-serving/w, "
                    + "ValidatingWebhookConfiguration guard, ConfigMap ml-serving/exact, and 1 more)"), "\(r.err)")
        #expect(r.err.contains("msrender: left out 1 kustomize file (\(dir)/kustomization.yaml)"), "\(r.err)")
        let quiet = TestSupport.run(["build", "--others=skip", "--quiet", dir])
        #expect(quiet.status == 0)
        #expect(quiet.err.isEmpty, "\(quiet.err)")
        let validate = TestSupport.run(["validate", "--others=skip", dir])
        #expect(validate.status == 0)
        #expect(
            validate.err.contains("skipped 6 documents") && validate.err.hasSuffix("msrender: 1 ModelService valid\n"))
    }

    /// Namespaces and definitions, then ConfigMaps (what workloads need) before the
    /// rendered block, which is exactly what skip writes; workloads, custom resources
    /// and webhooks after it.
    @Test func passPlacesOthersAroundTheRenderedBlock() throws {
        let dir = Self.gitops()
        let r = TestSupport.run(["build", "--others=pass", dir])
        #expect(r.status == 0, "\(r.err)")
        let skip = TestSupport.run(["build", "--others=skip", dir]).out
        let kinds = try Self.kinds(r.out)
        let rendered = try Self.kinds(skip)
        #expect(
            kinds == ["Namespace", "CustomResourceDefinition", "ConfigMap"] + rendered + [
                "Deployment", "Widget", "ValidatingWebhookConfiguration",
            ])
        #expect(r.out.contains(skip))
        #expect(r.err.contains("msrender: left out 1 kustomize file"))
        #expect(!r.err.contains("skipped"))
        // Each passed document names its input.
        #expect(r.out.hasPrefix("---\n# Source: \(dir)/namespace.yaml\napiVersion: v1\nkind: Namespace\n"))
    }

    @Test func passKeepsEveryScalarExactly() {
        let dir = Self.gitops()
        let r = TestSupport.run(["build", "--others=pass", dir])
        #expect(r.out.contains("---\n# Source: \(dir)/config/exact.yaml\n" + Self.exact + "---\n"), "\(r.out)")
    }

    @Test func passAsJSONKeepsNumbersAndRefusesWhatJSONCannotHold() throws {
        let dir = Self.gitops()
        let r = TestSupport.run(["build", "--others=pass", "--format", "json", dir])
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("\"big\": 123456789012345678901234567890,"))
        #expect(r.out.contains("\"hex\": 31,"))
        #expect(r.out.contains("\"float\": 1.10,"))
        #expect(r.out.contains("\"plain-yes\": \"yes\","))
        let list = try #require(try YAMLReader.read(r.out).first?.root.toValue())
        guard case .sequence(let items) = list["items"] else {
            Issue.record("no items")
            return
        }
        #expect(items.first?["kind"] == "Namespace")
        #expect(items.last?["kind"] == "ValidatingWebhookConfiguration")

        TestSupport.write(
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: inf}\nlimits: [1, .inf]\n", to: dir + "/inf.yaml")
        let e = TestSupport.run(["build", "--others=pass", "--format", "json", dir])
        #expect(e.status == 1)
        #expect(e.out.isEmpty)
        #expect(e.err.contains("\(dir)/inf.yaml:4:13: error: limits[1]: JSON has no number .inf"), "\(e.err)")
        // YAML can hold it.
        #expect(TestSupport.run(["build", "--others=pass", dir]).status == 0)
    }

    @Test func passedObjectsAreCheckedOnlyForIdentity() {
        let cases: [(String, String)] = [
            ("- a\n", "<stdin>:1:1: error: --others=pass copies Kubernetes objects, and this document is not one"),
            (
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {}\n",
                "<stdin>:3:11: error: metadata.name: a passed object needs name"
            ),
            ("apiVersion: v1\nmetadata: {name: x}\n", "<stdin>:1:1: error: kind: a passed object needs kind"),
            (
                "kind: ConfigMap\napiVersion: 7\nmetadata: {name: x}\n",
                "<stdin>:2:13: error: apiVersion: a passed object needs apiVersion"
            ),
            ("apiVersion: v1\nkind: ConfigMap\n", "<stdin>:1:1: error: metadata: a passed object needs metadata"),
            (
                "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x, namespace: ../etc}\n",
                "<stdin>:3:32: error: metadata.namespace: a passed object's namespace must be a DNS-1123 label"
            ),
            ("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: !!int x\n", "<stdin>:4:7: error:"),
        ]
        for (input, expected) in cases {
            let r = TestSupport.run(["build", "--others=pass", "-"], stdin: input)
            #expect(r.status == 1, "\(input)")
            #expect(r.out.isEmpty)
            #expect(r.err.hasPrefix(expected), "\(input): \(r.err)")
        }
        // Anything else is the API server's business: an unknown field, a bad name.
        let loose = TestSupport.run(
            ["build", "--others=pass", "-"],
            stdin: "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: Not_DNS}\nbogus: 1\n")
        #expect(loose.status == 0, "\(loose.err)")
    }

    @Test func duplicatesAreErrors() {
        let cm = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x, namespace: ml}\n"
        let twice = TestSupport.run(["build", "--others=pass", "-"], stdin: cm + "---\n" + cm)
        #expect(twice.status == 1)
        #expect(
            twice.err.hasPrefix(
                "<stdin>:7:18: error: metadata.name: ConfigMap ml/x is given twice (first at <stdin>:3:18); kubectl apply would apply one over the other"
            ), "\(twice.err)")
        // The same object under another version of its group is the same object.
        let versions =
            "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\n---\napiVersion: apps/v1beta1\nkind: Deployment\nmetadata: {name: d}\n"
        #expect(TestSupport.run(["build", "--others=pass", "-"], stdin: versions).status == 1)
        // Other groups, namespaces or kinds are other objects.
        let distinct =
            cm + "---\n" + cm.replacingOccurrences(of: "ml}", with: "ml2}") + "---\n"
            + cm.replacingOccurrences(of: "ConfigMap", with: "Secret")
        #expect(TestSupport.run(["build", "--others=pass", "-"], stdin: distinct).status == 0)

        // An object the ModelService renders too.
        let minimal = TestSupport.read(TestSupport.root + "/examples/minimal.yaml") ?? ""
        let sa = "apiVersion: v1\nkind: ServiceAccount\nmetadata: {name: qwen3-epp, namespace: ml-serving}\n"
        let clash = TestSupport.run(["build", "--others=pass", "-"], stdin: sa + "---\n" + minimal)
        #expect(clash.status == 1)
        #expect(clash.out.isEmpty)
        #expect(
            clash.err.contains(
                "<stdin>:3:18: error: metadata.name: ServiceAccount ml-serving/qwen3-epp is also rendered from the ModelService ml-serving/qwen3 (<stdin>:11:9)"
            ), "\(clash.err)")
    }

    /// kustomize's own files are never resources; Flux's Kustomization is one.
    @Test func kustomizationFiles() throws {
        let dir = TestSupport.tempDir()
        TestSupport.write("resources: [a.yaml]\n", to: dir + "/k/kustomization.yaml")
        TestSupport.write("resources: [a.yaml]\n", to: dir + "/k2/Kustomization")
        TestSupport.write(
            "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n", to: dir + "/c/kustomization.yml")
        TestSupport.write(
            "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata: {name: apps, namespace: flux-system}\n",
            to: dir + "/flux.yaml")
        let r = TestSupport.run([
            "build", "--others=pass", dir + "/k/kustomization.yaml", dir + "/c", dir + "/flux.yaml",
        ])
        #expect(r.status == 0, "\(r.err)")
        #expect(try Self.kinds(r.out) == ["Kustomization"])
        #expect(r.out.contains("kustomize.toolkit.fluxcd.io/v1"))
        #expect(
            r.err.contains(
                "msrender: left out 2 kustomize files (\(dir)/k/kustomization.yaml, \(dir)/c/kustomization.yml)"),
            "\(r.err)")
        // Without a kind, only kustomize's file names make a kustomization.
        let plain = TestSupport.run(["build", "--others=pass", "-"], stdin: "resources: [a.yaml]\n")
        #expect(plain.status == 1)
    }

    @Test func strictAndValidateWithPass() {
        let dir = Self.gitops()
        let v = TestSupport.run(["validate", "--others=pass", dir])
        #expect(v.status == 0, "\(v.err)")
        #expect(v.out.isEmpty)
        #expect(v.err.hasSuffix("msrender: 1 ModelService valid; 6 other objects to pass through\n"), "\(v.err)")
        TestSupport.write(
            (TestSupport.read(TestSupport.root + "/examples/explicit-pool.yaml") ?? ""), to: dir + "/models/pool.yaml")
        let strict = TestSupport.run(["build", "--others=pass", "--strict", dir])
        #expect(strict.status == 1)
        #expect(strict.out.isEmpty)
    }

    @Test func othersValueIsChecked() {
        let r = TestSupport.run(["build", "--others=skipp", "examples/minimal.yaml"])
        #expect(r.status == 2)
        #expect(r.err.contains("--others takes error, skip or pass, not \"skipp\"; did you mean 'skip'?"), "\(r.err)")
        #expect(TestSupport.run(["fn", "--others=skip"], stdin: "").status == 2)
    }
}
