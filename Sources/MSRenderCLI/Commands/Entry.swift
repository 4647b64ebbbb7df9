import MSModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

#if canImport(Glibc)
    /// glibc's `mallopt` (`<malloc.h>`, which the Glibc module does not import).
    @_silgen_name("mallopt")
    private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif

/// The msrender command line.
///
/// Conventions (git, kubectl, swift-argument-parser): help that is asked for
/// (`--help`, `-h`, `help [COMMAND]`, `COMMAND --help`) goes to stdout with exit 0; a
/// usage error goes to stderr with the command's one-line usage and exit 2;
/// `msrender` alone asks for nothing and is a usage error (the overview, on stderr).
public enum MSRenderCLI {
    /// The version `msrender --version` prints.
    public static let version = "0.1.0"

    /// Runs msrender with the process arguments and exits with its status.
    public static func runAndExit(_ arguments: [String]) -> Never {
        // A closed pipe (`msrender build | head`) fails the write (EPIPE), which stops
        // the run quietly; the process then dies of SIGPIPE as `yes | head` does.
        signal(SIGPIPE, SIG_IGN)
        keepFreedMemory()
        Console.guardStandardDescriptors()
        let console = Console.standard()
        let status = console.finish(main(PathBytes.arguments(arguments), console: console))
        if status == ExitStatus.brokenPipe {
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
        }
        exit(status)
    }

    /// A run is short: memory it frees is kept for reuse rather than given back to the
    /// kernel and asked for again. By default glibc trims the heap after every batch of
    /// rendered output and grows it again for the next, one page fault at a time (1,000
    /// services: 4,306 minor page faults and 108 brk calls; without trimming 1,835 and
    /// 26, peak memory the same; `convert` peaks unchanged). Only the trim threshold is
    /// set: a larger top pad or mmap threshold raised `convert`'s peak by a third.
    static func keepFreedMemory() {
        #if canImport(Glibc)
            // <malloc.h>: M_TRIM_THRESHOLD is -1.
            _ = glibcMallopt(-1, 256 << 20)
        #endif
    }

    /// Runs msrender on `arguments` (argv, the program name first).
    static func main(_ arguments: [String], console: Console) -> Int32 {
        let args = Array(arguments.dropFirst())
        guard let first = args.first else {
            console.error(String(Help.overview.dropLast()))
            return ExitStatus.usage
        }
        // `msrender --version` alone (scripts probing for msrender): no command table needed.
        if args.count == 1 && first == "--version" {
            console.write(VersionCommand.line)
            return ExitStatus.success
        }
        let name: String
        switch first {
        case "--help", "-h", "--help=true": name = HelpCommand.command.name
        case "--version": name = VersionCommand.command.name
        case _ where first.hasPrefix("-") && first != "-":
            return usageError(optionBeforeCommand(first), console: console)
        default: name = first
        }
        guard let command = Commands.named(name) else {
            let message = "unknown command '\(name)'" + UsageError.didYouMean(name, in: Commands.names)
            return usageError(UsageError(message), console: console)
        }
        let rest = Array(args.dropFirst())
        // Help wins over everything else on the line, as in swift-argument-parser.
        if asksForHelp(rest) {
            console.write(Help.text(for: command))
            return ExitStatus.success
        }
        let parsed: ParsedArguments
        do { parsed = try command.parser.parse(rest) } catch {
            return usageError(error, console: console)
        }
        return command.run(parsed, console)
    }

    /// Prints a usage error with the one-line usage of its command; exit 2.
    static func usageError(_ error: UsageError, console: Console) -> Int32 {
        console.error("msrender: error: \(error.message)")
        if let name = error.command, let command = Commands.named(name) {
            console.error("Usage: \(command.usage)")
            console.error("See 'msrender help \(name)' for its options and examples.")
        } else {
            console.error("Usage: \(Help.overviewUsage)")
            console.error("See 'msrender help' for the commands.")
        }
        return ExitStatus.usage
    }

    /// Whether a command's arguments ask for its help (before a `--`).
    static func asksForHelp(_ args: [String]) -> Bool {
        for arg in args {
            if arg == "--" { return false }
            if arg == "--help" || arg == "-h" || arg == "--help=true" { return true }
        }
        return false
    }

    /// An option where the command should be: misplaced when a command knows it.
    static func optionBeforeCommand(_ arg: String) -> UsageError {
        let option = String(arg.prefix { $0 != "=" })
        func owner(_ o: String) -> Command? {
            Commands.all.first { c in c.options.contains { "--" + $0.name == o || $0.short.map { "-\($0)" } == o } }
        }
        if let c = owner(option) {
            return UsageError("option '\(option)' goes after the command, as in 'msrender \(c.name) \(option) ...'")
        }
        var known = ["--help", "--version"]
        for c in Commands.all {
            for o in c.options where !known.contains("--" + o.name) { known.append("--" + o.name) }
        }
        guard let near = Suggestion.closest(to: option, in: known) else {
            return UsageError("unknown option '\(option)'")
        }
        let placement = owner(near).map { " (after the command, as in 'msrender \($0.name) \(near) ...')" } ?? ""
        return UsageError("unknown option '\(option)'; did you mean '\(near)'?" + placement)
    }
}
