import MSRender
import MSYAML

/// `--format`: a YAML stream or one JSON `v1` List.
enum ManifestFormat {
    case yaml
    case json

    static func parse(_ value: String?, command: String) throws(UsageError) -> ManifestFormat {
        switch value ?? "yaml" {
        case "yaml": return .yaml
        case "json": return .json
        case let other: throw UsageError("--format takes yaml or json, not \"\(other)\"", command: command)
        }
    }

    var fileExtension: String { self == .yaml ? "yaml" : "json" }
}

/// The text of planned services, rendered on the way out, in the style of SPEC 6.
enum Manifests {
    /// How many services are rendered (in parallel) before their text is written.
    static let batch = 64

    /// The whole output: passed objects (`PassOrder`) around the rendered ones.
    static func text(_ services: [PlannedService], passed: [PassedObject] = [], format: ManifestFormat)
        throws(ManifestError) -> String
    {
        let documents = services.flatMap(documents)
        let (before, after) = PassOrder.split(passed)
        switch format {
        case .yaml:
            return try ManifestWriter.yaml(passed: before) + ManifestWriter.yaml(documents)
                + ManifestWriter.yaml(passed: after)
        case .json: return try ManifestWriter.json(documents, passedBefore: before, passedAfter: after)
        }
    }

    /// Reports an object the writer refused (`FILE: error: Kind ns/name: PATH: message`);
    /// checked input cannot produce one, so this is a last line of defence.
    static func report(_ error: ManifestError, console: Console) -> Int32 {
        DiagnosticPrinter(console: console).print(InputError(path: error.source, message: error.message))
        return ExitStatus.failure
    }

    /// Writes the output to stdout as it is rendered: YAML in batches of services,
    /// rendered in parallel and written in order, so memory stays bounded by a batch.
    /// (JSON is one List document and is written whole.) Stops at the first failed
    /// write: when the reader went away (`| head`) nothing more is rendered. Returns
    /// how many services were rendered. Passed objects go before and after them
    /// (`PassOrder`).
    @discardableResult
    static func write(
        _ services: [PlannedService], passed: [PassedObject] = [], format: ManifestFormat, to console: Console,
        batch: Int = batch
    ) throws(ManifestError) -> Int {
        guard format == .yaml else {
            console.write(try text(services, passed: passed, format: format))
            return services.count
        }
        let (before, after) = PassOrder.split(passed)
        guard console.write(try ManifestWriter.yaml(passed: before)) else { return 0 }
        var start = 0
        while start < services.count {
            let slice = Array(services[start..<min(services.count, start + batch)])
            let texts = Parallel.map(slice.count) { i in
                Result { () throws(ManifestError) in
                    try ManifestWriter.yamlBytes(documents(slice[i]))
                }
            }
            start += slice.count
            for t in texts where !console.write(bytes: try t.get()) { return start }
        }
        console.write(try ManifestWriter.yaml(passed: after))
        return start
    }

    private static func documents(_ s: PlannedService) -> [ManifestDocument] {
        s.resources.map { ManifestDocument(source: s.modelService.source, resource: $0) }
    }
}
