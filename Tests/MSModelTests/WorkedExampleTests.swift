import Foundation
import Testing

@testable import MSModel

/// The shared worked examples decode without errors, with the values they spell out.
struct WorkedExampleTests {
    static let names = ["minimal", "pd-routing-proxy-full", "explicit-pool-custom", "monitoring-enabled-pool"]

    func load(_ name: String) throws -> ModelServiceDecoder.Decoded? {
        guard let shared = DecodeFixture.sharedDirectory() else {
            print("skipping worked example \(name): shared folder not found (set MSRENDER_SHARED)")
            return nil
        }
        let url = shared.appendingPathComponent("worked-examples/\(name).yaml")
        let text = try String(contentsOf: url, encoding: .utf8)
        return try DecodeFixture.decode(text, file: "\(name).yaml")
    }

    @Test(arguments: names)
    func decodesWithoutErrors(name: String) throws {
        guard let result = try load(name) else { return }
        #expect(!result.hasErrors, "\(DecodeFixture.lines(result))")
        #expect(result.modelService != nil)
    }

    @Test func explicitPoolValues() throws {
        guard let result = try load("explicit-pool-custom") else { return }
        let ms = try #require(result.modelService)
        #expect(ms.name == "llama3-70b")
        #expect(ms.namespace == "prod")
        let picker = try #require(ms.spec.inferencePool?.endpointPicker)
        #expect(picker.failureMode == .failClose)
        #expect(picker.port == 9100)
        #expect(picker.replicas == 3)
        #expect(picker.resources.requests?.map(\.quantity.canonical) == ["2", "4Gi"])
        #expect(picker.resources.limits?.map(\.quantity.canonical) == ["8", "16Gi"])
        #expect(ms.spec.decode.parallelism.tensor == 8)
        // Only the EPP replicas warning.
        #expect(result.diagnostics.map(\.path) == ["spec.inferencePool.endpointPicker.replicas"])
    }

    @Test func routingProxyValues() throws {
        guard let result = try load("pd-routing-proxy-full") else { return }
        let ms = try #require(result.modelService)
        let rp = try #require(ms.spec.routingProxy)
        #expect(rp.connector == "lmcache")
        #expect(rp.targetPort == 8300)
        #expect(rp.secureProxy == true)
        #expect(rp.prefillerUseTLS == true)
        #expect(rp.certPath == "/etc/certs")
        #expect(ms.spec.engine.env.map(\.value) == ["5600", "cuda_ipc,cuda_copy,tcp"])
        #expect(ms.spec.prefill?.replicas == 3)
        #expect(result.diagnostics.map(\.path) == ["spec.routingProxy.connector"])
    }

    @Test func minimalHasNoDiagnostics() throws {
        guard let result = try load("minimal") else { return }
        #expect(result.diagnostics.isEmpty)
        #expect(result.modelService?.source == "minimal.yaml")
    }
}
