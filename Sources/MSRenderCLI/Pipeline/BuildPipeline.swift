import MSModel
import MSRender
import MSYAML

/// One valid ModelService with its render context (built once: checked, then
/// rendered). Its objects are rendered when written (`Manifests`), so a large run never
/// holds them all at once.
struct PlannedService: Sendable {
    var context: RenderContext

    var modelService: ModelService { context.service }
    /// The effective namespace (metadata.namespace, else the setting).
    var namespace: String { context.namespace }
    var resources: [Resource] { RenderPipeline.render(context) }
}

/// What a run over some inputs found: services in output order, and every diagnostic.
struct BuildResult: Sendable {
    var services: [PlannedService] = []
    var diagnostics: [Diagnostic] = []

    var errorCount: Int { diagnostics.count { $0.severity == .error } }

    /// `--strict`: every warning becomes an error (marked as such), so nothing renders.
    mutating func treatWarningsAsErrors() {
        for i in diagnostics.indices where diagnostics[i].severity == .warning {
            diagnostics[i].severity = .error
            diagnostics[i].message += " (--strict)"
        }
        if errorCount > 0 { services = [] }
    }
}

/// The checking part of `build`, `validate`, `diff` and `fn`: texts in, valid
/// ModelServices out.
///
/// parse -> identify -> decode (+ defaults, input checks) -> render checks. When any
/// input has an error no service is returned, so a bad input never yields a partial
/// manifest. Files are parsed and decoded in parallel; results keep input order.
enum BuildPipeline {
    /// A document to decode: its root node and the name of the text it came from.
    struct Item {
        var root: Node
        var file: String
    }

    static func run(_ texts: [SourceText], options: RenderOptions) -> BuildResult {
        // Per file: its ModelServices and diagnostics; the Node trees die with the task.
        let perFile = Parallel.map(texts.count) { i in decodeFile(texts[i], options: options) }
        var result = BuildResult()
        var decoded: [RenderContext] = []
        for (contexts, diagnostics) in perFile {
            decoded += contexts
            result.diagnostics += diagnostics
        }
        return finish(decoded, into: result)
    }

    /// Decodes ModelService documents already parsed (the KRM function's items).
    static func run(items: [Item], options: RenderOptions) -> BuildResult {
        var result = BuildResult()
        var decoded: [RenderContext] = []
        for item in items {
            let (context, diagnostics) = decode(item, options: options)
            decoded += context.map { [$0] } ?? []
            result.diagnostics += diagnostics
        }
        return finish(decoded, into: result)
    }

    private static func decodeFile(_ text: SourceText, options: RenderOptions) -> ([RenderContext], [Diagnostic]) {
        let documents: [Document]
        do throws(YAMLError) {
            documents = try YAMLReader.read(text.bytes, limits: ReadLimits.kubernetes)
        } catch {
            return ([], [.error(error.message, file: text.displayName, mark: error.mark, path: "")])
        }
        var contexts: [RenderContext] = []
        var diagnostics: [Diagnostic] = []
        for document in documents where !document.root.isNull {
            let item = Item(root: document.root, file: text.displayName)
            let (apiVersion, kind) = ModelServiceDecoder.identify(item.root)
            guard apiVersion == ModelServiceDecoder.apiVersion, kind == ModelServiceDecoder.kind else {
                diagnostics.append(notAModelService(item, apiVersion: apiVersion, kind: kind))
                continue
            }
            let (context, found) = decode(item, options: options)
            contexts += context.map { [$0] } ?? []
            diagnostics += found
        }
        return (contexts, diagnostics)
    }

    /// One ModelService document: decoded, defaulted and checked, input and render side.
    private static func decode(_ item: Item, options: RenderOptions) -> (RenderContext?, [Diagnostic]) {
        let d = ModelServiceDecoder.decode(item.root, file: item.file, defaultNamespace: options.namespace)
        guard let ms = d.modelService else { return (nil, d.diagnostics) }
        let context = RenderContext(ms, options: options)
        return (context, d.diagnostics + RenderValidator.validate(context))
    }

    /// Duplicate names across inputs, then the output order.
    private static func finish(_ decoded: [RenderContext], into start: BuildResult) -> BuildResult {
        var result = start
        var seen: [String: ModelService] = [:]
        for ctx in decoded {
            let ms = ctx.service
            let key = "\(ctx.namespace)/\(ms.name)"
            if let first = seen[key] {
                let m = first.marks.mark(for: "metadata.name")
                result.diagnostics.append(
                    .error(
                        "ModelService \(key) is defined twice; first at \(first.source):\(m.line):\(m.column)",
                        file: ms.source, mark: ms.marks.mark(for: "metadata.name"), path: "metadata.name"))
            } else {
                seen[key] = ms
            }
        }
        guard result.errorCount == 0 else { return result }
        result.services = ManifestWriter.outputOrder(decoded).map(PlannedService.init(context:))
        return result
    }

    static func notAModelService(_ item: Item, apiVersion: String?, kind: String?) -> Diagnostic {
        let what: String
        let (apiVersion, kind) = (apiVersion.map(DecodeMessages.quoted), kind.map(DecodeMessages.quoted))
        switch (apiVersion, kind) {
        case (nil, nil): what = "a document without apiVersion and kind"
        case (let a?, let k?): what = "a document of kind \(k) (apiVersion \(a))"
        case (nil, let k?): what = "a document of kind \(k) without apiVersion"
        case (let a?, nil): what = "a document of apiVersion \(a) without kind"
        }
        return .error(
            "\(what) is not a ModelService (apiVersion \(ModelServiceDecoder.apiVersion), kind \(ModelServiceDecoder.kind)); msrender build only reads ModelServices",
            file: item.file, mark: item.root.mark, path: "")
    }
}
