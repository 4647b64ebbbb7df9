import Testing

@testable import MSModel

/// Where the API server's label, annotation and claims rules report: a bad key at the
/// key, a bad value at the value, an oversized annotation map at its key, with the
/// field path. Snippets start at line 11, column 3 (see DecodeFixture).
struct LabelPositionTests {
    typealias Case = DecodeFixture.SnippetCase

    static let nameRule = LabelRuleTests.nameRule
    static let big = String(repeating: "x", count: 262_144)

    static let cases: [Case] = [
        Case(
            name: "nodeSelector key with two slashes", snippet: "decode:\n  nodeSelector:\n    a/b/c: x",
            expected: [
                "13:7 error: spec.decode.nodeSelector[a/b/c]: invalid label key \"a/b/c\": a qualified name "
                    + nameRule + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"
            ]),
        Case(
            name: "nodeSelector key with a bad prefix", snippet: "prefill:\n  nodeSelector:\n    Node_Pool/gpu: a100",
            expected: [
                "12:5 warning: spec.prefill: prefill is set without routingProxy: decode pods get no routing "
                    + "sidecar to hand requests to the prefill pods",
                "13:7 error: spec.prefill.nodeSelector[Node_Pool/gpu]: invalid label key \"Node_Pool/gpu\": "
                    + LabelRuleTests.prefixRule,
            ]),
        Case(
            name: "nodeSelector key without a name", snippet: "decode:\n  nodeSelector: {\"gpu.example.com/\": a}",
            expected: [
                "12:20 error: spec.decode.nodeSelector[gpu.example.com/]: invalid label key \"gpu.example.com/\": "
                    + "name part must be non-empty; name part " + Self.nameRule
            ]),
        Case(
            name: "nodeSelector value", snippet: "decode:\n  nodeSelector:\n    gpu: \"a100 80gb\"",
            expected: [
                "13:12 error: spec.decode.nodeSelector[gpu]: invalid label value \"a100 80gb\": "
                    + LabelRuleTests.valueRule
            ]),
        Case(
            name: "nodeSelector value too long",
            snippet: "decode:\n  nodeSelector:\n    gpu: " + String(repeating: "a", count: 64),
            expected: [
                "13:12 error: spec.decode.nodeSelector[gpu]: invalid label value \""
                    + String(repeating: "a", count: 64).prefix(80) + "\": must be no more than 63 bytes"
            ]),
        Case(
            name: "annotation key not ASCII", snippet: "decode:\n  annotations:\n    ünï: x",
            expected: [
                "13:7 error: spec.decode.annotations[ünï]: invalid annotation key \"ünï\": name part " + nameRule
            ]),
        Case(
            name: "annotation key with two slashes", snippet: "decode:\n  annotations:\n    ok: x\n    a/b/c: z",
            expected: [
                "14:7 error: spec.decode.annotations[a/b/c]: invalid annotation key \"a/b/c\": a qualified name "
                    + nameRule + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"
            ]),
        Case(
            name: "annotation keys ignore case", snippet: "decode:\n  annotations:\n    Example.COM/Team: ml",
            expected: []),
        Case(
            name: "annotations over 256 KiB", snippet: "decode:\n  annotations:\n    a: " + big,
            expected: [
                "12:5 error: spec.decode.annotations: annotations size 262145 is larger than limit 262144 (256 KiB: "
                    + "the length in bytes of every key and value, added up)"
            ]),
        Case(
            name: "annotations at 256 KiB", snippet: "decode:\n  annotations:\n    a: " + big.dropFirst(), expected: []),
        Case(
            name: "toleration key and value",
            snippet:
                "decode:\n  tolerations:\n  - key: gpu/a/b\n    value: \"a100 80gb\"\n  - {key: x, operator: Exists}",
            expected: [
                "13:12 error: spec.decode.tolerations[0].key: invalid toleration key \"gpu/a/b\": a qualified name "
                    + nameRule + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
                "14:14 error: spec.decode.tolerations[0].value: invalid toleration value \"a100 80gb\": "
                    + LabelRuleTests.valueRule,
            ]),
        Case(
            name: "claims on decode", snippet: "decode:\n  resources:\n    claims:\n    - name: gpu",
            expected: [
                "13:7 error: spec.decode.resources.claims: claims cannot be used on decode: the pod would need a "
                    + "matching spec.resourceClaims entry, which a ModelService cannot express, so the API server "
                    + "rejects the Deployment"
            ]),
        Case(
            name: "claims on prefill",
            snippet: "routingProxy: {}\nprefill:\n  resources: {claims: [{name: gpu}], limits: {cpu: 1}}",
            expected: [
                "13:17 error: spec.prefill.resources.claims: claims cannot be used on prefill: the pod would need a "
                    + "matching spec.resourceClaims entry, which a ModelService cannot express, so the API server "
                    + "rejects the Deployment"
            ]),
        Case(name: "empty claims on decode", snippet: "decode:\n  resources:\n    claims: []", expected: []),
        Case(
            name: "endpoint picker claims with requests",
            snippet: "inferencePool:\n  endpointPicker:\n    resources:\n      requests: {}\n      claims: [{name: a}]",
            expected: [
                "15:9 error: spec.inferencePool.endpointPicker.resources.claims: claims cannot be used with requests "
                    + "or limits here: the endpoint picker container gets these resources whole, and its pod has no "
                    + "spec.resourceClaims entry to match, so the API server rejects the Deployment (claims alone are "
                    + "dropped)"
            ]),
        Case(
            name: "endpoint picker claims alone",
            snippet: "inferencePool:\n  endpointPicker:\n    resources:\n      claims: [{name: a}]", expected: []),
    ]

