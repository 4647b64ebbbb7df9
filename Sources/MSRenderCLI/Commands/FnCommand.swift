import MSModel
import MSRender
import MSYAML

/// `msrender fn`: a KRM function (kpt, kustomize exec plugins).
///
/// Reads a `config.kubernetes.io/v1` ResourceList on stdin and writes one on stdout:
/// every ModelService among `items` (and a ModelService given as `functionConfig`) is
/// replaced by its rendered objects; every other item passes through unchanged, its
/// annotations included, written from its node tree so every scalar keeps its text and
/// style and every collection its flow or block form (kpt takes styles from a
/// function's output). Rendered objects are written as `build` writes them (sorted
/// keys). Problems become `results` entries and a non-zero exit.
enum FnCommand {
    static let command = Command(
        name: "fn",
        summary: "Run as a KRM function: ResourceList on stdin, ResourceList on stdout.",
        usage: "msrender fn [SETTINGS]",
        discussion: """
            Follows the KRM functions specification (config.kubernetes.io/v1 ResourceList).
            Render settings come from the flags given after 'msrender fn' in --exec.
            """,
        options: SettingsOptions.specs + BuildCommand.checkOptions,
        examples: [
            "kpt fn eval manifests/ --exec \"msrender fn\" --output stdout",
            "kpt fn eval manifests/ --exec \"msrender fn --namespace ml\"",
        ],
        exampleLine: { "kpt fn eval manifests/ --exec \"msrender fn \($0)\"" },
        run: run
    )

    static func run(_ args: ParsedArguments, _ console: Console) -> Int32 {
        guard args.operands.isEmpty else {
            return MSRenderCLI.usageError(
                UsageError("fn reads a ResourceList on standard input and takes no PATH", command: "fn"),
                console: console)
        }
        let resolved: (RenderOptions, [Diagnostic], [String: [UInt8]])
        do { resolved = try Settings.resolve(args, command: "fn", console: console) } catch {
            return error.report(to: console)
        }
        let (options, settingsDiagnostics, _) = resolved
        let bytes: [UInt8]
        do { bytes = try console.readStdin() } catch {
            DiagnosticPrinter(console: console).print(error)
            return ExitStatus.failure
        }
        let list: ResourceListInput
        do { list = try ResourceListInput.parse(bytes) } catch {
            // Without a ResourceList there is nothing to answer with: report on stderr.
            DiagnosticPrinter(console: console, sources: ["<stdin>": bytes]).print([
                .error(error.message, file: "<stdin>", mark: error.mark, path: "")
            ])
            return ExitStatus.failure
        }
        var result =
            settingsDiagnostics.isEmpty ? BuildPipeline.run(items: list.modelServices, options: options) : BuildResult()
        result.diagnostics =
            settingsDiagnostics + result.diagnostics + list.listsHoldingModelServices.map(unrenderedList)
        result.warnUnusedMirrors(options)
        if args.flag("strict") == true { result.treatWarningsAsErrors() }
        if args.flag("quiet") == true { result.diagnostics.removeAll { $0.severity == .warning } }
        let failed = result.errorCount > 0
        // On failure the items go back untouched, with the results saying why.
        var items = list.passThrough
        if failed {
            items = list.allItems
        } else {
            var placer = FilePlacer(items: items)
            for service in result.services {
                items += service.resources.map {
                    Node(placer.place($0.body, in: service.modelService.source), sortKeys: true)
                }
            }
        }
        var out: [Node.Pair] = [
            field("apiVersion", Node(.string(list.apiVersion))), field("kind", Node("ResourceList")),
            field("items", Node(.sequence(items), mark: .start)),
        ]
        if let config = list.functionConfig { out.append(field("functionConfig", config)) }
        if !result.diagnostics.isEmpty {
            out.append(
                field("results", Node(.sequence(DiagnosticPrinter.ordered(result.diagnostics).map(resultEntry)))))
        }
        do {
            console.write(try NodeEmitter.emit(Node(.mapping(out), mark: .start)))
        } catch {
            // Only a tree with two equal keys is refused, which the reader never builds.
            console.error("msrender: error: cannot write the ResourceList: \(error.path): \(error.message)")
            return ExitStatus.failure
        }
        return failed ? ExitStatus.failure : ExitStatus.success
    }

