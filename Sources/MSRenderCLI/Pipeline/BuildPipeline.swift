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

/// What a run over some inputs found: services in output order, the documents that
/// are not ModelServices (passed through or left out), and every diagnostic.
struct BuildResult: Sendable {
    var services: [PlannedService] = []
    /// `--others=pass`: objects copied into the output, in `PassOrder`.
    var passed: [PassedObject] = []
    /// `--others=skip` (and kustomize files under pass): what was left out, in input order.
    var skipped: [SkippedDocument] = []
    var diagnostics: [Diagnostic] = []

    var errorCount: Int { diagnostics.count { $0.severity == .error } }

    /// `--strict`: every warning becomes an error (marked as such), so nothing renders.
    mutating func treatWarningsAsErrors() {
        for i in diagnostics.indices where diagnostics[i].severity == .warning {
            diagnostics[i].severity = .error
            diagnostics[i].message += " (--strict)"
        }
        if errorCount > 0 {
            services = []
            passed = []
        }
    }
}

/// How a run treats its documents: `--others`, and whether passed objects must fit JSON.
struct InputPolicy: Sendable {
    var others: OthersMode = .error
    /// `--format json`: passed objects are written as data, so each must be JSON.
    var json = false
}

/// The checking part of `build`, `validate`, `diff` and `fn`: texts in, valid
/// ModelServices out.
///
/// parse -> expand lists -> identify -> decode (+ defaults, input checks) -> render
/// checks; documents that are not ModelServices go by `--others`. When any input has an
/// error no service is returned, so a bad input never yields a partial manifest. Files
/// are parsed and decoded in parallel; results keep input order.
enum BuildPipeline {
    /// A document to decode: its root node and the name of the text it came from.
    struct Item {
        var root: Node
        var file: String
        /// Where the item is inside a list document (`items[2] of the List`): added to
        /// its diagnostics, whose field paths stay relative to the item.
        var context: String? = nil
        /// A KRM function's item: its marks are places in the ResourceList stream, not in
        /// `file`, so they are never shown; the item is named by `subject` instead.
        var krm: KRMPlace? = nil
    }

    /// Where a KRM item is: its position among the ResourceList's items, and the file
    /// and index the orchestrator's annotations give.
    struct KRMPlace {
        /// The position among the ResourceList's items; nil for its functionConfig.
        var item: Int?
        var index: Int?
        var hasPath: Bool
    }

    /// Where a decoded item is, for diagnostics made after decoding (a duplicate name):
    /// what `Item` tells without its node tree, which is freed once the item is decoded.
    struct Place {
        var context: String?
        var krm: KRMPlace?
        /// A KRM item's resource, taken from its tree while it is there.
        var subject: DiagnosticSubject?

        init(_ item: Item) {
            context = item.context
            krm = item.krm
            subject = item.krm.map { BuildPipeline.subject(item.root, $0) }
        }
    }

    static func run(_ texts: [SourceText], options: RenderOptions, policy: InputPolicy = InputPolicy()) -> BuildResult {
        // Per file: its ModelServices and diagnostics; the Node trees die with the task
        // (but for passed objects, which are written as they came).
        let perFile = Parallel.map(texts.count) { i in decodeFile(texts[i], options: options, policy: policy) }
        var result = BuildResult()
        var decoded: [(RenderContext, Place)] = []
        var passed: [(PassedObject, Mark)] = []
        for file in perFile {
            decoded += file.contexts
            passed += file.passed
            result.skipped += file.skipped
            result.diagnostics += file.diagnostics
        }
        result = finish(decoded, into: result)
        if !passed.isEmpty { result = PassedObjects.check(passed, into: result) }
        return result
    }

    /// The field whose mark a decoded service keeps.
    static let namePath = "metadata.name"

    /// Decodes ModelService documents already parsed (the KRM function's items).
    static func run(items: [Item], options: RenderOptions) -> BuildResult {
        var result = BuildResult()
        var decoded: [(RenderContext, Place)] = []
        for item in items {
            let (context, diagnostics) = decode(item, options: options)
            decoded += context.map { [($0, Place(item))] } ?? []
            result.diagnostics += diagnostics
        }
        return finish(decoded, into: result)
    }

    /// What one input file holds.
    private struct FileResult {
        var contexts: [(RenderContext, Place)] = []
        var passed: [(PassedObject, Mark)] = []
        var skipped: [SkippedDocument] = []
        var diagnostics: [Diagnostic] = []
    }

