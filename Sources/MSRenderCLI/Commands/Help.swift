import MSModel

/// The text of `msrender help` (the overview) and `msrender help COMMAND`.
///
/// Every example in them is a whole command line that runs as printed (a test runs each
/// one): the lines under `Examples:` and the text after each `e.g. `.
enum Help {
    static let overviewUsage = "msrender COMMAND [OPTIONS] [PATH...]"

    static var overview: String {
        var lines = [
            "msrender renders an OtterScale ModelService into the Kubernetes objects the model",
            "operator would create, without a cluster.",
            "",
            "Usage: \(overviewUsage)",
            "",
            "Commands:",
        ]
        for c in Commands.all { lines.append("  " + pad(c.name, 10) + c.summary) }
        lines += [
            "",
            "Examples:",
            "  msrender build ms.yaml | kubectl apply -f -",
            "  msrender validate --others=skip examples/",
            "  msrender help build",
            "",
            "Exit status: 0 success; 1 invalid input, a file named on the command line that",
            "cannot be read (an input or --config FILE) or a failed check; 2 usage error (an",
            "unknown command or option, a malformed flag value).",
            "Help that is asked for goes to stdout; 'msrender' alone is a usage error: this",
            "overview on stderr, exit 2.",
            "Run 'msrender help COMMAND' for a command's options and examples.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    static func text(for command: Command) -> String {
        var lines = ["Usage: \(command.usage)", "", command.summary]
        if !command.discussion.isEmpty { lines += ["", command.discussion] }
        lines += ["", "Options:"]
        for o in command.options + [Command.helpOption] {
            lines.append("  " + pad(o.synopsis, 36) + o.help)
            if let e = command.example(of: o) { lines.append("  " + pad("", 36) + "e.g. " + e) }
        }
        if !command.examples.isEmpty {
            lines += ["", "Examples:"] + command.examples.map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + "  " : s + String(repeating: " ", count: width - s.count)
    }
}
