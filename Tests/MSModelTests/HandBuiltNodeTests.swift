import MSYAML
import Testing

@testable import MSModel

/// Decoding checks on Node trees built by hand (independent of the YAML reader).
struct HandBuiltNodeTests {
    /// Builds a node tree from nested Swift values; every node gets the next line
    /// number, so marks are distinct. Strings become plain scalars (resolved by the
    /// core schema), `Quoted` values double-quoted ones.
    struct Builder {
        var line = 0
        mutating func node(_ v: Any) -> Node {
            line += 1
            let mark = Mark(line: line, column: 1, offset: line * 100)
            switch v {
            case let q as Quoted: return Node(.scalar(q.text, .doubleQuoted), mark: mark)
            case let s as String: return Node(.scalar(s, .plain), mark: mark)
            case let list as [Any]: return Node(.sequence(list.map { node($0) }), mark: mark)
            case let pairs as KeyValuePairs<String, Any>:
                return Node(.mapping(pairs.map { Node.Pair(key: node($0.key), value: node($0.value)) }), mark: mark)
            default: return Node(.scalar("", .plain), mark: mark)
            }
        }
    }

    struct Quoted { var text: String }

    static func minimal(decode: Any = [:] as KeyValuePairs<String, Any>) -> KeyValuePairs<String, Any> {
        [
            "apiVersion": "model.otterscale.io/v1alpha1",
            "kind": "ModelService",
            "metadata": ["name": "qwen3"] as KeyValuePairs<String, Any>,
            "spec": [
                "model": ["name": "Qwen/Qwen3", "image": "reg/m:v1"] as KeyValuePairs<String, Any>,
                "engine": [:] as KeyValuePairs<String, Any>,
                "accelerator": ["type": "nvidia"] as KeyValuePairs<String, Any>,
                "decode": decode,
            ] as KeyValuePairs<String, Any>,
        ]
    }

    @Test func decodesMinimalWithDefaults() throws {
        var b = Builder()
        let result = ModelServiceDecoder.decode(b.node(Self.minimal()), file: "t.yaml", defaultNamespace: "ns")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.formatted))")
        let ms = try #require(result.modelService)
        #expect(ms.name == "qwen3")
        #expect(ms.namespace == "ns")
        #expect(ms.spec.model.mountPath == "/models")
        #expect(ms.spec.engine.port == 8000)
        #expect(ms.spec.decode.replicas == 1)
        #expect(ms.spec.accelerator.type == .nvidia)
        #expect(ms.marks.marks["spec.model.name"] != nil)
    }

    @Test func reportsTypeErrorWithPath() {
        var b = Builder()
        let decode: KeyValuePairs<String, Any> = [
            "replicas": "two", "parallelism": ["tensr": "2"] as KeyValuePairs<String, Any>,
        ]
        let result = ModelServiceDecoder.decode(
            b.node(Self.minimal(decode: decode)), file: "t.yaml", defaultNamespace: nil)
        let messages = result.diagnostics.map { "\($0.path): \($0.message)" }
        #expect(
            messages == [
                "spec.decode.replicas: expected an integer, found the string \"two\"",
                "spec.decode.parallelism.tensr: unknown field \"tensr\"; did you mean 'tensor'?",
            ])
        #expect(result.modelService == nil)
    }
}
