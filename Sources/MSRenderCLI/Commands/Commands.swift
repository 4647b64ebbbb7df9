import MSYAML

/// The table of msrender's commands, in the order help lists them.
///
/// Built one command at a time: `msrender build` makes only build's options and help
/// texts, not the other eight commands' (start-up, README "Performance").
enum Commands {
    static let names = ["build", "validate", "diff", "convert", "fn", "explain", "schema", "help", "version"]

    /// Every command (help's overview and option suggestions build them all).
    static var all: [Command] { names.compactMap(named) }

    /// The command called `name`, compared as bytes.
    static func named(_ name: String) -> Command? {
        guard let known = names.first(where: { UTF8Text.equal($0, name) }) else { return nil }
        return command(known)
    }

    /// `known` is one of `names` (a test checks that each gives its own command).
    private static func command(_ known: String) -> Command? {
        switch known {
        case "build": return BuildCommand.command
        case "validate": return BuildCommand.validateCommand
        case "diff": return BuildCommand.diffCommand
        case "convert": return ConvertCommand.command
        case "fn": return FnCommand.command
        case "explain": return ExplainCommand.command
        case "schema": return SchemaCommand.command
        case "help": return HelpCommand.command
        case "version": return VersionCommand.command
        default: return nil
        }
    }
}
