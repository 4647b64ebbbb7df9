import MSModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The msrender command line.
public enum MSRenderCLI {
    /// The version `msrender --version` prints.
    public static let version = "0.1.0"

    /// Runs msrender with the process arguments and exits with its status.
    public static func runAndExit(_ arguments: [String]) -> Never {
        // A closed pipe (`msrender build | head`) fails the write (EPIPE), which stops
        // the run quietly; the process then dies of SIGPIPE as `yes | head` does.
        signal(SIGPIPE, SIG_IGN)
        Console.guardStandardDescriptors()
        let console = Console.standard()
        let status = console.finish(main(PathBytes.arguments(arguments), console: console))
        if status == ExitStatus.brokenPipe {
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
        }
        exit(status)
    }

    /// Runs msrender on `arguments` (argv, the program name first).
    static func main(_ arguments: [String], console: Console) -> Int32 {
        let args = Array(arguments.dropFirst())
        guard let first = args.first else {
            console.error(Help.overview)
            return ExitStatus.usage
        }
        switch first {
        case "--help", "-h":
            console.error(Help.overview)
            return ExitStatus.success
        case "--version", "version":
            console.write("msrender \(version)\n")
            return ExitStatus.success
        case "help":
            return Help.run(Array(args.dropFirst()), console: console)
        default:
            break
        }
        guard let command = Commands.named(first) else {
            var message = "unknown command '\(first)'"
            if let near = Suggestion.closest(to: first, in: Commands.all.map(\.name) + ["help", "version"]) {
                message += "; did you mean '\(near)'?"
            }
            return usageError(UsageError(message), console: console)
        }
        let parsed: ParsedArguments
        do { parsed = try command.parser.parse(Array(args.dropFirst())) } catch {
            return usageError(error, console: console)
        }
        if parsed.flag("help") == true {
            console.error(Help.text(for: command))
            return ExitStatus.success
        }
        return command.run(parsed, console)
    }

    static func usageError(_ error: UsageError, console: Console) -> Int32 {
        console.error("msrender: error: \(error.message)")
        console.error("Run 'msrender help\(error.command.map { " " + $0 } ?? "")' for usage.")
        return ExitStatus.usage
    }
}
