import MSModel
import MSYAML

/// One output document: a rendered object and the input file it came from.
public struct ManifestDocument: Sendable, Hashable {
    /// The input's display name, for the `# Source:` line (`<stdin>` for standard input).
    public var source: String
    public var resource: Resource

    public init(source: String, resource: Resource) {
        self.source = source
        self.resource = resource
    }
}

/// Assembles the output of a run (SPEC 6): documents in a deterministic order, written
/// as a `helm template`-style YAML stream or as one kubectl-style `v1` `List`.
public enum ManifestWriter {
    /// Renders every ModelService: by effective namespace, then name (so the output does
    /// not depend on how inputs are arranged), each one's objects in install order.
    public static func documents(_ services: [ModelService], options: RenderOptions) -> [ManifestDocument] {
        outputOrder(services.map { RenderContext($0, options: options) }).flatMap { ctx in
            RenderPipeline.render(ctx).map { ManifestDocument(source: ctx.service.source, resource: $0) }
        }
    }

    /// The order ModelServices are written in (SPEC 6): by effective namespace, then
    /// name, then input file, all by bytes, so it never depends on the input layout.
    public static func outputOrder(_ contexts: [RenderContext]) -> [RenderContext] {
        contexts.sorted { a, b in
            UTF8Text.ordered(
                (a.namespace, b.namespace), (a.service.name, b.service.name), (a.service.source, b.service.source))
        }
    }

    /// `---`, `# Source: <path>`, then the object with sorted keys, for each document.
    /// Fails only for an object the writer refuses (two equal keys), which checked
    /// input cannot produce.
    public static func yaml(_ documents: [ManifestDocument]) throws(ManifestError) -> String {
        String(decoding: try yamlBytes(documents), as: UTF8.self)
    }

    /// The same text as UTF-8 bytes, for writing out without a String in between.
    public static func yamlBytes(_ documents: [ManifestDocument]) throws(ManifestError) -> [UInt8] {
        var out: [UInt8] = []
        // About the average object text (1.2 KB for generated services) per object up front
        // saves the small regrowths without holding much unused room per batch.
        out.reserveCapacity(documents.count * 1280)
        // A service's documents share one source: its framing is made once.
        var framedSource: String?
        var framing: [UInt8] = []
        for document in documents {
            if framedSource.map({ !UTF8Text.equal($0, document.source) }) ?? true {
                framing.removeAll(keepingCapacity: true)
                frame(document.source, into: &framing)
                framedSource = document.source
            }
            out += framing
            do {
                try YAMLEmitter.emit(document.resource.body, into: &out, options: EmitterOptions(sortKeys: true))
            } catch {
                throw ManifestError(document: document, error: error)
            }
        }
        return out
    }

    /// Passed objects (`--others=pass`), each framed like a rendered one and written
    /// from its node tree, so every scalar keeps its text and style.
    public static func yaml(passed objects: [PassedObject]) throws(ManifestError) -> String {
        var out: [UInt8] = []
        for object in objects {
            frame(object.source, into: &out)
            do {
                try NodeEmitter.emit(object.node, into: &out)
            } catch {
                throw ManifestError(source: object.source, object: object.displayName, error: error)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The objects as one `v1` `List`, the form `kubectl get -o json` prints for several
    /// objects (keys sorted, two-space indentation, a final line break); passed objects
    /// (as data, numbers exact) before and after the rendered ones (`PassOrder`).
    public static func json(
        _ documents: [ManifestDocument], passedBefore: [PassedObject] = [], passedAfter: [PassedObject] = []
    ) throws(ManifestError) -> String {
        let before = try passedBefore.map(data)
        let after = try passedAfter.map(data)
        let list: Value = [
            "apiVersion": "v1",
            "items": .sequence(before + documents.map(\.resource.body) + after),
            "kind": "List",
            "metadata": ["resourceVersion": ""],
        ]
        do {
            return try JSONWriter.write(list, pretty: true, sortKeys: true) + "\n"
        } catch {
            // Steps: into `items`, then the document's index; the rest is inside the object.
            guard error.steps.count > 1, case .item(let i) = error.steps[1],
                i < before.count + documents.count + after.count
            else {
                throw ManifestError(source: "", object: "List", error: error)
            }
            var path = Substring(error.path.dropFirst("items[\(i)]".utf8.count))
            if path.first == "." { path = path.dropFirst() }
            let inner = EmitError(error.message, steps: Array(error.steps.dropFirst(2)), path: String(path))
            let d = i - before.count
            if documents.indices.contains(d) { throw ManifestError(document: documents[d], error: inner) }
            let p = d < 0 ? passedBefore[i] : passedAfter[d - documents.count]
            throw ManifestError(source: p.source, object: p.displayName, error: inner)
        }
    }

    /// A passed object as data; the object is converted when it is checked (its
    /// problems are diagnostics at their place), so a missing value is a wiring error.
    private static func data(_ object: PassedObject) throws(ManifestError) -> Value {
        guard let value = object.value else {
            throw ManifestError(
                source: object.source, object: object.displayName,
                error: EmitError("was not read as data for --format json", steps: [], path: ""))
        }
        return value
    }

    /// The start of every document: `---` and its `# Source:` line.
    private static func frame(_ source: String, into out: inout [UInt8]) {
        out += "---\n# Source: ".utf8
        out += sourceLine(source).utf8
        out.append(UInt8(ascii: "\n"))
    }

    /// A path on one comment line: line breaks and other control characters are escaped.
    static func sourceLine(_ path: String) -> String {
        var out = ""
        for scalar in path.unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7f || (scalar.value >= 0x80 && scalar.value < 0xa0)
                    || scalar.value == 0x2028 || scalar.value == 0x2029
                {
                    out += "\\u{" + String(scalar.value, radix: 16) + "}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}

/// A rendered object the writer refused, named by its input file and identity.
public struct ManifestError: Error, Sendable {
    /// The input file the object was rendered from (empty when unknown).
    public var source: String
    /// `Kind namespace/name`.
    public var object: String
    public var error: EmitError

    init(source: String, object: String, error: EmitError) {
        self.source = source
        self.object = object
        self.error = error
    }

    init(document: ManifestDocument, error: EmitError) {
        let r = document.resource
        self.init(
            source: document.source, object: "\(r.kind) \(r.namespace.map { $0 + "/" } ?? "")\(r.name)", error: error)
    }

    /// `Deployment ml/qwen3-decode: spec.template.spec.nodeSelector: duplicate mapping key ...`
    public var message: String {
        object + ": " + (error.path.isEmpty ? "" : error.path + ": ") + error.message
    }
}
