import Foundation
import MSYAML
import Testing

@testable import MSRenderCLI

/// `msrender fn`: the KRM function protocol (ResourceList in, ResourceList out).
struct FnTests {
    static let modelService = """
          - apiVersion: model.otterscale.io/v1alpha1
            kind: ModelService
            metadata:
              name: qwen3
              namespace: ml-serving
              annotations:
                config.kubernetes.io/path: models/qwen3.yaml
                config.kubernetes.io/index: '0'
            spec:
              model: {name: Qwen/Qwen3-0.6B, image: registry.example.com/models/qwen3-0.6b:v1}
              engine: {}
              accelerator: {type: nvidia}
              decode: {}
        """

    static let other = """
          - apiVersion: v1
            kind: ConfigMap
            metadata:
              name: keep-me
              annotations:
                config.kubernetes.io/path: apps/cm.yaml
                internal.config.kubernetes.io/seqindent: compact
                team: "yes"
            data: {b: "2", a: "0755"}
        """

    static func list(_ items: String...) -> String {
        "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n" + items.joined(separator: "\n") + "\n"
    }

    static func parse(_ text: String) throws -> Value {
        try #require(try YAMLReader.read(Array(text.utf8)).first?.root.toValue())
    }

    @Test func rendersModelServicesAndPassesOthersThroughUnchanged() throws {
        let r = TestSupport.run(["fn"], stdin: Self.list(Self.other, Self.modelService))
        #expect(r.status == 0, "\(r.err)")
        let out = try Self.parse(r.out)
        #expect(out["kind"] == "ResourceList")
        guard case .sequence(let items) = out["items"] else {
            Issue.record("no items")
            return
        }
        let input = try Self.parse(Self.list(Self.other))
        guard case .sequence(let inItems) = input["items"] else { return }
        #expect(items.first == inItems.first, "the ConfigMap must pass through unchanged")
        let kinds = items.dropFirst().compactMap { $0["kind"]?.stringValue }
        #expect(!kinds.contains("ModelService"))
        #expect(kinds.first == "ServiceAccount")
        #expect(kinds.contains("Deployment") && kinds.contains("InferencePool"))
        // The rendered objects equal `msrender build`'s, but for kpt's file annotations.
        let build = TestSupport.run(["build", "--format", "json", "examples/minimal.yaml"])
        #expect(build.status == 0)
        for item in items.dropFirst() {
            let path = item["metadata"]?["annotations"]?["config.kubernetes.io/path"]
            #expect(path == "models/qwen3.yaml")
        }
        #expect(r.err.isEmpty)
    }

    @Test func modelServiceAsFunctionConfig() throws {
        let input = """
            apiVersion: config.kubernetes.io/v1
            kind: ResourceList
            items: []
            functionConfig:
              apiVersion: model.otterscale.io/v1alpha1
              kind: ModelService
              metadata: {name: qwen3, namespace: ml-serving}
              spec:
                model: {name: Qwen/Qwen3-0.6B, image: registry.example.com/models/qwen3-0.6b:v1}
                engine: {}
                accelerator: {type: nvidia}
                decode: {}

            """
        let r = TestSupport.run(["fn"], stdin: input)
        #expect(r.status == 0, "\(r.err)\n\(input)")
        let out = try Self.parse(r.out)
        guard case .sequence(let items) = out["items"] else {
            Issue.record("no items")
            return
        }
        #expect(items.count >= 10)
        #expect(out["functionConfig"] == nil)
    }

    @Test func invalidModelServiceGoesToResults() throws {
        let bad = Self.modelService.replacingOccurrences(of: "decode: {}", with: "decode: {replicas: -1}")
        let r = TestSupport.run(["fn"], stdin: Self.list(Self.other, bad))
        #expect(r.status == 1)
        let out = try Self.parse(r.out)
        guard case .sequence(let results) = out["results"], let first = results.first else {
            Issue.record("no results in \(r.out)")
            return
        }
        #expect(first["severity"] == "error")
        #expect(first["field"]?["path"] == "spec.decode.replicas")
        #expect(first["file"]?["path"] == "models/qwen3.yaml")
        #expect(first["message"]?.stringValue?.isEmpty == false)
        // Items come back untouched on failure.
        guard case .sequence(let items) = out["items"] else { return }
        #expect(items.count == 2)
        #expect(items.last?["kind"] == "ModelService")
    }

    @Test func notAResourceList() {
        for input in ["kind: [", "apiVersion: v1\nkind: ConfigMap\n", "a: 1\n---\nb: 2\n"] {
            let r = TestSupport.run(["fn"], stdin: input)
            #expect(r.status == 1)
            #expect(r.out.isEmpty)
            #expect(r.err.contains("<stdin>:"))
        }
    }

    @Test func emptyResourceListIsFine() throws {
        let r = TestSupport.run(["fn"], stdin: "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems: []\n")
        #expect(r.status == 0)
        #expect(try Self.parse(r.out)["items"] == .sequence([]))
    }
}
