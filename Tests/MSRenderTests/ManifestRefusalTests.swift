import MSModel
import MSRender
import MSYAML
import Testing

/// No rendered object is ever written with two equal keys: checked input cannot
/// produce one (the decoder rejects string maps with keys of the same text), and the
/// writer refuses one made by any other means, naming the object and the field.
@Suite struct ManifestRefusalTests {
    static let deployment = Resource(
        apiVersion: "apps/v1", kind: "Deployment", name: "qwen3-decode", namespace: "ml",
        body: [
            "apiVersion": "apps/v1", "kind": "Deployment",
            "spec": [
                "template": [
                    "spec": ["nodeSelector": .mapping([.init(key: "1", value: "a"), .init(key: "1", value: "b")])]
                ]
            ],
        ])

    @Test(arguments: [false, true])
    func yamlAndJSONRefuseTheObject(json: Bool) {
        let docs = [ManifestDocument(source: "ms.yaml", resource: Self.deployment)]
        do throws(ManifestError) {
            _ = json ? try ManifestWriter.json(docs) : try ManifestWriter.yaml(docs)
            Issue.record("written")
        } catch {
            #expect(error.source == "ms.yaml")
            #expect(
                error.message
                    == "Deployment ml/qwen3-decode: spec.template.spec.nodeSelector: duplicate"
                    + " mapping key \"1\": a mapping cannot be written with two equal keys")
        }
    }

    /// Every string map of the spec, given `1` and `"1"`: a decode error, nothing to render.
    @Test(arguments: [
        "decode: {nodeSelector: {1: a, \"1\": b}}", "decode: {annotations: {1: a, \"1\": b}}",
        "prefill: {nodeSelector: {1: a, \"1\": b}}", "prefill: {annotations: {1: a, \"1\": b}}",
        "decode: {resources: {limits: {1: 2, \"1\": 3}}}",
    ])
    func everyStringMapRejectsTheDuplicate(_ snippet: String) throws {
        let yaml = """
            apiVersion: model.otterscale.io/v1alpha1
            kind: ModelService
            metadata: {name: qwen3}
            spec:
              model: {name: Qwen/Qwen3-0.6B, image: reg/qwen3:v1}
              accelerator: {type: nvidia}
              engine: {}
              \(snippet.hasPrefix("decode") ? "" : "decode: {}\n  ")\(snippet)

            """
        let root = try #require(try YAMLReader.read(Array(yaml.utf8)).first?.root)
        let decoded = ModelServiceDecoder.decode(root, file: "ms.yaml", defaultNamespace: nil)
        #expect(decoded.modelService == nil)
        #expect(decoded.diagnostics.contains { $0.message.hasPrefix("duplicate key \"1\"") }, "\(decoded.diagnostics)")
    }
}
