/// Splits a command line into options and operands against a command's option specs.
///
/// Accepted forms: `--name value`, `--name=value`, `-o value`, `-ovalue`, `--flag`,
/// `--flag=true|false`; `--` ends options; a lone `-` is an operand (stdin). Unknown
/// options are usage errors with the nearest known name suggested. A flag followed by
/// a separate `true` or `false` is a usage error too: the word would be read as a PATH
/// (`--prune false` would render a file named false), so the `--prune=false` spelling
/// is shown instead.
struct ArgumentParser {
    var command: String
    var specs: [OptionSpec]

    func parse(_ arguments: [String]) throws(UsageError) -> ParsedArguments {
        var result = ParsedArguments()
        var index = 0
        var optionsEnded = false
        while index < arguments.count {
            let arg = arguments[index]
            index += 1
            if optionsEnded || arg == "-" || !arg.hasPrefix("-") {
                result.operands.append(arg)
                continue
            }
            if arg == "--" {
                optionsEnded = true
                continue
            }
            let (spec, inline) = try lookup(arg)
            if !spec.takesValue {
                guard let v = inline else {
                    if index < arguments.count, arguments[index] == "true" || arguments[index] == "false" {
                        throw Self.separateBoolean(arg, spec, arguments[index], command: command)
                    }
                    result.add(spec.name, "true")
                    continue
                }
                guard v == "true" || v == "false" else {
                    throw UsageError("--\(spec.name) takes true or false, not \"\(v)\"", command: command)
                }
                result.add(spec.name, v)
                continue
            }
            if let v = inline {
                result.add(spec.name, v)
            } else if index < arguments.count {
                result.add(spec.name, arguments[index])
                index += 1
            } else {
                throw UsageError("--\(spec.name) needs a value", command: command)
            }
        }
        return result
    }

    /// The spec an argument names, and a value given inline (`--x=v`, `-ov`).
    private func lookup(_ arg: String) throws(UsageError) -> (OptionSpec, String?) {
        if arg.hasPrefix("--") {
            let body = arg.dropFirst(2)
            let name: Substring
            let inline: String?
            if let eq = body.firstIndex(of: "=") {
                name = body[..<eq]
                inline = String(body[body.index(after: eq)...])
            } else {
                name = body
                inline = nil
            }
            if let spec = specs.first(where: { $0.name == name }) { return (spec, inline) }
            throw unknown("--\(name)")
        }
        let chars = Array(arg.dropFirst())
        if let c = chars.first, let spec = specs.first(where: { $0.short == c }) {
            let rest = String(chars.dropFirst())
            if rest.isEmpty { return (spec, nil) }
            if spec.takesValue { return (spec, rest.hasPrefix("=") ? String(rest.dropFirst()) : rest) }
        }
        throw unknown(arg)
    }

    private func unknown(_ option: String) -> UsageError {
        let names = specs.map { "--\($0.name)" } + specs.compactMap { $0.short.map { "-\($0)" } }
        let message = "unknown option '\(option)' for '\(command)'" + UsageError.didYouMean(option, in: names)
        return UsageError(message, command: command)
    }

    private static func separateBoolean(_ arg: String, _ spec: OptionSpec, _ word: String, command: String)
        -> UsageError
    {
        UsageError(
            "\(arg) is a flag and takes no separate value; write --\(spec.name)=\(word) "
                + "(a separate '\(word)' would be read as a PATH)", command: command)
    }
}
