import Testing

@testable import MSRenderCLI

/// `build` with keys that are equal as text (issue 8): an error at the second key,
/// nothing on stdout; keys that differ in bytes are different keys.
struct BuildKeyTests {
    static func service(_ extra: String, labels: String = "") -> String {
        """
        apiVersion: model.otterscale.io/v1alpha1
        kind: ModelService
        metadata:
          name: qwen3
          namespace: ml-serving\(labels)
        spec:
          model: {name: Qwen/Qwen3-0.6B, image: registry.example.com/models/qwen3-0.6b:v1}
          engine: {}
          accelerator: {type: nvidia}
          decode:
            \(extra)

        """
    }

    @Test(arguments: ["yaml", "json"])
    func nodeSelectorOneAndQuotedOne(_ format: String) {
        let r = TestSupport.run(
            ["build", "--format", format, "-"], stdin: Self.service("nodeSelector: {1: a, \"1\": b}"))
        #expect(r.status == 1)
        #expect(r.out.isEmpty)
        #expect(
            r.err.hasPrefix(
                "<stdin>:11:26: error: spec.decode.nodeSelector[1]: duplicate key \"1\": 1 (at 11:20) and \"1\" are the"
                    + " same key in a map of strings\n"), "\(r.err)")
    }

    /// `café` in NFC and NFD: two label keys, no duplicate (before: "duplicate mapping key");
    /// each is an invalid label key (not ASCII), reported at its own column.
    @Test func normalisationFormsAreTwoKeys() {
        let labels = Self.service("{}", labels: "\n  labels: {\"caf\u{E9}\": a, \"cafe\u{301}\": b}")
            .replacingOccurrences(of: "decode:\n    {}", with: "decode: {}")
        let r = TestSupport.run(["validate", "-"], stdin: labels)
        #expect(r.status == 1)
        #expect(!r.err.contains("duplicate"), "\(r.err)")
        let keyErrors = r.err.split(separator: "\n").filter { $0.contains("invalid label key") }
        #expect(keyErrors.count == 2, "\(r.err)")
        #expect(Set(keyErrors.map { $0.split(separator: ":").prefix(3).joined(separator: ":") }).count == 2)
    }
}
