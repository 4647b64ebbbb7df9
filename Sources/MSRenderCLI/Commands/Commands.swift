/// The table of msrender's commands, in the order help lists them.
enum Commands {
    static let all: [Command] = [
        BuildCommand.command,
        BuildCommand.validateCommand,
        BuildCommand.diffCommand,
        ConvertCommand.command,
        FnCommand.command,
        ExplainCommand.command,
        SchemaCommand.command,
        HelpCommand.command,
        VersionCommand.command,
    ]

    static func named(_ name: String) -> Command? { all.first { $0.name == name } }

    static var names: [String] { all.map(\.name) }
}
