import MSModel
import MSRender
import MSYAML

/// One ModelService with the objects rendered for it.
struct RenderedService: Sendable {
    var modelService: ModelService
    /// The effective namespace (metadata.namespace, else the setting).
    var namespace: String
    var resources: [Resource]
}

/// What a run over some inputs produced: services in output order, and every diagnostic.
struct BuildResult: Sendable {
    var services: [RenderedService] = []
    var diagnostics: [Diagnostic] = []

    var errorCount: Int { diagnostics.count { $0.severity == .error } }
}

/// The in-memory part of `build`, `validate`, `diff` and `fn`: texts in, objects out.
///
/// parse -> identify -> decode (+ defaults, input checks) -> render checks -> render.
/// Nothing is rendered when any input has an error, so a bad input never yields a
/// partial manifest.
enum BuildPipeline {
    /// A document to decode: its root node and the name of the text it came from.
    struct Item {
        var root: Node
        var file: String
    }

    static func run(_ texts: [SourceText], options: RenderOptions) -> BuildResult {
        var result = BuildResult()
        var items: [Item] = []
        for text in texts {
            do throws(YAMLError) {
                for document in try YAMLReader.read(text.bytes) where !document.root.isNull {
                    items.append(Item(root: document.root, file: text.displayName))
                }
            } catch {
                result.diagnostics.append(.error(error.message, file: text.displayName, mark: error.mark, path: ""))
            }
        }
        var modelServices: [Item] = []
        for item in items {
            let (apiVersion, kind) = ModelServiceDecoder.identify(item.root)
            if apiVersion == ModelServiceKind.apiVersion && kind == ModelServiceKind.kind {
                modelServices.append(item)
            } else {
                result.diagnostics.append(notAModelService(item, apiVersion: apiVersion, kind: kind))
            }
        }
        return render(modelServices, options: options, into: result)
    }

    /// Decodes, checks and renders ModelService documents.
    static func render(_ items: [Item], options: RenderOptions, into start: BuildResult = BuildResult()) -> BuildResult {
        var result = start
        var decoded: [ModelService] = []
        for item in items {
            let d = ModelServiceDecoder.decode(item.root, file: item.file, defaultNamespace: options.namespace)
            result.diagnostics += d.diagnostics
            if let ms = d.modelService { decoded.append(ms) }
        }
        var seen: [String: ModelService] = [:]
        for ms in decoded {
            let key = "\(ms.namespace ?? options.namespace)/\(ms.name)"
            if let first = seen[key] {
                let m = first.marks.mark(for: "metadata.name")
                result.diagnostics.append(.error(
                    "ModelService \(key) is defined twice; first at \(first.source):\(m.line):\(m.column)",
                    file: ms.source, mark: ms.marks.mark(for: "metadata.name"), path: "metadata.name"))
            } else {
                seen[key] = ms
            }
            result.diagnostics += RenderValidator.validate(ms, options: options)
        }
        guard result.errorCount == 0 else { return result }
        result.services = decoded.map { ms in
            RenderedService(modelService: ms, namespace: ms.namespace ?? options.namespace,
                            resources: RenderPipeline.render(ms, options: options))
        }
        result.services.sort { a, b in
            if a.namespace != b.namespace { return Array(a.namespace.utf8).lexicographicallyPrecedes(Array(b.namespace.utf8)) }
            return Array(a.modelService.name.utf8).lexicographicallyPrecedes(Array(b.modelService.name.utf8))
        }
        return result
    }

    static func notAModelService(_ item: Item, apiVersion: String?, kind: String?) -> Diagnostic {
        let what: String
        switch (apiVersion, kind) {
        case (nil, nil): what = "a document without apiVersion and kind"
        case (let a?, let k?): what = "a \(k) (\(a))"
        case (nil, let k?): what = "a \(k) without apiVersion"
        case (let a?, nil): what = "a document of \(a) without kind"
        }
        return .error(
            "\(what) is not a ModelService (apiVersion \(ModelServiceKind.apiVersion), kind \(ModelServiceKind.kind)); msrender build only reads ModelServices",
            file: item.file, mark: item.root.mark, path: "")
    }
}

/// The ModelService kind's identity.
enum ModelServiceKind {
    static let apiVersion = "model.otterscale.io/v1alpha1"
    static let kind = "ModelService"
}
