import Testing

@testable import MSModel

/// A field written in the wrong object says where it belongs (from the schema tables),
/// a typo still says "did you mean", and a missing required field points at its
/// parent's key. Snippets start at line 11, column 3 (see DecodeFixture).
struct PlacementTests {
    typealias Case = DecodeFixture.SnippetCase

    static func misplaced(_ snippet: String, _ at: String, _ path: String, _ name: String, _ holders: String) -> Case {
        Case(
            name: "\(path) \(holders)", snippet: snippet,
            expected: ["\(at) error: \(path): unknown field \"\(name)\" here; it belongs \(holders)"])
    }

    static let roleFields = ["tolerations", "nodeSelector", "replicas", "resources", "parallelism", "annotations"]
    static let engineFields = ["args", "env", "port", "imagePullPolicy"]

    static let cases: [Case] =
        roleFields.map { misplaced("\($0): {}", "11:3", "spec.\($0)", $0, "under spec.decode or spec.prefill") }
        + engineFields.map { misplaced("\($0): {}", "11:3", "spec.\($0)", $0, "under spec.engine") }
        + [
            misplaced("image: x", "11:3", "spec.image", "image", "under spec.engine, spec.model or spec.routingProxy"),
            misplaced(
                "endpointPicker: {}", "11:3", "spec.endpointPicker", "endpointPicker", "under spec.inferencePool"),
            misplaced("podMonitor: {}", "11:3", "spec.podMonitor", "podMonitor", "under spec.monitoring"),
            misplaced("gatewayRef: {}", "11:3", "spec.gatewayRef", "gatewayRef", "under spec.httpRoute"),
            misplaced("labels: {}", "11:3", "spec.labels", "labels", "under metadata"),
            misplaced("spec: {}", "11:3", "spec.spec", "spec", "at the top level"),
            // A field of one object given in a sibling, or one level too deep.
            misplaced(
                "engine:\n  replicas: 2", "12:5", "spec.engine.replicas", "replicas",
                "under spec.decode or spec.prefill"),
            misplaced("engine:\n  name: vllm", "12:5", "spec.engine.name", "name", "under spec.model"),
            misplaced("decode:\n  engine: {}", "12:5", "spec.decode.engine", "engine", "under spec"),
            misplaced(
                "routingProxy:\n  port: 8200", "12:5", "spec.routingProxy.port", "port", "under spec.engine"),
            // Inside list items only when nothing outside a list has the field.
            misplaced(
                "engine:\n  valueFrom: {}", "12:5", "spec.engine.valueFrom", "valueFrom", "under spec.engine.env[]"),
            misplaced(
                "decode:\n  effect: NoSchedule", "12:5", "spec.decode.effect", "effect",
                "under spec.decode.tolerations[]"),
            misplaced(
                "engine:\n  env:\n  - name: POD\n    fieldPath: metadata.name", "14:7", "spec.engine.env[0].fieldPath",
                "fieldPath", "under spec.engine.env[].valueFrom.fieldRef"),
            Case(
                name: "a typo keeps did you mean", snippet: "decode:\n  replica: 2",
                expected: ["12:5 error: spec.decode.replica: unknown field \"replica\"; did you mean 'replicas'?"]),
            Case(
                name: "a name compares as bytes: a Kelvin sign is not a K",
                snippet: "engine:\n  env:\n  - name: A\n    valueFrom:\n      file\u{212A}eyRef: {key: k}",
                expected: [
                    "15:9 error: spec.engine.env[0].valueFrom.file\u{212A}eyRef: unknown field \"file\u{212A}eyRef\"; "
                        + "did you mean 'fileKeyRef'?",
                    "15:9 error: spec.engine.env[0].valueFrom: must set one of configMapKeyRef, fieldRef, fileKeyRef, "
                        + "resourceFieldRef, secretKeyRef",
                ]),
        ]

    @Test(arguments: cases)
    func reports(_ c: Case) throws {
        let result = try DecodeFixture.decodeSnippet(c.snippet)
        #expect(DecodeFixture.lines(result) == c.expected)
    }

    @Test func topLevelFieldsThatBelongElsewhere() throws {
        let yaml = """
            apiVersion: model.otterscale.io/v1alpha1
            kind: ModelService
            name: a
            replicas: 2
            model: {}
            metadata:
              name: a
              replicas: 1
            \(DocumentErrorTests.spec)

            """
        let result = try DecodeFixture.decode(yaml)
        #expect(
            DecodeFixture.lines(result) == [
                "3:1 error: name: unknown field \"name\" here; it belongs under metadata",
                "4:1 error: replicas: unknown field \"replicas\" here; it belongs under spec.decode or spec.prefill",
                "5:1 error: model: unknown field \"model\" here; it belongs under spec",
                "8:3 error: metadata.replicas: unknown field \"replicas\" here; it belongs under spec.decode or spec.prefill",
            ])
    }

    /// The caret of a missing required field is on its parent's key, whatever the
    /// parent's first child is.
    @Test func missingRequiredFieldsPointAtTheParentKey() throws {
        let yaml = """
            # a comment line
            apiVersion: model.otterscale.io/v1alpha1
            kind: ModelService
            metadata:
              namespace: ns
            spec:
              engine: {}
              model:
                image: reg/m:v1
              accelerator: {type: cpu}
              httpRoute: {hostnames: [a.example.com]}
              inferencePool:
                endpointPicker: {}

            """
        let result = try DecodeFixture.decode(yaml)
        #expect(
            DecodeFixture.lines(result) == [
                "4:1 error: metadata.name: required field \"name\" is missing",
                "6:1 error: spec.decode: required field \"decode\" is missing",
                "8:3 error: spec.model.name: required field \"name\" is missing",
                "11:3 error: spec.httpRoute.gatewayRef: required field \"gatewayRef\" is missing",
            ])
        let noSpec = try DecodeFixture.decode(
            "# c\n---\napiVersion: model.otterscale.io/v1alpha1\nkind: ModelService\n")
        #expect(
            DecodeFixture.lines(noSpec) == [
                "3:1 error: metadata: required field \"metadata\" is missing",
                "3:1 error: spec: required field \"spec\" is missing",
            ])
    }

    /// A list item has no key: its own mapping's start stands for it.
    @Test func aMissingFieldOfAListItemPointsAtTheItem() throws {
        let result = try DecodeFixture.decodeSnippet("engine:\n  env:\n  - value: x")
        #expect(
            DecodeFixture.lines(result) == ["13:7 error: spec.engine.env[0].name: required field \"name\" is missing"])
    }

    @Test func holdersComeFromTheSchema() {
        #expect(
            FieldPlacement.holders(of: "tolerations", unknownIn: FieldPath("spec")) == ["spec.decode", "spec.prefill"])
        #expect(
            FieldPlacement.holders(of: "replicas", unknownIn: FieldPath("spec.inferencePool")) == [
                "spec.inferencePool.endpointPicker"
            ])
        #expect(FieldPlacement.holders(of: "nothing", unknownIn: FieldPath("spec")).isEmpty)
        #expect(FieldPlacement.schemaPath("spec.engine.env[12].valueFrom") == "spec.engine.env[].valueFrom")
    }
}
