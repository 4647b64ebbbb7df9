import Testing

/// The version label (SPEC 2 and 3): `v1.0.1` by default, as the final operator release
/// writes it; set or emptied through the flag or `--config`, the flag winning.
@Suite struct VersionLabelTests {
    static let label = "app.kubernetes.io/version: "

    /// The `app.kubernetes.io/version` values in a YAML output, one per line that has it.
    static func versions(_ out: String) -> [String] {
        out.split(separator: "\n").compactMap { line in
            guard let r = line.range(of: label) else { return nil }
            return String(line[r.upperBound...])
        }
    }

    static func build(_ args: [String], config: String? = nil) -> TestSupport.Run {
        var all = ["build"]
        if let config {
            let path = TestSupport.tempDir() + "/msrender.yaml"
            TestSupport.write(config, to: path)
            all += ["--config", path]
        }
        return TestSupport.run(all + args + ["examples/minimal.yaml"])
    }

    @Test func defaultIsTheFinalOperatorRelease() {
        let r = Self.build([])
        #expect(r.status == 0, "\(r.err)")
        // 11 objects and 2 pod templates (selectors: VersionLabelRenderTests).
        #expect(Self.versions(r.out) == Array(repeating: "v1.0.1", count: 13))
    }

    @Test(
        arguments: [
            (["--version-label", "v2.0.0"], nil, "v2.0.0"),
            (["--version-label=v2.0.0"], nil, "v2.0.0"),
            ([], "versionLabel: v9\n", "v9"),
            ([], "versionLabel: \"v9\"\n", "v9"),
            (["--version-label", "v3"], "versionLabel: \"\"\n", "v3"),
            ([], "versionLabel:\n", "v1.0.1"),
            ([], "provider: istio\n", "v1.0.1"),
        ] as [([String], String?, String)])
    func setThroughFlagOrConfig(_ args: [String], config: String?, expected: String) {
        let r = Self.build(args, config: config)
        #expect(r.status == 0, "\(r.err)")
        #expect(Self.versions(r.out) == Array(repeating: expected, count: 13))
    }

    /// An empty value omits the label and changes nothing else.
    @Test(
        arguments: [
            (["--version-label", ""], nil), (["--version-label="], nil), ([], "versionLabel: \"\"\n"),
            ([], "versionLabel: ''\n"), (["--version-label", ""], "versionLabel: v9\n"),
        ] as [([String], String?)])
    func emptyOmitsTheLabel(_ args: [String], config: String?) {
        let r = Self.build(args, config: config)
        #expect(r.status == 0, "\(r.err)")
        #expect(Self.versions(r.out).isEmpty)
        let withLabel = Self.build([]).out.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(r.out == withLabel.filter { !$0.contains(Self.label) }.joined(separator: "\n"))
    }

    /// A bad value inside the config file is an input error at its position (exit 1).
    @Test func invalidConfigValueIsAnInputError() {
        let r = Self.build([], config: "versionLabel: \"-v1\"\n")
        #expect(r.status == 1)
        #expect(r.out.isEmpty)
        #expect(r.err.contains(":1:15: error: versionLabel: version label \"-v1\" is not a valid label value"))
    }

    /// The same value as a flag is a malformed flag value: a usage error (exit 2).
    @Test func invalidFlagValueIsAUsageError() {
        let r = Self.build(["--version-label=-v1"])
        #expect(r.status == 2)
        #expect(r.out.isEmpty)
        #expect(r.err.contains("version label \"-v1\" is not a valid label value"))
    }
}
