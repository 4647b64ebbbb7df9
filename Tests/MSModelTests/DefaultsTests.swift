import MSYAML
import Testing

@testable import MSModel

/// CRD defaults (only where the parent is present) and null pruning.
struct DefaultsTests {
    func decode(_ snippet: String) throws -> ModelService {
        let result = try DecodeFixture.decodeSnippet(snippet)
        #expect(!result.hasErrors, "\(DecodeFixture.lines(result))")
        return try #require(result.modelService)
    }

    @Test func emptyEndpointPickerGetsDefaults() throws {
        let ms = try decode("inferencePool: {endpointPicker: {}}")
        let picker = try #require(ms.spec.inferencePool?.endpointPicker)
        #expect(picker.failureMode == .failOpen)
        #expect(picker.port == 9002)
        #expect(picker.replicas == 1)
        #expect(picker.image == nil)
        #expect(picker.resources == ResourceRequirements())
    }

    @Test func emptyPodMonitorIsDisabled() throws {
        let ms = try decode("monitoring: {podMonitor: {}}")
        let pm = try #require(ms.spec.monitoring?.podMonitor)
        #expect(pm.enabled == false)
        #expect(pm.portName == "http")
        #expect(pm.path == "/metrics")
        #expect(pm.interval == "30s")
    }

    @Test func monitoringWithoutPodMonitor() throws {
        let ms = try decode("monitoring: {}")
        #expect(ms.spec.monitoring != nil)
        #expect(ms.spec.monitoring?.podMonitor == nil)
    }

    @Test func emptyRoutingProxyGetsDefaults() throws {
        let ms = try decode("routingProxy: {}")
        let rp = try #require(ms.spec.routingProxy)
        #expect(rp.connector == "nixlv2")
        #expect(rp.targetPort == 8200)
        #expect(rp.secureProxy == false)
        #expect(rp.prefillerUseTLS == nil)
        #expect(rp.image == nil)
    }

    @Test func absentParentsGetNothing() throws {
        let ms = try decode("")
        #expect(ms.spec.inferencePool == nil)
        #expect(ms.spec.routingProxy == nil)
        #expect(ms.spec.monitoring == nil)
        #expect(ms.spec.prefill == nil)
        #expect(ms.spec.httpRoute == nil)
        #expect(ms.spec.engine.port == 8000)
        #expect(ms.spec.engine.image == nil)
        #expect(ms.spec.decode.parallelism == Parallelism(tensor: 1, data: 1, dataLocal: 1))
    }

    @Test func nullsArePrunedBeforeDefaulting() throws {
        let ms = try decode(
            """
            engine: {port: null, image: ~, args: null}
            decode:
              replicas: null
              parallelism: {tensor: ~, data: 2}
              nodeSelector: {a: "1", b: null}
            prefill: null
            inferencePool:
              endpointPicker: {failureMode: null, port: ~}
            monitoring:
              podMonitor: {enabled: true, interval: null}
            """)
        #expect(ms.spec.engine.port == 8000)
        #expect(ms.spec.engine.image == nil)
        #expect(ms.spec.decode.replicas == 1)
        #expect(ms.spec.decode.parallelism == Parallelism(tensor: 1, data: 2, dataLocal: 1))
        #expect(ms.spec.decode.nodeSelector.map(\.key) == ["a"])
        #expect(ms.spec.prefill == nil)
        #expect(ms.spec.inferencePool?.endpointPicker.failureMode == .failOpen)
        #expect(ms.spec.inferencePool?.endpointPicker.port == 9002)
        #expect(ms.spec.monitoring?.podMonitor?.interval == "30s")
    }

    @Test func nestedDefaultsInEnvSources() throws {
        let ms = try decode(
            """
            engine:
              env:
              - name: B
                valueFrom: {fileKeyRef: {key: k, path: p, volumeName: v}}
              - name: C
                valueFrom: {resourceFieldRef: {resource: limits.memory, divisor: 1Mi}}
            """)
        let env = ms.spec.engine.env
        #expect(env.count == 2)
        #expect(env[0].valueFrom?["fileKeyRef"]?["optional"] == .bool(false))
        #expect(env[1].valueFrom?["resourceFieldRef"]?["divisor"] == .string("1Mi"))
    }

    /// A key selector's name defaults to "", which the API server then rejects (it is not a
    /// DNS subdomain): the error names the field that was never written.
    @Test func keySelectorNameDefaultsToEmpty() throws {
        let result = try DecodeFixture.decodeSnippet(
            "engine:\n  env:\n  - name: A\n    valueFrom: {configMapKeyRef: {key: k}}")
        #expect(
            DecodeFixture.lines(result) == [
                "14:36 error: spec.engine.env[0].valueFrom.configMapKeyRef.name: invalid name \"\": "
                    + LabelRules.Message.subdomainFormat
            ])
    }

    @Test func pullSecretNamesDefaultToEmpty() throws {
        let result = try DecodeFixture.decode(
            DecodeFixture.document("").replacingOccurrences(
                of: "    image: reg/qwen3:v1\n",
                with: "    image: reg/qwen3:v1\n    imagePullSecrets: [{name: regcred}, {}]\n"))
        #expect(result.modelService?.spec.model.imagePullSecrets == ["regcred", ""])
    }

    @Test func quantitiesAreCanonical() throws {
        let ms = try decode(
            """
            decode:
              resources:
                requests: {cpu: 2000m, memory: 4096Mi, ephemeral-storage: "0.5Gi"}
                limits: {cpu: 8, memory: 1.5Gi}
            """)
        let r = ms.spec.decode.resources
        #expect(r.requests?.map(\.name) == ["cpu", "memory", "ephemeral-storage"])
        #expect(r.requests?.map(\.quantity.canonical) == ["2", "4Gi", "512Mi"])
        #expect(r.limits?.map(\.quantity.canonical) == ["8", "1536Mi"])
    }

    @Test func namespaceFallsBackToSetting() throws {
        let yaml = DecodeFixture.document("")
        #expect(try DecodeFixture.decode(yaml, defaultNamespace: "team").modelService?.namespace == "team")
        #expect(try DecodeFixture.decode(yaml).modelService?.namespace == nil)
        let withNS = yaml.replacingOccurrences(of: "  name: qwen3\n", with: "  name: qwen3\n  namespace: ml\n")
        #expect(try DecodeFixture.decode(withNS, defaultNamespace: "team").modelService?.namespace == "ml")
    }

    @Test func marksPointAtInput() throws {
        let ms = try decode("decode:\n  replicas: 3\n  resources:\n    limits: {memory: 1Gi}")
        #expect(ms.source == "ms.yaml")
        #expect(ms.marks.mark(for: "spec.decode.replicas").description == "12:15")
        #expect(ms.marks.mark(for: "spec.decode.resources.limits[memory]").description == "14:24")
        // A defaulted field points at its nearest written ancestor.
        #expect(ms.marks.mark(for: "spec.decode.parallelism.tensor").description == "12:5")
        #expect(ms.marks.marks["metadata.name"]?.description == "4:9")
    }
}
