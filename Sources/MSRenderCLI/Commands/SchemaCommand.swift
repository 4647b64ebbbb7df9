import MSRender

/// `msrender schema`: the JSON Schema of a ModelService document, for editors.
enum SchemaCommand {
    static let command = Command(
        name: "schema",
        summary: "Print the JSON Schema (draft-07) of a ModelService document, for editors.",
        usage: "msrender schema [--check FILE]",
        discussion: """
            The schema is generated from the tables the decoder checks against: types, required
            fields, enums, ranges, lengths, CRD defaults, descriptions, and unknown fields
            rejected. Point the YAML language server (VS Code's YAML extension) at it with a
            line '# yaml-language-server: $schema=PATH' at the top of each ModelService
            document. schema/modelservice.schema.json in the repository is this output.
            """,
        options: [
            OptionSpec(
                "check", .value(placeholder: "FILE"),
                help: "Compare with FILE instead of printing; print a diff, exit 1 when different.",
                example: "--check modelservice.schema.json")
        ],
        examples: [
            "msrender schema > modelservice.schema.json",
            "msrender schema --check modelservice.schema.json   # in CI: fail when stale",
            "msrender schema > modelservice.schema.json && sed -i '1i # yaml-language-server: $schema=modelservice.schema.json' ms.yaml",
        ],
        run: run
    )

    static func run(_ args: ParsedArguments, _ console: Console) -> Int32 {
        guard args.operands.isEmpty else {
            return MSRenderCLI.usageError(UsageError("schema takes no PATH", command: "schema"), console: console)
        }
        let text = ModelServiceJSONSchema.text
        guard let path = args.value("check") else {
            console.write(text)
            return ExitStatus.success
        }
        let committed: [UInt8]
        do { committed = try InputLoader.readFile(path) } catch {
            DiagnosticPrinter(console: console).print(error)
            return ExitStatus.failure
        }
        guard !committed.elementsEqual(text.utf8) else { return ExitStatus.success }
        let old = String(decoding: committed, as: UTF8.self)
        console.write(UnifiedDiff.diff(old: old, new: text, oldName: path, newName: "msrender schema"))
        console.error("msrender: \(path) differs from msrender schema; regenerate it: msrender schema > \(path)")
        return ExitStatus.failure
    }
}
