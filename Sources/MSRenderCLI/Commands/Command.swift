/// One msrender command: its name, help, options and what it does.
struct Command: Sendable {
    var name: String
    var summary: String
    var usage: String
    var discussion: String
    var options: [OptionSpec]
    var examples: [String]
    var run: @Sendable (ParsedArguments, Console) -> Int32

    var parser: ArgumentParser { ArgumentParser(command: name, specs: options + [Command.helpOption]) }

    static let helpOption = OptionSpec(
        "help", short: "h", .flag, help: "Show help for this command.", example: "msrender build --help")
}

/// Exit statuses: 0 success, 1 invalid input or a failed check, 2 usage error.
enum ExitStatus {
    static let success: Int32 = 0
    static let failure: Int32 = 1
    static let usage: Int32 = 2
    /// Standard output's reader went away (`| head`): 128 + SIGPIPE, as if killed by it.
    static let brokenPipe: Int32 = 141
}
