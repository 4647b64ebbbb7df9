import MSModel
import MSYAML

/// `msrender convert`: a yq-like YAML/JSON converter over the project's own reader and writer.
enum ConvertCommand {
    static let command = Command(
        name: "convert",
        summary: "Convert a YAML or JSON stream to JSON (one text per document) or YAML.",
        usage: "msrender convert [--to json|yaml] [--sort-keys] [FILE|-]",
        discussion: """
            Reads one file (or standard input when FILE is '-' or missing) holding YAML 1.2
            or JSON documents. --to json writes one compact JSON text per document, one per
            line; --to yaml writes a YAML stream in msrender's output style. Values are kept
            exactly (integers of any size, floats as written); .inf, .nan and keys that
            become one JSON name are errors in JSON.
            """,
        options: [
            OptionSpec(
                "to", .value(placeholder: "json|yaml"), help: "Output format (default json).", example: "--to yaml"),
            OptionSpec(
                "sort-keys", .flag, help: "Sort mapping keys (default: keep input order).", example: "--sort-keys"),
        ],
        examples: [
            "msrender convert ms.yaml",
            "cat ms.json | msrender convert --to yaml -",
        ],
        exampleLine: { "msrender convert \($0) ms.yaml" },
        run: run
    )

    static func run(_ args: ParsedArguments, _ console: Console) -> Int32 {
        let format = args.value("to") ?? "json"
        guard format == "json" || format == "yaml" else {
            return MSRenderCLI.usageError(
                UsageError("--to takes json or yaml, not \"\(format)\"", command: "convert"), console: console)
        }
        guard args.operands.count <= 1 else {
            return MSRenderCLI.usageError(
                UsageError("convert takes one FILE (or '-'), got \(args.operands.count)", command: "convert"),
                console: console)
        }
        let sortKeys = args.flag("sort-keys") ?? false
        let loaded = InputLoader(console: console).load(args.operands.isEmpty ? ["-"] : args.operands)
        let printer = DiagnosticPrinter(console: console)
        if let error = loaded.errors.first {
            printer.print(error)
            return ExitStatus.failure
        }
        guard let source = loaded.texts.first else {
            printer.print(InputError(path: args.operands.first ?? "<stdin>", message: "no YAML or JSON file found"))
            return ExitStatus.failure
        }
        let sourcePrinter = DiagnosticPrinter(console: console, sources: [source.displayName: source.bytes])
        // Documents are converted one at a time, so only one document is alive; what
        // a writer refuses (`.inf` in JSON, two keys that become one) is reported at
        // its place in the input, and then nothing is written.
        let emit: StreamConverter.Emit = { value, out throws(EmitError) in
            if format == "json" {
                try JSONWriter.write(value, pretty: false, sortKeys: sortKeys, into: &out)
                out.append(0x0A)
            } else {
                out += "---\n".utf8
                try YAMLEmitter.emit(value, into: &out, options: EmitterOptions(sortKeys: sortKeys))
            }
        }
        let out: [UInt8]
        switch StreamConverter.convert(source.bytes, fastJSON: format == "json" && !sortKeys, emit: emit) {
        case .converted(let bytes): out = bytes
        case .refused(let refusals):
            sourcePrinter.print(
                refusals.map {
                    .error($0.error.message, file: source.displayName, mark: $0.mark, path: $0.error.path)
                })
            return ExitStatus.failure
        case .failed(let error):
            sourcePrinter.print([.error(error.message, file: source.displayName, mark: error.mark, path: "")])
            return ExitStatus.failure
        }
        console.write(bytes: out)
        return ExitStatus.success
    }
}
