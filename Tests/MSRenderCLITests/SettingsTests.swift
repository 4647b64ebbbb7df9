import Testing

@testable import MSRenderCLI

/// `--config FILE` and the settings flags: value errors at their FILE:LINE:COL, and the
/// exit rule (a file named on the command line that cannot be read is exit 1, like a
/// missing PATH; a malformed flag is exit 2).
struct SettingsTests {
    /// Runs `msrender COMMAND --config FILE ARGS... examples/minimal.yaml` with FILE holding `text`.
    static func run(_ command: String, config text: String, _ args: [String] = []) -> (String, TestSupport.Run) {
        let config = TestSupport.tempDir() + "/c.yaml"
        TestSupport.write(text, to: config)
        return (config, TestSupport.run([command, "--config", config] + args + ["examples/minimal.yaml"]))
    }

    @Test func everyValueErrorInTheConfigFileHasItsPosition() {
        let (config, r) = Self.run(
            "validate",
            config: "namespace: Bad_NS\nversionLabel: \"v1 beta\"\ndefaultGatewayName: Gate_Way\neppFlags:\n  \"\": x\n"
        )
        #expect(r.status == 1)
        #expect(r.out.isEmpty)
        let lines = r.err.split(separator: "\n").filter { $0.hasPrefix(config) || $0.hasPrefix("msrender:") }
        #expect(
            lines == [
                "\(config):1:12: error: namespace: namespace \"Bad_NS\" is not a DNS-1123 label",
                "\(config):2:15: error: versionLabel: version label \"v1 beta\" is not a valid label value "
                    + "(at most 63 characters of [A-Za-z0-9_.-], starting and ending with an alphanumeric)",
                "\(config):3:21: error: defaultGatewayName: default gateway name \"Gate_Way\" is not a DNS-1123 subdomain",
                "\(config):5:3: error: eppFlags: EPP flag \"=x\" has an empty key",
                "msrender: 4 errors in 1 file",
            ])
        #expect(r.err.contains(" 1 | namespace: Bad_NS\n   |            ^\n"))
    }

    @Test func anEmptyNamespaceInTheConfigFileIsAnErrorThereEvenWhenAFlagOverridesIt() {
        let (config, r) = Self.run("build", config: "namespace: \"\"\n", ["-n", "ml"])
        #expect(r.status == 1)
        #expect(r.out.isEmpty)
        #expect(r.err.hasPrefix("\(config):1:12: error: namespace: the namespace cannot be empty\n"))
        #expect(r.err.hasSuffix("msrender: 1 error; nothing written\n"))
    }

    @Test func aFlagValueErrorStaysAUsageErrorBesideAGoodConfigFile() {
        let (_, r) = Self.run("build", config: "namespace: ml\n", ["-n", "Bad_NS"])
        #expect(r.status == 2)
        #expect(r.err.hasPrefix("msrender: error: namespace \"Bad_NS\" is not a DNS-1123 label\n"))
    }

    /// One rule for files named on the command line: cannot be read, exit 1.
    @Test(arguments: [["build"], ["validate"], ["diff", "--check", "rendered/"]])
    func anUnreadableConfigFileIsAnInputErrorLikeAMissingPath(_ command: [String]) {
        let missingConfig = TestSupport.run(command + ["--config", "/nonexistent/c.yaml", "examples/minimal.yaml"])
        #expect(missingConfig.status == 1)
        #expect(missingConfig.out.isEmpty)
        #expect(
            missingConfig.err
                == "/nonexistent/c.yaml: error: cannot read the --config file: no such file or directory\n")
        let missingInput = TestSupport.run(command + ["/nonexistent/ms.yaml"])
        #expect(missingInput.status == 1)
        #expect(missingInput.err == "/nonexistent/ms.yaml: error: no such file or directory\n")
        let folder = TestSupport.run(command + ["--config", "examples", "examples/minimal.yaml"])
        #expect(folder.status == 1)
        #expect(folder.err == "examples: error: cannot read the --config file: is a folder, expected a file\n")
    }

    @Test func fnReportsAnUnreadableConfigFileTheSameWay() {
        let r = TestSupport.run(["fn", "--config", "/nonexistent/c.yaml"], stdin: "")
        #expect(r.status == 1)
        #expect(r.out.isEmpty)
        #expect(r.err == "/nonexistent/c.yaml: error: cannot read the --config file: no such file or directory\n")
    }

    @Test func aConfigFlagWithoutItsValueIsAUsageError() {
        let r = TestSupport.run(["build", "examples/minimal.yaml", "--config"])
        #expect(r.status == 2)
        #expect(r.err.hasPrefix("msrender: error: --config needs a value\nUsage: msrender build [OPTIONS] PATH...\n"))
    }
}
