import Testing

@testable import MSModel

/// The input-level warnings of SPEC section 9: reported with position and path, and
/// the document still decodes.
struct WarningTests {
    typealias Case = DecodeFixture.SnippetCase

    static let cases: [Case] = [
        Case(
            name: "podMonitor without enabled", snippet: "monitoring:\n  podMonitor: {interval: 15s}",
            expected: [
                "12:17 warning: spec.monitoring.podMonitor: podMonitor is set without \"enabled\", which defaults "
                    + "to false: no PodMonitor is rendered (add enabled: true to keep them)"
            ]),
        Case(
            name: "podMonitor with enabled false", snippet: "monitoring:\n  podMonitor: {enabled: false}",
            expected: []),
        Case(
            name: "prefill without routingProxy", snippet: "prefill: {}",
            expected: [
                "11:12 warning: spec.prefill: prefill is set without routingProxy: decode pods get no routing "
                    + "sidecar to hand requests to the prefill pods"
            ]),
        Case(name: "prefill with routingProxy", snippet: "prefill: {}\nroutingProxy: {}", expected: []),
        Case(
            name: "GPU set by hand", snippet: "decode:\n  resources:\n    limits: {nvidia.com/gpu: 4}",
            expected: [
                "13:32 warning: spec.decode.resources.limits[nvidia.com/gpu]: nvidia.com/gpu is set by msrender "
                    + "to tensor x dataLocal parallelism; this value is overwritten"
            ]),
        Case(
            name: "other accelerator's GPU key", snippet: "decode:\n  resources:\n    limits: {amd.com/gpu: 4}",
            expected: []),
        Case(
            name: "unknown connector", snippet: "routingProxy: {connector: lmcache}",
            expected: [
                "11:29 warning: spec.routingProxy.connector: connector \"lmcache\" is not one the default routing "
                    + "sidecar (v0.6.0) accepts (nixlv2, shared-storage, sglang); it logs an error and exits"
            ]),
        Case(name: "known connector", snippet: "routingProxy: {connector: sglang}", expected: []),
        Case(
            name: "EPP replicas above one", snippet: "inferencePool: {endpointPicker: {replicas: 2}}",
            expected: [
                "11:46 warning: spec.inferencePool.endpointPicker.replicas: 2 endpoint picker replicas: the EPP "
                    + "Deployment uses the Recreate strategy and only the leader is ready, so it never reports "
                    + "Available (GitOps health checks stay Progressing)"
            ]),
        Case(
            name: "data parallel with proxy", snippet: "decode: {parallelism: {data: 2}}\nroutingProxy: {}",
            expected: [
                "11:32 warning: spec.decode.parallelism.data: data parallelism 2 with a routing proxy: the sidecar "
                    + "is not told the data-parallel size, so it proxies to rank 0 only"
            ]),
        Case(name: "data parallel without proxy", snippet: "decode: {parallelism: {data: 2}}", expected: []),
    ]

    @Test(arguments: cases)
    func warns(_ c: Case) throws {
        let result = try DecodeFixture.decodeSnippet(c.snippet)
        #expect(DecodeFixture.lines(result) == c.expected)
        #expect(result.modelService != nil)
    }

    static let yaml11Words = ["yes", "No", "ON", "off", "y", "N", "Yes", "oFF"]

    @Test(arguments: yaml11Words)
    func yaml11BooleanInStringPosition(word: String) throws {
        let result = try DecodeFixture.decodeSnippet("decode:\n  nodeSelector:\n    fast: \(word)")
        #expect(
            DecodeFixture.lines(result) == [
                "13:13 warning: spec.decode.nodeSelector[fast]: \"\(word)\" is a string here, but YAML 1.1 readers "
                    + "such as kubectl read it as a boolean; quote it"
            ])
        #expect(result.modelService?.spec.decode.nodeSelector.first?.value == word)
    }

    @Test(arguments: ["\"yes\"", "'no'", "yess", "!!str on"])
    func noWarningWhenUnambiguous(text: String) throws {
        let result = try DecodeFixture.decodeSnippet("engine:\n  args: [\(text)]")
        #expect(result.diagnostics.isEmpty, "\(DecodeFixture.lines(result))")
    }
}
