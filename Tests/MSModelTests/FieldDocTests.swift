import Testing

@testable import MSModel

/// The field tree `msrender explain` and `msrender schema` are built from: the decoder's
/// own schema, the CRD's descriptions, and when each field is required.
struct FieldDocTests {
    static let root = FieldDoc.modelService

    func field(_ path: String) throws -> FieldDoc {
        try #require(Self.root.descendant(path.split(separator: ".").map(String.init)), "no field \(path)")
    }

    @Test func documentFieldsAreTheDecodersTopLevelFields() {
        #expect(Self.root.children.map(\.name) == ModelServiceDecoder.topLevelFields)
        #expect(Self.root.children.filter(\.isRequired).map(\.name) == ModelServiceDecoder.requiredTopLevelFields)
        #expect(Self.root.path.isEmpty)
        #expect(Self.root.name == "ModelService")
    }

    @Test(
        arguments: [
            ("spec.model.name", true, FieldDoc.Presence.always),
            ("spec.decode.parallelism.tensor", false, .whenPresent("spec.decode.parallelism")),
            ("spec.httpRoute.gatewayRef", true, .whenPresent("spec.httpRoute")),
            ("spec.httpRoute.gatewayRef.name", true, .whenPresent("spec.httpRoute")),
            ("spec.engine.env.name", true, .inEachEntry("spec.engine.env")),
            ("spec.engine.env.valueFrom.fieldRef.fieldPath", true, .whenPresent("spec.engine.env.valueFrom.fieldRef")),
            ("spec.inferencePool.endpointPicker.failureMode", false, .whenPresent("spec.inferencePool")),
            ("metadata.name", true, .always),
            ("metadata.namespace", false, .always),
        ] as [(String, Bool, FieldDoc.Presence)])
    func requirement(path: String, required: Bool, parent: FieldDoc.Presence) throws {
        let f = try field(path)
        #expect(f.isRequired == required)
        #expect(f.parentPresence == parent)
        #expect(f.path == path)
    }

    @Test func constantsAndSchemas() throws {
        #expect(try field("apiVersion").constant == "model.otterscale.io/v1alpha1")
        #expect(try field("kind").constant == "ModelService")
        #expect(try field("spec.engine.port").schema.maximum == 65535)
        #expect(try field("spec.decode.resources.limits").schema.element?.kind == .quantity)
        // Lists are transparent: an entry's fields are the list's children.
        #expect(try field("spec.engine.env").children.map(\.name) == ["name", "value", "valueFrom"])
        #expect(Self.root.descendant(["spec", "decode", "replica"]) == nil)
    }

    @Test func descriptionsComeFromTheCRD() throws {
        #expect(
            try field("spec.decode.parallelism.tensor").crdDescription
                == "Tensor is the tensor-parallel-size: number of GPUs used to shard a single model.")
        #expect(try field("spec.prefill.annotations").crdDescription.hasPrefix("Annotations are added"))
        #expect(try field("metadata.name").crdDescription.isEmpty)
    }

    /// Every generated description belongs to a field of the tree (none is stale), and
    /// every spec field has one.
    @Test func descriptionsAndFieldsMatch() {
        var paths: [String] = []
        func walk(_ f: FieldDoc) {
            paths.append(f.path)
            f.children.forEach(walk)
        }
        walk(Self.root)
        for key in Schema.crdDescriptions.keys.sorted() { #expect(paths.contains(key), "stale description \(key)") }
        for p in paths where p.hasPrefix("spec") {
            #expect(Schema.crdDescriptions[p] != nil, "\(p) has no CRD description")
        }
    }

    /// `metadata.name` present with a wrong type is one error, not also "missing".
    @Test func wrongTypedNameIsNotAlsoMissing() throws {
        let result = try DecodeFixture.decode(
            "apiVersion: model.otterscale.io/v1alpha1\nkind: ModelService\nmetadata: {name: 5}\n"
                + "spec: {model: {name: m, image: i}, engine: {}, accelerator: {type: cpu}, decode: {}}\n")
        #expect(
            DecodeFixture.lines(result) == [
                "3:18 error: metadata.name: expected a string, found the integer 5; quote it to make it a string: \"5\""
            ])
    }
}
