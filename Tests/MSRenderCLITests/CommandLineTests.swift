import Testing

@testable import MSRenderCLI

/// The command line itself: usage errors, help, version, did-you-mean.
struct CommandLineTests {
    @Test func noArgumentsIsAUsageError() {
        let r = TestSupport.run([])
        #expect(r.status == 2)
        #expect(r.out.isEmpty)
        #expect(r.err.contains("Usage: msrender COMMAND"))
    }

    @Test func versionGoesToStdout() {
        for flag in ["--version", "version"] {
            let r = TestSupport.run([flag])
            #expect(r.status == 0)
            #expect(r.out == "msrender \(MSRenderCLI.version)\n")
        }
    }

    @Test func helpListsEveryCommand() {
        let r = TestSupport.run(["--help"])
        #expect(r.status == 0)
        #expect(r.out.isEmpty, "help goes to stderr; stdout carries only manifests")
        for c in Commands.all { #expect(r.err.contains("  \(c.name) ")) }
    }

    @Test(arguments: Commands.all.map(\.name))
    func everyCommandHasHelpWithEveryFlagAndAnExample(_ name: String) throws {
        let command = try #require(Commands.named(name))
        for args in [["help", name], [name, "--help"], [name, "-h"]] {
            let r = TestSupport.run(args)
            #expect(r.status == 0)
            #expect(r.err.contains("Usage: msrender \(name)"))
            for option in command.options + [Command.helpOption] {
                #expect(r.err.contains("--\(option.name)"), "\(name) help lacks --\(option.name)")
                #expect(option.example != nil, "--\(option.name) has no example")
                if let e = option.example { #expect(r.err.contains("e.g. " + e)) }
            }
            #expect(r.err.contains("Examples:"))
        }
    }

    @Test(
        arguments: [
            (["buidl", "x.yaml"], "unknown command 'buidl'; did you mean 'build'?"),
            (["valdate"], "unknown command 'valdate'; did you mean 'validate'?"),
            (["help", "convrt"], "unknown command 'convrt'; did you mean 'convert'?"),
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
            (
                ["build", "--config", "/nonexistent/msrender.yaml", "x.yaml"],
                "--config /nonexistent/msrender.yaml: no such file"
            ),
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