    private static func field(_ key: String, _ value: Node) -> Node.Pair {
        Node.Pair(key: Node(.string(key)), value: value)
    }

    /// One `results` entry as the KRM functions specification has it: message,
    /// severity, `resourceRef` (the ModelService), `field.path`, and `file.path` with
    /// `file.index` from the item's annotations. An item's marks are places in the
    /// ResourceList stream, not in the user's file, so they are never shown; a problem in
    /// a real file (the `--config` file) says its line and column in the message.
    static func resultEntry(_ d: Diagnostic) -> Value {
        var message = d.message
        var file: [(String, Value)] = []
        if let subject = d.subject {
            if !UTF8Text.equal(d.file, "<stdin>") { file.append(("path", .string(d.file))) }
            if let index = subject.index, !file.isEmpty { file.append(("index", .number(Number(index)))) }
        } else if d.mark.line > 0 {
            file.append(("path", .string(d.file)))
            message += " (at \(d.file):\(d.mark))"
        }
        var entry: [(String, Value)] = [
            ("message", .string(message)),
            ("severity", .string(d.severity == .error ? "error" : "warning")),
        ]
        if let s = d.subject, let name = s.name {
            var ref: [(String, Value)] = [
                ("apiVersion", .string(s.apiVersion)), ("kind", .string(s.kind)), ("name", .string(name)),
            ]
            if let namespace = s.namespace { ref.append(("namespace", .string(namespace))) }
            entry.append(("resourceRef", .object(ref)))
        }
        if !d.path.isEmpty { entry.append(("field", ["path": .string(d.path)])) }
        if !file.isEmpty { entry.append(("file", .object(file))) }
        return .object(entry)
    }

    /// A List item holding ModelServices passes through unrendered: kpt reads a List in a
    /// package as one resource, and so does every other function.
    private static func unrenderedList(_ item: BuildPipeline.Item) -> Diagnostic {
        var d = Diagnostic.warning(
            "this List holds ModelServices, which are not rendered: kpt reads a List in a package as one resource; "
                + "write its items as separate documents (---) to render them",
            file: item.file, mark: item.root.mark, path: "")
        if let place = item.krm { d.subject = BuildPipeline.subject(item.root, place) }
        return d
    }
}

/// Puts rendered objects in the file their ModelService came from (kpt writes items
/// back by their `config.kubernetes.io/path` and `index` annotations), with indexes after
/// the ones that file already uses. Objects of a ModelService without a path get none.
struct FilePlacer {
    static let pathKeys = ["config.kubernetes.io/path", "internal.config.kubernetes.io/path"]
    static let indexKeys = ["config.kubernetes.io/index", "internal.config.kubernetes.io/index"]
    /// By path, as bytes (a `.string` Value hashes its bytes; a String key would not).
    private var nextIndex: [Value: Int] = [:]

    init(items: [Node]) {
        for item in items {
            let annotations = item["metadata"]?["annotations"]
            guard let path = annotations?[Self.pathKeys[0]]?.stringText,
                let index = annotations?[Self.indexKeys[0]]?.stringText.flatMap({ Int($0) })
            else { continue }
            nextIndex[.string(path)] = max(nextIndex[.string(path)] ?? 0, index + 1)
        }
    }

    mutating func place(_ body: Value, in path: String) -> Value {
        guard !UTF8Text.equal(path, "<stdin>"), case .mapping(var entries) = body,
            let m = entries.firstIndex(where: { $0.key == "metadata" }),
            case .mapping(var metadata) = entries[m].value
        else { return body }
        let index = nextIndex[.string(path)] ?? 0
        nextIndex[.string(path)] = index + 1
        var annotations: [Value.Entry] = []
        if let a = metadata.firstIndex(where: { $0.key == "annotations" }) {
            if case .mapping(let existing) = metadata[a].value { annotations = existing }
            metadata.remove(at: a)
        }
        for key in Self.pathKeys { annotations.append(Value.Entry(key: .string(key), value: .string(path))) }
        for key in Self.indexKeys { annotations.append(Value.Entry(key: .string(key), value: .string(String(index)))) }
        metadata.append(Value.Entry(key: "annotations", value: .mapping(annotations)))
        entries[m].value = .mapping(metadata)
        return .mapping(entries)
    }
}