    private static func decodeFile(_ text: SourceText, options: RenderOptions, policy: InputPolicy) -> FileResult {
        var file = FileResult()
        let documents: [Document]
        do throws(YAMLError) {
            documents = try YAMLReader.read(text.bytes, limits: ReadLimits.kubernetes)
        } catch {
            file.diagnostics = [.error(error.message, file: text.displayName, mark: error.mark, path: "")]
            return file
        }
        for document in documents where !document.root.isNull {
            for entry in ListExpansion.entries(of: document.root) where !entry.root.isNull {
                let item = Item(root: entry.root, file: text.displayName, context: entry.context)
                guard ModelServiceDecoder.isModelService(item.root) else {
                    switch OtherDocuments.classify(item.root, file: item.file, mode: policy.others, json: policy.json) {
                    case .skipped(let s): file.skipped.append(s)
                    case .passed(let p): file.passed.append((p, item.root["metadata"]?["name"]?.mark ?? item.root.mark))
                    case .failed(let found): file.diagnostics += found.map { placed($0, in: Place(item)) }
                    }
                    continue
                }
                let (context, found) = decode(item, options: options)
                file.contexts += context.map { [($0, Place(item))] } ?? []
                file.diagnostics += found
            }
        }
        return file
    }

    /// One ModelService document: decoded, defaulted and checked, input and render side.
    private static func decode(_ item: Item, options: RenderOptions) -> (RenderContext?, [Diagnostic]) {
        let d = ModelServiceDecoder.decode(item.root, file: item.file, defaultNamespace: options.namespace)
        let place = Place(item)
        guard var ms = d.modelService else { return (nil, d.diagnostics.map { placed($0, in: place) }) }
        // After the render checks, only the name's mark is still needed (a duplicate
        // name is found across inputs), so a large run does not hold every field's.
        let marks = ms.marks
        ms.marks = SourceMap(document: marks.document)
        ms.marks.marks[Self.namePath] = marks.marks[Self.namePath]
        let context = RenderContext(ms, options: options)
        return (
            context, (d.diagnostics + RenderValidator.validate(context, marks: marks)).map { placed($0, in: place) }
        )
    }

    /// A diagnostic of an item, told where the item is: its place in a list, or (a KRM
    /// item) the object it is about.
    private static func placed(_ d: Diagnostic, in place: Place) -> Diagnostic {
        var d = d
        if let context = place.context { d.message += " (\(context))" }
        if let subject = place.subject { d.subject = subject }
        return d
    }

    /// The resource a KRM item is, as written (its namespace only when it has one).
    static func subject(_ root: Node, _ place: KRMPlace) -> DiagnosticSubject {
        let id = ModelServiceDecoder.identify(root)
        return DiagnosticSubject(
            apiVersion: id.apiVersion ?? "", kind: id.kind ?? "", name: root["metadata"]?["name"]?.stringText,
            namespace: root["metadata"]?["namespace"]?.stringText, index: place.index)
    }

    /// Duplicate names across inputs, then the output order.
    private static func finish(_ decoded: [(RenderContext, Place)], into start: BuildResult) -> BuildResult {
        var result = start
        var seen: [Value: Int] = [:]  // the first index of each name; a `.string` Value hashes its bytes
        for (i, (ctx, item)) in decoded.enumerated() {
            let ms = ctx.service
            let key = "\(ctx.namespace)/\(ms.name)"
            if let f = seen[.string(key)] {
                let (first, firstItem) = decoded[f]
                let duplicate = Diagnostic.error(
                    "ModelService \(key) is defined twice; first \(place(of: first.service, firstItem))",
                    file: ms.source, mark: ms.marks.mark(for: namePath), path: namePath)
                result.diagnostics.append(placed(duplicate, in: item))
            } else {
                seen[.string(key)] = i
            }
        }
        guard result.errorCount == 0 else { return result }
        result.services = ManifestWriter.outputOrder(decoded.map(\.0)).map(PlannedService.init(context:))
        return result
    }

    /// Where a ModelService is, for a message: `at a.yaml:8:11` in a file; a KRM item by
    /// the file and index its annotations give (`in a.yaml (index 0)`), since its marks
    /// are places in the ResourceList stream.
    private static func place(of ms: ModelService, _ item: Place) -> String {
        guard let krm = item.krm else {
            let m = ms.marks.mark(for: namePath)
            return "at \(ms.source):\(m.line):\(m.column)" + (item.context.map { ", \($0)" } ?? "")
        }
        guard krm.hasPath else {
            return krm.item.map { "as items[\($0)] of the ResourceList" } ?? "as the ResourceList's functionConfig"
        }
        return "in \(ms.source)" + (krm.index.map { " (index \($0))" } ?? "")
    }

    static func notAModelService(_ root: Node, file: String, apiVersion: String?, kind: String?) -> Diagnostic {
        let what: String
        let (apiVersion, kind) = (apiVersion.map(DecodeMessages.quoted), kind.map(DecodeMessages.quoted))
        switch (apiVersion, kind) {
        case (nil, nil): what = "a document without apiVersion and kind"
        case (let a?, let k?): what = "a document of kind \(k) (apiVersion \(a))"
        case (nil, let k?): what = "a document of kind \(k) without apiVersion"
        case (let a?, nil): what = "a document of apiVersion \(a) without kind"
        }
        return .error(
            "\(what) is not a ModelService (apiVersion \(ModelServiceDecoder.apiVersion), kind \(ModelServiceDecoder.kind)); "
                + "--others=skip leaves such documents out, --others=pass copies them into the output",
            file: file, mark: root.mark, path: "")
    }
}
