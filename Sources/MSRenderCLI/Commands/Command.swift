/// One msrender command: its name, help, options and what it does.
struct Command: Sendable {
    var name: String
    var summary: String
    var usage: String
    var discussion: String
    var options: [OptionSpec]
    var examples: [String]
    /// The whole command line an option's example fragment is shown in (`--format json`
    /// becomes `msrender build --format json manifests/`), so that every `e.g.` line in
    /// help is this command's own and runs as printed; nil: `msrender NAME FRAGMENT`.
    var exampleLine: (@Sendable (String) -> String)? = nil
    var run: @Sendable (ParsedArguments, Console) -> Int32

    var parser: ArgumentParser { ArgumentParser(command: name, specs: options + [Command.helpOption]) }

    static let helpOption = OptionSpec("help", short: "h", .flag, help: "Show help for this command.")

    /// The example line of an option of this command (the help option's: `msrender NAME --help`).
    func example(of option: OptionSpec) -> String? {
        if option.name == Command.helpOption.name { return "msrender \(name) --help" }
        guard let fragment = option.example else { return nil }
        return exampleLine?(fragment) ?? "msrender \(name) \(fragment)"
    }
}

/// Exit statuses: 0 success, 1 invalid input, an unreadable file or a failed check,
/// 2 usage error.
enum ExitStatus {
    static let success: Int32 = 0
    static let failure: Int32 = 1
    static let usage: Int32 = 2
    /// Standard output's reader went away (`| head`): 128 + SIGPIPE, as if killed by it.
    static let brokenPipe: Int32 = 141
}
