// libFuzzer entry point for the whole `build` pipeline: bytes -> YAML -> ModelService
// -> checks -> rendered YAML and JSON, plus the KRM function's ResourceList reader.
// Every input must either render or be rejected with diagnostics; crashes, hangs and
// runaway memory are bugs. Built by Fuzz/run-build-fuzz.sh.

import MSRender

@testable import MSRenderCLI

@_cdecl("LLVMFuzzerTestOneInput")
public func buildFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let result = BuildPipeline.run([SourceText(displayName: "fuzz.yaml", bytes: bytes)], options: RenderOptions())
    for d in result.diagnostics { _ = d.formatted }
    if result.errorCount == 0 {
        // Checked input never renders a mapping with two equal keys: a refusal is a bug.
        do {
            _ = try Manifests.text(result.services, format: .yaml)
            _ = try Manifests.text(result.services, format: .json)
        } catch {
            fatalError("rendered an object the writer refuses: \(error.message)")
        }
    }
    if let list = try? ResourceListInput.parse(bytes) {
        _ = BuildPipeline.run(items: list.modelServices, options: RenderOptions())
    }
    return 0
}
