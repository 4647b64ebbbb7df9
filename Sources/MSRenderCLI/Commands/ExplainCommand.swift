import MSModel
import MSRender

/// `msrender explain [PATH]`: the ModelService fields, offline, like `kubectl explain`.
enum ExplainCommand {
    static let command = Command(
        name: "explain",
        summary: "Describe a ModelService field: type, default, limits, and what msrender does.",
        usage: "msrender explain [--recursive] [PATH]",
        discussion: """
            PATH is a dot-separated field path such as spec.decode.parallelism.tensor; it may
            start with the kind (modelservice.spec.engine, any case), and list indexes or map
            keys as diagnostics print them (env[2], limits[cpu]) are ignored. Without PATH the
            whole ModelService is explained. The text comes from the same tables the decoder
            checks against, so it always matches what build and validate accept.
            """,
        options: [
            OptionSpec(
                "recursive", .flag, help: "List every field below PATH as a tree (names and types).",
                example: "spec --recursive")
        ],
        examples: [
            "msrender explain spec.decode.parallelism.tensor",
            "msrender explain spec.decode",
            "msrender explain modelservice.spec.engine.image",
            "msrender explain --recursive",
        ],
        run: run
    )

    static func run(_ args: ParsedArguments, _ console: Console) -> Int32 {
        guard args.operands.count <= 1 else {
            return MSRenderCLI.usageError(
                UsageError("explain takes one PATH, got \(args.operands.count)", command: "explain"),
                console: console)
        }
        switch ExplainPath.resolve(args.operands.first ?? ModelServiceDecoder.kind) {
        case .success(let field):
            console.write(ExplainText.render(field, recursive: args.flag("recursive") ?? false))
            return ExitStatus.success
        case .failure(let problem):
            console.error("msrender: error: \(problem.path): \(problem.message)")
            return ExitStatus.failure
        }
    }
}
