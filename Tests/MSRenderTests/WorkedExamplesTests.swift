import Foundation
import MSModel
import MSRender
import MSYAML
import Testing

/// The four worked examples of ../shared/worked-examples: decoded with the project's
/// reader and decoder, rendered, and compared as data with `*.expected.yaml`.
///
/// The expected files list objects in operator order, so objects are matched by kind,
/// namespace and name; mapping key order is ignored. One documented difference: SPEC 5.1
/// says every container has a `resources` field (`{}` when empty), the expected files
/// leave empty ones out, so an empty `resources` mapping counts as absent.
@Suite struct WorkedExamplesTests {
    static let names = WorkedExamples.all.map(\.name)

    static func text(_ file: String) throws -> String? {
        guard let shared = SharedDir.path else {
            print("skipping worked example \(file): shared folder not found (set MSRENDER_SHARED)")
            return nil
        }
        return try String(contentsOfFile: shared + "/worked-examples/" + file, encoding: .utf8)
    }

    static func decode(_ name: String) throws -> ModelService? {
        guard let text = try text(name + ".yaml") else { return nil }
        let documents = try YAMLReader.read(Array(text.utf8))
        let root = try #require(documents.first?.root)
        let decoded = ModelServiceDecoder.decode(root, file: name + ".yaml", defaultNamespace: nil)
        #expect(!decoded.hasErrors, "\(decoded.diagnostics.map(\.formatted))")
        return decoded.modelService
    }

    static func expected(_ name: String) throws -> [Value]? {
        guard let text = try text(name + ".expected.yaml") else { return nil }
        return try YAMLReader.read(Array(text.utf8)).map { try $0.root.toValue() }.filter { $0 != .null }
    }

    @Test(arguments: names)
    func decodedExampleRendersTheExpectedObjects(name: String) throws {
        guard let service = try Self.decode(name), let expected = try Self.expected(name) else { return }
        let rendered = RenderPipeline.render(service, options: RenderOptions())
        #expect(RenderValidator.validate(service, options: RenderOptions()).isEmpty)
        let got = Dictionary(uniqueKeysWithValues: rendered.map { (Self.key($0.body), Normal.text($0.body)) })
        let want = Dictionary(uniqueKeysWithValues: expected.map { (Self.key($0), Normal.text($0)) })
        #expect(got.keys.sorted() == want.keys.sorted())
        for key in want.keys.sorted() {
            let g = got[key] ?? ""
            let w = want[key] ?? ""
            if g != w { Issue.record("\(name): \(key): \(Normal.firstDifference(g, w))") }
        }
    }

    @Test(arguments: names)
    func handBuiltServiceEqualsDecodedOne(name: String) throws {
        guard let decoded = try Self.decode(name),
            let built = WorkedExamples.all.first(where: { $0.name == name })?.service
        else { return }
        let a = RenderPipeline.render(decoded, options: RenderOptions())
        let b = RenderPipeline.render(built, options: RenderOptions())
        #expect(a == b)
    }

    /// The YAML stream reads back (with the project reader) as exactly the objects.
    @Test(arguments: names)
    func yamlOutputReadsBackAsTheObjects(name: String) throws {
        guard let service = WorkedExamples.all.first(where: { $0.name == name })?.service else { return }
        let documents = ManifestWriter.documents([service], options: RenderOptions())
        let back = try YAMLReader.read(try ManifestWriter.yaml(documents)).map { try $0.root.toValue() }
        let want = documents.map { ValueJSON.text($0.resource.body) }
        let got = back.map(ValueJSON.text)
        #expect(got.count == want.count)
        for (g, w) in zip(got, want) where g != w { Issue.record("\(name): \(Normal.firstDifference(g, w))") }
    }

    static func key(_ object: Value) -> String {
        let kind = object["kind"]?.stringValue ?? ""
        let ns = object["metadata"]?["namespace"]?.stringValue ?? ""
        return kind + "/" + ns + "/" + (object["metadata"]?["name"]?.stringValue ?? "")
    }
}

/// Compares trees as data: canonical JSON (keys sorted), empty `resources` dropped.
enum Normal {
    static func text(_ value: Value) -> String { ValueJSON.text(dropEmptyResources(value)) }

    static func dropEmptyResources(_ value: Value) -> Value {
        switch value {
        case .sequence(let items): return .sequence(items.map(dropEmptyResources))
        case .mapping(let entries):
            return .mapping(
                entries.filter { !($0.key == "resources" && $0.value == [:]) }
                    .map { Value.Entry(key: $0.key, value: dropEmptyResources($0.value)) })
        default: return value
        }
    }

    /// A short excerpt around the first differing character, instead of two whole trees.
    static func firstDifference(_ a: String, _ b: String) -> String {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        var i = 0
        while i < x.count, i < y.count, x[i] == y[i] { i += 1 }
        let from = max(0, i - 80)
        func excerpt(_ s: [UInt8]) -> String {
            String(decoding: s[min(from, s.count)..<min(i + 80, s.count)], as: UTF8.self)
        }
        return "got …\(excerpt(x))… expected …\(excerpt(y))…"
    }
}
