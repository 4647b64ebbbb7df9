import Testing

@testable import MSModel

/// Whole-document rules: top-level fields, metadata, apiVersion/kind, and many errors
/// reported in one run.
struct DocumentErrorTests {
    static let spec = """
        spec:
          model: {name: m, image: i}
          engine: {}
          accelerator: {type: cpu}
          decode: {}
        """

    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var head: String
        var expected: [String]
        var testDescription: String { name }
    }

    /// `head` is lines 1..n; the spec above follows it.
    static let cases: [Case] = [
        Case(
            name: "name not DNS-1123",
            head: "apiVersion: model.otterscale.io/v1alpha1\nkind: ModelService\nmetadata:\n  name: Qwen_3",
            expected: [
                "4:9 error: metadata.name: invalid name \"Qwen_3\": must be a lowercase DNS-1123 subdomain "
                    + "(lowercase letters, digits, '-' and '.', starting and ending with a letter or digit)"
            ]),
        Case(
            name: "name too long",
            head: "apiVersion: model.otterscale.io/v1alpha1\nkind: ModelService\nmetadata:\n  name: "
                + String(repeating: "a", count: 64),
            expected: [
                "4:9 error: metadata.name: must be at most 63 characters long (it is used as a label value), found 64"
            ]),
        Case(
            name: "name missing",
            head: "apiVersion: model.otterscale.io/v1alpha1\nkind: ModelService\nmetadata:\n  namespace: ns",
            expected: ["3:1 error: metadata.name: required field \"name\" is missing"]),
        Case(
            name: "metadata missing", head: "apiVersion: model.otterscale.io/v1alpha1\nkind: ModelService",
            expected: ["1:1 error: metadata: required field \"metadata\" is missing"]),
        Case(
            name: "namespace invalid",
            head:
                "apiVersion: model.otterscale.io/v1alpha1\nkind: ModelService\nmetadata:\n  name: a\n  namespace: my.ns",
            expected: [
                "5:14 error: metadata.namespace: invalid namespace \"my.ns\": must be a lowercase DNS-1123 label "
                    + "(lowercase letters, digits and '-', starting and ending with a letter or digit)"
            ]),
        Case(
            name: "label value not a string",
            head:
                "apiVersion: model.otterscale.io/v1alpha1\nkind: ModelService\nmetadata:\n  name: a\n  labels:\n    tier: 1",
            expected: [
                "6:11 error: metadata.labels[tier]: expected a string, found the integer 1; quote it to make it a string: \"1\""
            ]),
        Case(
            name: "misspelt metadata field",
            head: "apiVersion: model.otterscale.io/v1alpha1\nkind: ModelService\nmetadata:\n  name: a\n  lables: {}",
            expected: ["5:3 error: metadata.lables: unknown field \"lables\"; did you mean 'labels'?"]),
        Case(
            name: "server fields accepted",
            head: """
                apiVersion: model.otterscale.io/v1alpha1
                kind: ModelService
                metadata:
                  name: a
                  uid: 0b7c
                  resourceVersion: "12"
                  generation: 3
                  creationTimestamp: "2026-04-01T00:00:00Z"
                  finalizers: [x]
                  generateName: a-
                  annotations: {kubectl.kubernetes.io/last-applied-configuration: "{}"}
                  managedFields: [{manager: kubectl, fieldsV1: {f:spec: {}}}]
                  ownerReferences: [{apiVersion: v1, kind: X, name: y, uid: z}]
                status:
                  phase: Ready
                  anything: [1, 2]
                """,
            expected: []),
        Case(
            name: "wrong kind",
            head: "apiVersion: model.otterscale.io/v1alpha1\nkind: ModelServices\nmetadata:\n  name: a",
            expected: ["2:7 error: kind: must be \"ModelService\", found \"ModelServices\""]),
        Case(
            name: "unknown top-level field",
            head: "apiVersion: model.otterscale.io/v1alpha1\nkind: ModelService\nmetdata:\n  name: a",
            expected: [
                "1:1 error: metadata: required field \"metadata\" is missing",
                "3:1 error: metdata: unknown field \"metdata\"; did you mean 'metadata'?",
            ]),
    ]

    @Test(arguments: cases)
    func reports(_ c: Case) throws {
        let result = try DecodeFixture.decode(c.head + "\n" + Self.spec + "\n")
        #expect(DecodeFixture.lines(result) == c.expected)
        #expect((result.modelService == nil) == !c.expected.isEmpty)
    }

    @Test func missingSpec() throws {
        let result = try DecodeFixture.decode(
            "apiVersion: model.otterscale.io/v1alpha1\nkind: ModelService\nmetadata: {name: a}\nspec: null\n")
        #expect(DecodeFixture.lines(result) == ["1:1 error: spec: required field \"spec\" is missing"])
    }

    @Test func notAMapping() throws {
        let result = try DecodeFixture.decode("- a\n- b\n")
        #expect(
            DecodeFixture.lines(result) == [
                "1:1 error: : expected a mapping (a ModelService object), found a sequence"
            ])
    }

    @Test func reportsAllErrorsInOneRun() throws {
        let yaml = """
            apiVersion: model.otterscale.io/v1alpha1
            kind: ModelService
            metadata:
              name: Bad_Name
            spec:
              model:
                image: ""
              engine:
                port: 0
                env:
                - name: X
                  value: 5600
              accelerator:
                type: nvidea
              decode:
                replicas: two
                parallelism: {tensor: 0, data: -2}
              extra: 1

            """
        let result = try DecodeFixture.decode(yaml)
        #expect(
            DecodeFixture.lines(result) == [
                "4:9 error: metadata.name: invalid name \"Bad_Name\": must be a lowercase DNS-1123 subdomain "
                    + "(lowercase letters, digits, '-' and '.', starting and ending with a letter or digit)",
                "6:3 error: spec.model.name: required field \"name\" is missing",
                "7:12 error: spec.model.image: must not be empty",
                "9:11 error: spec.engine.port: must be at least 1, found 0",
                "12:14 error: spec.engine.env[0].value: expected a string, found the integer 5600; quote it to make it a string: \"5600\"",
                "14:11 error: spec.accelerator.type: unsupported value \"nvidea\": must be one of nvidia, amd, intel-gaudi, "
                    + "google, cpu; did you mean 'nvidia'?",
                "16:15 error: spec.decode.replicas: expected an integer, found the string \"two\"",
                "17:27 error: spec.decode.parallelism.tensor: must be at least 1, found 0",
                "17:36 error: spec.decode.parallelism.data: must be at least 1, found -2",
                "18:3 error: spec.extra: unknown field \"extra\"",
            ])
        #expect(result.modelService == nil)
    }

    @Test func identify() throws {
        let docs = try YAMLReaderShim.roots("apiVersion: v1\nkind: ConfigMap\n")
        let id = ModelServiceDecoder.identify(docs[0])
        #expect(id.apiVersion == "v1")
        #expect(id.kind == "ConfigMap")
        #expect(!ModelServiceDecoder.isModelService(docs[0]))
        #expect(ModelServiceDecoder.identify(try YAMLReaderShim.roots("- 1\n")[0]).kind == nil)
    }
}
