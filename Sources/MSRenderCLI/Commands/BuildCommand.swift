import MSModel
import MSRender

/// `msrender build`, `validate` and `diff`: render ModelServices to stdout, a folder,
/// or a comparison with a folder.
enum BuildCommand {
    static let formatOption = OptionSpec(
        "format", .value(placeholder: "yaml|json"), help: "Output format: a YAML stream (default) or one v1 List.",
        example: "--format json")
    static let checkOption = OptionSpec(
        "check", .value(placeholder: "DIR"),
        help: "Compare with DIR instead of writing; print a diff, exit 1 when different.",
        example: "--check rendered/")
    static let outputOptions: [OptionSpec] = [
        formatOption,
        OptionSpec(
            "output", short: "o", .value(placeholder: "DIR"),
            help: "Write DIR/<namespace>/<name>.yaml per ModelService instead of stdout.", example: "-o rendered/"),
        OptionSpec(
            "prune", .flag, help: "With -o: delete files msrender wrote earlier for ModelServices now gone.",
            example: "-o rendered/ --prune"),
        checkOption,
    ]
    static let checkOptions: [OptionSpec] = [
        OptionSpec("quiet", short: "q", .flag, help: "Do not print warnings.", example: "--quiet"),
        OptionSpec("strict", .flag, help: "Treat warnings as errors.", example: "--strict"),
    ]

    static let command = Command(
        name: "build",
        summary: "Render ModelServices into the Kubernetes objects the operator creates.",
        usage: "msrender build [OPTIONS] PATH...",
        discussion: """
            PATH is a file (*.yaml, *.yml, *.json; many documents allowed), a folder (read
            recursively, in byte order of the path) or '-' for standard input. A file may
            hold YAML documents or a JSON stream; a List (kubectl get -o yaml) stands for
            its items. Output is ordered by namespace and name, one '---' document per
            object, each with a '# Source:' line; with --others=pass, other objects come
            unchanged before (namespaces, config, RBAC) and after (workloads, the rest) the
            rendered ones. Nothing is written when any input has an error.
            """,
        options: SettingsOptions.specs + outputOptions + [OthersMode.option] + checkOptions,
        examples: [
            "msrender build ms.yaml | kubectl apply -f -",
            "msrender build --others=skip --provider gke --namespace ml examples/",
            "msrender build --others=pass examples/gitops/ | kubectl apply -f -",
            "msrender build manifests/ -o rendered/ --prune",
            "msrender build manifests/ --check rendered/   # in CI: fail when stale",
        ],
        exampleLine: { "msrender build \($0) manifests/" },
        run: { args, console in run(args, console, mode: .build) }
    )

    static let validateCommand = Command(
        name: "validate",
        summary: "Check ModelServices as build does, without output; list every problem.",
        usage: "msrender validate [OPTIONS] PATH...",
        discussion: "Exit status 0 when every input is valid, 1 otherwise.",
        options: SettingsOptions.specs + [OthersMode.option] + checkOptions,
        examples: ["msrender validate --others=skip examples/", "msrender validate --strict ms.yaml"],
        exampleLine: { "msrender validate \($0) manifests/" },
        run: { args, console in run(args, console, mode: .validate) }
    )

    static let diffCommand = Command(
        name: "diff",
        summary: "Compare rendered output with a folder written by 'build -o' (same as build --check).",
        usage: "msrender diff --check DIR [OPTIONS] PATH...",
        discussion:
            "Prints a unified diff of every difference, missing and extra files included; exit 0 when equal, 1 when different.",
        options: SettingsOptions.specs + [formatOption, checkOption, OthersMode.option] + checkOptions,
        examples: ["msrender diff --check rendered/ manifests/"],
        exampleLine: { option in
            let check = option.hasPrefix("--\(checkOption.name) ") ? "" : "--\(checkOption.name) rendered/ "
            return "msrender diff \(check)\(option) manifests/"
        },
        run: { args, console in run(args, console, mode: .diff) }
    )

    enum Mode { case build, validate, diff }

