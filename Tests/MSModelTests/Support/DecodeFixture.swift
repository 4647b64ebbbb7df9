import Foundation
import MSYAML
import Testing

@testable import MSModel

/// Reads ModelService test documents from YAML text and decodes them.
enum DecodeFixture {
    /// A snippet placed in the fixture document and the diagnostic lines it must give.
    struct SnippetCase: CustomTestStringConvertible, Sendable {
        var name: String
        var snippet: String
        var expected: [String]
        var testDescription: String { name }
    }

    /// Lines 1-10 of every snippet document; the snippet starts at line 11, column 3.
    static let head = """
        apiVersion: model.otterscale.io/v1alpha1
        kind: ModelService
        metadata:
          name: qwen3
        spec:
          model:
            name: Qwen/Qwen3-0.6B
            image: reg/qwen3:v1
          accelerator:
            type: nvidia

        """

    /// A document whose spec holds `snippet` (written at column 0, indented here) after
    /// model and accelerator; `engine: {}` and `decode: {}` are added when absent.
    static func document(_ snippet: String) -> String {
        var lines = snippet.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }
        if snippet.isEmpty { lines = [] }
        if !lines.contains(where: { $0.hasPrefix("  engine:") }) { lines.append("  engine: {}") }
        if !lines.contains(where: { $0.hasPrefix("  decode:") }) { lines.append("  decode: {}") }
        return head + lines.joined(separator: "\n") + "\n"
    }

    static func decode(_ yaml: String, file: String = "ms.yaml", defaultNamespace: String? = nil) throws
        -> ModelServiceDecoder.Decoded
    {
        let documents = try YAMLReader.read(Array(yaml.utf8))
        guard let first = documents.first else { throw FixtureError.noDocument }
        return ModelServiceDecoder.decode(first.root, file: file, defaultNamespace: defaultNamespace)
    }

    static func decodeSnippet(_ snippet: String) throws -> ModelServiceDecoder.Decoded {
        try decode(document(snippet))
    }

    /// Decodes a case's snippet: exactly its diagnostics, and a ModelService only when
    /// none of them is an error.
    static func expectDiagnostics(_ c: SnippetCase) throws {
        let result = try decodeSnippet(c.snippet)
        #expect(lines(result) == c.expected)
        let hasError = c.expected.contains { $0.contains(" error: ") }
        #expect((result.modelService == nil) == hasError)
    }

    /// `LINE:COL severity: PATH: message` for each diagnostic, in order.
    static func lines(_ result: ModelServiceDecoder.Decoded) -> [String] {
        result.diagnostics.map { d in
            "\(d.mark.line):\(d.mark.column) \(d.severity.rawValue): \(d.path): \(d.message)"
        }
    }

    enum FixtureError: Error { case noDocument }

    /// The shared folder: $MSRENDER_SHARED, else `<package root>/../shared`; nil when absent.
    static func sharedDirectory() -> URL? {
        if let env = ProcessInfo.processInfo.environment["MSRENDER_SHARED"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: shared.path) ? shared : nil
    }
}

/// The document roots of a YAML text.
enum YAMLReaderShim {
    static func roots(_ yaml: String) throws -> [Node] {
        try YAMLReader.read(Array(yaml.utf8)).map(\.root)
    }
}