    @Test(arguments: cases)
    func reports(_ c: Case) throws { try DecodeFixture.expectDiagnostics(c) }

    /// The ModelService's own metadata is checked by the same rules, every problem in one run.
    @Test func modelServiceMetadata() throws {
        let yaml = """
            apiVersion: model.otterscale.io/v1alpha1
            kind: ModelService
            metadata:
              name: qwen3
              labels:
                team: ml
                a/b/c: x
                tier: -gold
              annotations:
                Note.Example.com/owner: me
                ünï: x
                big: \(String(repeating: "y", count: 262_142))
            spec:
              model: {name: m, image: i}
              accelerator: {type: cpu}
              engine: {}
              decode: {}

            """
        let result = try DecodeFixture.decode(yaml)
        #expect(
            DecodeFixture.lines(result) == [
                "7:5 error: metadata.labels[a/b/c]: invalid label key \"a/b/c\": a qualified name " + Self.nameRule
                    + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
                "8:11 error: metadata.labels[tier]: invalid label value \"-gold\": " + LabelRuleTests.valueRule,
                "9:3 error: metadata.annotations: annotations size 262175 is larger than limit 262144 (256 KiB: the "
                    + "length in bytes of every key and value, added up)",
                "11:5 error: metadata.annotations[ünï]: invalid annotation key \"ünï\": name part " + Self.nameRule,
            ])
        #expect(result.modelService == nil)
    }

    /// Every rule in one document: all are reported, in document order.
    @Test func allReportedInOneRun() throws {
        let result = try DecodeFixture.decodeSnippet(
            "decode:\n  nodeSelector: {a/b/c: x, gpu: -x}\n  annotations: {ünï: x}\n  resources: {claims: [{name: g}]}")
        #expect(
            result.diagnostics.map { "\($0.mark.line):\($0.mark.column) \($0.path)" } == [
                "12:20 spec.decode.nodeSelector[a/b/c]", "12:35 spec.decode.nodeSelector[gpu]",
                "13:19 spec.decode.annotations[ünï]", "14:17 spec.decode.resources.claims",
            ])
    }
}
