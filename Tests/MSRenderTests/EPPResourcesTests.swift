import MSModel
import MSRender
import MSYAML
import Testing

/// The EPP container's resources by presence, as the operator decides them
/// (`Requests != nil || Limits != nil`), from the YAML a user writes to the rendered
/// container: so an empty map must survive decoding.
@Suite struct EPPResourcesTests {
    static let defaults: Value = ["limits": ["memory": "16Gi"], "requests": ["cpu": "4", "memory": "8Gi"]]

    /// The EPP container's `resources` for a ModelService whose spec ends with `pool`.
    static func rendered(_ pool: String) throws -> Value? {
        let yaml = """
            apiVersion: model.otterscale.io/v1alpha1
            kind: ModelService
            metadata: {name: m, namespace: ns}
            spec:
              model: {name: org/model, image: reg/m:v1}
              accelerator: {type: nvidia}
              engine: {}
              decode: {}
            \(pool)

            """
        let root = try #require(try YAMLReader.read(Array(yaml.utf8)).first?.root)
        let decoded = ModelServiceDecoder.decode(root, file: "in.yaml", defaultNamespace: nil)
        #expect(!decoded.hasErrors, "\(decoded.diagnostics.map(\.formatted))")
        let service = try #require(decoded.modelService)
        return render(service).first("Deployment", "m-epp")?.body.at("spec.template.spec.containers[0].resources")
    }

    @Test(
        arguments: [
            ("no inferencePool", "", defaults),
            ("endpointPicker without resources", "  inferencePool: {endpointPicker: {}}", defaults),
            ("empty resources", "  inferencePool: {endpointPicker: {resources: {}}}", defaults),
            ("null requests", "  inferencePool: {endpointPicker: {resources: {requests: null}}}", defaults),
            ("requests {}", "  inferencePool: {endpointPicker: {resources: {requests: {}}}}", [:]),
            ("limits {}", "  inferencePool: {endpointPicker: {resources: {limits: {}}}}", [:]),
            (
                "claims alone", "  inferencePool: {endpointPicker: {resources: {claims: [{name: gpu}]}}}",
                defaults
            ),
            (
                "requests only", "  inferencePool: {endpointPicker: {resources: {requests: {cpu: \"0.5\"}}}}",
                ["requests": ["cpu": "500m"]]
            ),
            (
                "requests and limits",
                "  inferencePool: {endpointPicker: {resources: {requests: {cpu: 1}, limits: {memory: 2048Mi}}}}",
                ["limits": ["memory": "2Gi"], "requests": ["cpu": "1"]]
            ),
        ] as [(String, String, Value)])
    func resourcesByPresence(_ name: String, pool: String, expected: Value) throws {
        #expect(try Self.rendered(pool) == expected, "\(name)")
    }

    /// With requests or limits the resources are copied whole (SPEC 5.2), claims included;
    /// the decoder rejects that input, so only a hand-built spec can reach it.
    @Test func claimsWithRequestsAreCopiedWhole() throws {
        let claim: Value = ["name": "gpu"]
        let ms = makeService {
            $0.inferencePool = InferencePoolSpec(
                endpointPicker: EndpointPickerSpec(resources: ResourceRequirements(requests: [], claims: [claim])))
        }
        let c = try #require(render(ms).first("Deployment", "m-epp")?.body.at("spec.template.spec.containers[0]"))
        #expect(c.at("resources") == ["claims": [claim]])
    }

    @Test func claimsAloneAreDropped() throws {
        let ms = makeService {
            $0.inferencePool = InferencePoolSpec(
                endpointPicker: EndpointPickerSpec(resources: ResourceRequirements(claims: [["name": "gpu"]])))
        }
        let c = try #require(render(ms).first("Deployment", "m-epp")?.body.at("spec.template.spec.containers[0]"))
        #expect(c.at("resources") == Self.defaults)
    }
}
