/// `msrender help [COMMAND]`: the overview, or one command's help, on stdout.
enum HelpCommand {
    static let command = Command(
        name: "help",
        summary: "Show the overview, or a command's options and examples.",
        usage: "msrender help [COMMAND]",
        discussion: "Same as 'msrender --help' and 'msrender COMMAND --help'.",
        options: [],
        examples: ["msrender help", "msrender help build", "msrender help help"],
        run: run
    )

    static func run(_ args: ParsedArguments, _ console: Console) -> Int32 {
        guard let name = args.operands.first else {
            console.write(Help.overview)
            return ExitStatus.success
        }
        guard args.operands.count == 1 else {
            return MSRenderCLI.usageError(
                UsageError("help takes one COMMAND, got \(args.operands.count)", command: "help"), console: console)
        }
        guard let topic = Commands.named(name) else {
            let message = "unknown help topic '\(name)'" + UsageError.didYouMean(name, in: Commands.names)
            return MSRenderCLI.usageError(UsageError(message, command: "help"), console: console)
        }
        console.write(Help.text(for: topic))
        return ExitStatus.success
    }
}

/// `msrender version` (also `msrender --version`).
enum VersionCommand {
    static let command = Command(
        name: "version",
        summary: "Print msrender's version (also --version).",
        usage: "msrender version",
        discussion: "",
        options: [],
        examples: ["msrender version", "msrender --version"],
        run: { args, console in
            guard args.operands.isEmpty else {
                return MSRenderCLI.usageError(
                    UsageError("version takes no arguments", command: "version"), console: console)
            }
            console.write(line)
            return ExitStatus.success
        }
    )

    static var line: String { "msrender \(MSRenderCLI.version)\n" }
}