    static func run(_ args: ParsedArguments, _ console: Console, mode: Mode) -> Int32 {
        let name = mode == .build ? "build" : mode == .validate ? "validate" : "diff"
        let format: ManifestFormat
        var policy = InputPolicy()
        do {
            format = try ManifestFormat.parse(args.value("format"), command: name)
            policy.others = try OthersMode.parse(args.value(OthersMode.option.name), command: name)
            policy.json = format == .json && mode != .validate
            try checkCombination(args, mode: mode, command: name)
        } catch {
            return MSRenderCLI.usageError(error, console: console)
        }
        let resolved: (RenderOptions, [Diagnostic], [String: [UInt8]])
        do { resolved = try Settings.resolve(args, command: name, console: console) } catch {
            return error.report(to: console)
        }
        let (options, settingsDiagnostics, configSources) = resolved
        var printer = DiagnosticPrinter(console: console, sources: configSources, quiet: args.flag("quiet") ?? false)
        let loaded = InputLoader(console: console).load(args.operands)
        for e in loaded.errors { printer.print(e) }
        if !loaded.errors.isEmpty { return ExitStatus.failure }
        if !printer.quiet { for folder in loaded.emptyFolders { console.error(InputMessages.emptyFolder(folder)) } }
        for t in loaded.texts { printer.sources[t.displayName] = t.bytes }

        var result =
            settingsDiagnostics.isEmpty
            ? BuildPipeline.run(loaded.texts, options: options, policy: policy) : BuildResult()
        result.diagnostics = settingsDiagnostics + result.diagnostics
        result.warnUnusedMirrors(options)
        if args.flag("strict") == true { result.treatWarningsAsErrors() }
        printer.print(result.diagnostics)
        if !printer.quiet { for line in OtherDocuments.summary(result.skipped) { console.error(line) } }
        if result.errorCount > 0 {
            console.error(failureSummary(result, mode: args.has("check") ? .diff : mode))
            return ExitStatus.failure
        }
        if result.services.isEmpty && result.passed.isEmpty && !printer.quiet {
            console.error(Messages.noModelServices(loaded.texts.count))
        }
        switch mode {
        case .validate:
            let n = result.services.count
            let passed =
                result.passed.isEmpty
                ? "" : "; \(result.passed.count) other object\(result.passed.count == 1 ? "" : "s") to pass through"
            console.error("msrender: \(n) ModelService\(n == 1 ? "" : "s") valid" + passed)
            return ExitStatus.success
        case .diff:
            return FolderCommands.check(
                result.services, passed: result.passed, dir: args.value("check") ?? "", format: format, console: console
            )
        case .build:
            if let dir = args.value("check") {
                return FolderCommands.check(
                    result.services, passed: result.passed, dir: dir, format: format, console: console)
            }
            if let dir = args.value("output") {
                return FolderCommands.write(
                    result.services, passed: result.passed, dir: dir, format: format,
                    prune: args.flag("prune") ?? false, console: console)
            }
            do { try Manifests.write(result.services, passed: result.passed, format: format, to: console) } catch {
                return Manifests.report(error, console: console)
            }
            return ExitStatus.success
        }
    }

    /// The last line when inputs have errors, in each command's own words: validate
    /// never writes, diff and --check never compare when nothing renders.
    static func failureSummary(_ result: BuildResult, mode: Mode) -> String {
        let errors = "\(result.errorCount) error\(result.errorCount == 1 ? "" : "s")"
        switch mode {
        case .build: return "msrender: \(errors); nothing written"
        case .diff: return "msrender: \(errors); nothing compared"
        case .validate:
            let files = Set(result.diagnostics.filter { $0.severity == .error }.map(\.file))
            return "msrender: \(errors) in \(files.count) file\(files.count == 1 ? "" : "s")"
        }
    }

    private static func checkCombination(_ args: ParsedArguments, mode: Mode, command: String) throws(UsageError) {
        if args.operands.isEmpty {
            throw UsageError("no input: give ModelService files, folders or '-' for standard input", command: command)
        }
        if mode == .diff && !args.has("check") {
            throw UsageError("diff needs --check DIR (the folder to compare with)", command: command)
        }
        if args.has("check") && args.has("output") {
            throw UsageError("--check and --output cannot be combined", command: command)
        }
        if args.flag("prune") == true && !args.has("output") {
            throw UsageError("--prune works with --output DIR", command: command)
        }
        if args.flag("quiet") == true && args.flag("strict") == true {
            throw UsageError(
                "--quiet and --strict cannot be combined (strict turns warnings into errors)", command: command)
        }
    }
}

private enum Messages {
    /// Unlike `kubectl apply` ("no objects passed to apply", exit 1), an empty input is
    /// not an error: rendering nothing is well defined, and an emptied GitOps folder
    /// must still be able to prune its output (`-o DIR --prune`).
    static func noModelServices(_ files: Int) -> String {
        "msrender: notice: no ModelService in the input (\(files) file\(files == 1 ? "" : "s") read); nothing to render"
    }
}
