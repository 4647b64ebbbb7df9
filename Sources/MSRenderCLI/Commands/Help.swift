import MSModel

/// The text of `msrender --help` and `msrender help COMMAND`.
enum Help {
    static var overview: String {
        var lines = [
            "msrender renders an OtterScale ModelService into the Kubernetes objects the model",
            "operator would create: msrender build ms.yaml | kubectl apply -f -",
            "",
            "Usage: msrender COMMAND [OPTIONS] [PATH...]",
            "",
            "Commands:",
        ]
        for c in Commands.all { lines.append("  " + pad(c.name, 10) + c.summary) }
        lines += [
            "  " + pad("help", 10) + "Show help for a command (msrender help build).",
            "  " + pad("version", 10) + "Print the version (also --version).",
            "",
            "Exit status: 0 success, 1 invalid input or failed check, 2 usage error.",
            "Run 'msrender help COMMAND' for a command's options and examples.",
        ]
        return lines.joined(separator: "\n")
    }

    static func text(for command: Command) -> String {
        var lines = ["Usage: \(command.usage)", "", command.summary]
        if !command.discussion.isEmpty { lines += ["", command.discussion] }
        if !command.options.isEmpty {
            lines += ["", "Options:"]
            for o in command.options + [Command.helpOption] {
                lines.append("  " + pad(o.synopsis, 36) + o.help)
                if let e = o.example { lines.append("  " + pad("", 36) + "e.g. " + e) }
            }
        }
        if !command.examples.isEmpty {
            lines += ["", "Examples:"] + command.examples.map { "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    static func run(_ args: [String], console: Console) -> Int32 {
        guard let name = args.first else {
            console.error(overview)
            return ExitStatus.success
        }
        guard let command = Commands.named(name) else {
            var message = "unknown command '\(name)'"
            if let near = Suggestion.closest(to: name, in: Commands.all.map(\.name)) {
                message += "; did you mean '\(near)'?"
            }
            return MSRenderCLI.usageError(UsageError(message), console: console)
        }
        console.error(text(for: command))
        return ExitStatus.success
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + "  " : s + String(repeating: " ", count: width - s.count)
    }
}
