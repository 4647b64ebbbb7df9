import MSModel
import MSRender

/// Render settings from `--config` and flags (flags win), checked before any rendering.
enum Settings {
    /// The options for a command line, or the diagnostics that stop it.
    ///
    /// The exit rule: a malformed flag is a usage error (exit 2); a `--config` file is an
    /// input like any PATH, so a file that cannot be read is an input error (exit 1, as a
    /// missing PATH is) and a problem inside it is a diagnostic at its FILE:LINE:COL.
    static func resolve(_ args: ParsedArguments, command: String, console: Console) throws(SettingsError) -> (
        RenderOptions, [Diagnostic], [String: [UInt8]]
    ) {
        var options = RenderOptions()
        var diagnostics: [Diagnostic] = []
        var sources: [String: [UInt8]] = [:]
        if let path = args.value("config") {
            let bytes: [UInt8]
            do { bytes = try InputLoader.readFile(path) } catch {
                throw .unreadable(InputError(path: path, message: "cannot read the --config file: \(error.message)"))
            }
            sources[path] = bytes
            var config = ConfigFile(file: path)
            config.apply(bytes, to: &options)
            diagnostics += config.diagnostics
        }
        do throws(UsageError) {
            try applyFlags(args, to: &options, command: command)
        } catch {
            throw .usage(error)
        }
        return (options, diagnostics, sources)
    }

    /// The flags over the config file's settings. The config only applies values that
    /// pass `problems`, so a problem found here is a flag's.
    private static func applyFlags(_ args: ParsedArguments, to options: inout RenderOptions, command: String)
        throws(UsageError)
    {
        if let p = args.value("provider") {
            guard let provider = Provider(rawValue: p) else {
                throw UsageError("--provider takes istio, gke or none, not \"\(p)\"", command: command)
            }
            options.provider = provider
        }
        if let b = args.flag("metrics-endpoint-auth") { options.metricsEndpointAuth = b }
        if let s = args.value("default-gateway-name") { options.defaultGatewayName = s }
        if let s = args.value("kit-image") { options.kitImage = s }
        if let s = args.value("default-engine-image") { options.defaultEngineImage = s }
        if let s = args.value("default-epp-image") { options.defaultEPPImage = s }
        if let s = args.value("default-routing-proxy-image") { options.defaultRoutingProxyImage = s }
        if let b = args.flag("tracing-enabled") { options.tracing.enabled = b }
        if let s = args.value("tracing-otel-endpoint") { options.tracing.otelExporterEndpoint = s }
        if let s = args.value("tracing-sampler") { options.tracing.sampler = s }
        if let s = args.value("tracing-sampler-arg") { options.tracing.samplerArg = s }
        if let s = args.value("version-label") { options.versionLabel = s }
        if let s = args.value("namespace") { options.namespace = s }
        for flag in args.all("epp-flag") {
            guard let eq = flag.firstIndex(of: "="), eq != flag.startIndex else {
                throw UsageError("--epp-flag takes KEY=VALUE, not \"\(flag)\"", command: command)
            }
            let key = String(flag[..<eq])
            options.eppFlags.removeAll { $0.key.utf8.elementsEqual(key.utf8) }
            options.eppFlags.append((key: key, value: String(flag[flag.index(after: eq)...])))
        }
        try applyImageMirrors(args.all("image-mirror"), to: &options, command: command)
        if let problem = problems(options).first {
            throw UsageError(problem, command: command)
        }
    }

    /// `--image-mirror FROM=TO` flags: each FROM once; a flag replaces a config rule for its FROM.
    private static func applyImageMirrors(_ flags: [String], to options: inout RenderOptions, command: String)
        throws(UsageError)
    {
        var given: [ImageMirror] = []
        for flag in flags {
            guard let eq = flag.firstIndex(of: "=") else {
                throw UsageError("--image-mirror takes FROM=TO, not \"\(flag)\"", command: command)
            }
            let mirror = ImageMirror(from: String(flag[..<eq]), to: String(flag[flag.index(after: eq)...]))
            for (side, text) in [("FROM", mirror.from), ("TO", mirror.to)] {
                if let problem = ImageMirrors.problem(text) {
                    throw UsageError("--image-mirror \"\(flag)\": \(side) \(problem)", command: command)
                }
            }
            if given.contains(where: { $0.from.utf8.elementsEqual(mirror.from.utf8) }) {
                throw UsageError("--image-mirror FROM \"\(mirror.from)\" is given twice", command: command)
            }
            given.append(mirror)
        }
        options.imageMirrors.removeAll { m in given.contains { $0.from.utf8.elementsEqual(m.from.utf8) } }
        options.imageMirrors += given
    }

    /// What makes settings unusable, in the words both the flags and `--config` use.
    static func problems(_ options: RenderOptions) -> [String] {
        (options.namespace.isEmpty ? ["the namespace cannot be empty"] : []) + options.problems
    }
}

/// Why the settings cannot be used: a malformed flag (exit 2) or a `--config` file
/// that cannot be read (exit 1, like any input named on the command line).
enum SettingsError: Error {
    case usage(UsageError)
    case unreadable(InputError)

    /// Prints the error and gives the exit status.
    func report(to console: Console) -> Int32 {
        switch self {
        case .usage(let error): return MSRenderCLI.usageError(error, console: console)
        case .unreadable(let error):
            DiagnosticPrinter(console: console).print(error)
            return ExitStatus.failure
        }
    }

}
