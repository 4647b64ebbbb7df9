import Testing

@testable import MSRenderCLI

/// The command line itself: usage errors, help, version, did-you-mean.
struct CommandLineTests {
    @Test func noArgumentsIsAUsageErrorWithTheOverview() {
        let r = TestSupport.run([])
        #expect(r.status == 2)
        #expect(r.out.isEmpty)
        #expect(r.err == Help.overview)
    }

    @Test func versionGoesToStdout() {
        for args in [["--version"], ["version"]] {
            let r = TestSupport.run(args)
            #expect(r.status == 0)
            #expect(r.out == "msrender \(MSRenderCLI.version)\n")
            #expect(r.err.isEmpty)
        }
    }

    /// Help that is asked for is the product of the command: stdout, exit 0.
    @Test(arguments: [["--help"], ["-h"], ["help"], ["--help=true"]])
    func overviewGoesToStdout(_ args: [String]) {
        let r = TestSupport.run(args)
        #expect(r.status == 0)
        #expect(r.err.isEmpty)
        #expect(r.out == Help.overview)
        for c in Commands.all { #expect(r.out.contains("\n  \(c.name) "), "overview lacks \(c.name)") }
    }

    @Test(arguments: Commands.names)
    func everyCommandHasHelpWithEveryFlagAndItsOwnExamples(_ name: String) throws {
        let command = try #require(Commands.named(name))
        #expect(command.name == name)
        let text = Help.text(for: command)
        for args in [["help", name], [name, "--help"], [name, "-h"], ["--help", name], [name, "--help=true"]] {
            let r = TestSupport.run(args)
            #expect(r.status == 0, "\(args)")
            #expect(r.err.isEmpty, "\(args)")
            #expect(r.out == text, "\(args)")
        }
        #expect(text.hasPrefix("Usage: msrender \(name)"))
        for option in command.options + [Command.helpOption] {
            #expect(text.contains("--\(option.name)"), "\(name) help lacks --\(option.name)")
            let example = try #require(command.example(of: option), "--\(option.name) has no example")
            #expect(text.contains("e.g. " + example + "\n"))
            #expect(example.contains("msrender \(name) "), "the example of \(name) --\(option.name) is not its own")
        }
        #expect(text.contains("e.g. msrender \(name) --help\n"))
        #expect(text.contains("Examples:"))
        for line in command.examples {
            // `msrender --version` is version's own too.
            #expect(line.contains("msrender \(name)") || line == "msrender --\(name)", "\(line) is not \(name)'s")
        }
    }

    /// A usage error: the message, the command's one-line usage and where its help is.
    @Test(
        arguments: [
            (
                ["biuld", "x.yaml"],
                """
                msrender: error: unknown command 'biuld'; did you mean 'build'?
                Usage: msrender COMMAND [OPTIONS] [PATH...]
                See 'msrender help' for the commands.

                """
            ),
            (
                ["help", "biuld"],
                """
                msrender: error: unknown help topic 'biuld'; did you mean 'build'?
                Usage: msrender help [COMMAND]
                See 'msrender help help' for its options and examples.

                """
            ),
            (
                ["help", "verison"],
                """
                msrender: error: unknown help topic 'verison'; did you mean 'version'?
                Usage: msrender help [COMMAND]
                See 'msrender help help' for its options and examples.

                """
            ),
            (
                ["build", "--nmespace", "ml", "x.yaml"],
                """
                msrender: error: unknown option '--nmespace' for 'build'; did you mean '--namespace'?
                Usage: msrender build [OPTIONS] PATH...
                See 'msrender help build' for its options and examples.

                """
            ),
            (
                ["build", "--metrics-endpoint-auth", "false", "ms.yaml"],
                """
                msrender: error: --metrics-endpoint-auth is a flag and takes no separate value; \
                write --metrics-endpoint-auth=false (a separate 'false' would be read as a PATH)
                Usage: msrender build [OPTIONS] PATH...
                See 'msrender help build' for its options and examples.

                """
            ),
            (
                ["fn", "--tracing-enabled", "true"],
                """
                msrender: error: --tracing-enabled is a flag and takes no separate value; \
                write --tracing-enabled=true (a separate 'true' would be read as a PATH)
                Usage: msrender fn [SETTINGS]
                See 'msrender help fn' for its options and examples.

                """
            ),
            (
                ["build", "-o", "out", "--prune", "false", "ms.yaml"],
                """
                msrender: error: --prune is a flag and takes no separate value; \
                write --prune=false (a separate 'false' would be read as a PATH)
                Usage: msrender build [OPTIONS] PATH...
                See 'msrender help build' for its options and examples.

                """
            ),
            (
                ["validate", "-q", "false", "ms.yaml"],
                """
                msrender: error: -q is a flag and takes no separate value; \
                write --quiet=false (a separate 'false' would be read as a PATH)
                Usage: msrender validate [OPTIONS] PATH...
                See 'msrender help validate' for its options and examples.

                """
            ),
            (
                ["-n", "ml", "build", "ms.yaml"],
                """
                msrender: error: option '-n' goes after the command, as in 'msrender build -n ...'
                Usage: msrender COMMAND [OPTIONS] [PATH...]
                See 'msrender help' for the commands.

                """
            ),
            (
                ["--provder=gke", "build"],
                """
                msrender: error: unknown option '--provder'; did you mean '--provider'? \
                (after the command, as in 'msrender build --provider ...')
                Usage: msrender COMMAND [OPTIONS] [PATH...]
                See 'msrender help' for the commands.

                """
            ),
            (
                ["--hlep"],
                """
                msrender: error: unknown option '--hlep'; did you mean '--help'?
                Usage: msrender COMMAND [OPTIONS] [PATH...]
                See 'msrender help' for the commands.

                """
            ),
            (
                ["help", "build", "validate"],
                """
                msrender: error: help takes one COMMAND, got 2
                Usage: msrender help [COMMAND]
                See 'msrender help help' for its options and examples.

                """
            ),
            (
                ["version", "now"],
                """
                msrender: error: version takes no arguments
                Usage: msrender version
                See 'msrender help version' for its options and examples.

                """
            ),
        ] as [([String], String)])
    func usageErrorText(_ args: [String], _ expected: String) {
        let r = TestSupport.run(args)
        #expect(r.status == 2)
        #expect(r.out.isEmpty)
        #expect(r.err == expected)
    }

    /// Each command ends a failed run in its own words: validate never writes, diff and
    /// --check compare nothing when an input has errors.
    @Test(
        arguments: [
            (["validate"], "msrender: 4 errors in 2 files\n"),
            (["build"], "msrender: 4 errors; nothing written\n"),
            (["build", "--check", "rendered/"], "msrender: 4 errors; nothing compared\n"),
            (["diff", "--check", "rendered/"], "msrender: 4 errors; nothing compared\n"),
        ] as [([String], String)])
    func failureSummaryInEachCommandsWords(_ command: [String], _ summary: String) {
        let dir = TestSupport.tempDir()
        let document = "apiVersion: model.otterscale.io/v1alpha1\nkind: ModelService\nmetadata:\n  name: a\n"
        TestSupport.write(document + "spec:\n  decode: {}\n", to: dir + "/a.yaml")
        TestSupport.write(document, to: dir + "/b.yaml")
        let r = TestSupport.run(command + [dir + "/a.yaml", dir + "/b.yaml", "examples/minimal.yaml"])
        #expect(r.status == 1)
        #expect(r.out.isEmpty)
        #expect(r.err.hasSuffix("\n" + summary), "\(r.err)")
    }

    @Test func validateCountsValidModelServices() {
        let r = TestSupport.run(["validate", "examples/fleet/", "examples/minimal.yaml"])
        #expect(r.status == 0)
        #expect(r.err == "msrender: 4 ModelServices valid\n")
    }

    /// `--flag=false` is the spelling; a PATH named true or false is still reachable after `--`.
    @Test func booleanFlagSpellings() throws {
        let p = ArgumentParser(command: "t", specs: BuildCommand.command.options)
        let a = try p.parse(["--metrics-endpoint-auth=false", "--tracing-enabled", "--", "true"])
        #expect(a.flag("metrics-endpoint-auth") == false)
        #expect(a.flag("tracing-enabled") == true)
        #expect(a.operands == ["true"])
        let b = try p.parse(["--quiet", "./false"])
        #expect(b.operands == ["./false"])
    }

    @Test(
        arguments: [
            (["buidl", "x.yaml"], "unknown command 'buidl'; did you mean 'build'?"),
            (["valdate"], "unknown command 'valdate'; did you mean 'validate'?"),
            (["help", "convrt"], "unknown help topic 'convrt'; did you mean 'convert'?"),
            (
                ["build", "--provder", "gke", "x.yaml"],
                "unknown option '--provder' for 'build'; did you mean '--provider'?"
            ),
            (
                ["build", "--namespce=ml", "x.yaml"],
                "unknown option '--namespce' for 'build'; did you mean '--namespace'?"
            ),
            (["build", "--zzz", "x.yaml"], "unknown option '--zzz' for 'build'"),
            (["build"], "no input: give ModelService files, folders or '-' for standard input"),
            (["build", "--provider", "aws", "x.yaml"], "--provider takes istio, gke or none, not \"aws\""),
            (["build", "--format", "xml", "x.yaml"], "--format takes yaml or json, not \"xml\""),
            (["build", "--epp-flag", "novalue", "x.yaml"], "--epp-flag takes KEY=VALUE, not \"novalue\""),
            (["build", "--namespace", "Bad_NS", "x.yaml"], "namespace \"Bad_NS\" is not a DNS-1123 label"),
            (["build", "--namespace=", "x.yaml"], "the namespace cannot be empty"),
            (
                ["build", "--version-label", "v1 beta", "x.yaml"],
                "version label \"v1 beta\" is not a valid label value"
            ),
            (
                ["build", "--default-gateway-name", "Gate_Way", "x.yaml"],
                "default gateway name \"Gate_Way\" is not a DNS-1123 subdomain"
            ),
            (["build", "--prune", "x.yaml"], "--prune works with --output DIR"),
            (["build", "-o", "a", "--check", "b", "x.yaml"], "--check and --output cannot be combined"),
            (["build", "--quiet", "--strict", "x.yaml"], "--quiet and --strict cannot be combined"),
            (["build", "--tracing-enabled=maybe", "x.yaml"], "--tracing-enabled takes true or false, not \"maybe\""),
            (["build", "x.yaml", "--namespace"], "--namespace needs a value"),
            (["diff", "x.yaml"], "diff needs --check DIR"),
            (["convert", "--to", "toml"], "--to takes json or yaml, not \"toml\""),
            (["convert", "a.yaml", "b.yaml"], "convert takes one FILE"),
            (["fn", "x.yaml"], "fn reads a ResourceList on standard input and takes no PATH"),
        ] as [([String], String)])
    func usageErrors(_ args: [String], _ message: String) {
        let r = TestSupport.run(args)
        #expect(r.status == 2, "\(args): \(r.err)")
        #expect(r.out.isEmpty)
        #expect(r.err.contains("msrender: error: \(message)"), "\(args): got \(r.err)")
    }

    @Test func optionForms() throws {
        let p = ArgumentParser(command: "t", specs: BuildCommand.command.options)
        let a = try p.parse(["-o", "d", "--namespace=ml", "-nfoo", "--", "--literal", "-"])
        #expect(a.value("output") == "d")
        #expect(a.value("namespace") == "foo")
        #expect(a.operands == ["--literal", "-"])
    }
}
