import Foundation
import MSYAML
import Testing

@testable import MSRenderCLI

/// `msrender fn` results as the KRM functions specification has them: `resourceRef`,
/// `field.path`, `file.path` and `file.index` from the item's annotations, and never a
/// position in kpt's ResourceList stream.
struct FnResultTests {
    /// A ModelService item as kpt sends it (path and index annotations, both kinds).
    static func item(_ name: String, path: String?, index: Int, decode: String = "{}", namespace: String? = "ml")
        -> String
    {
        var metadata = ["      name: \(name)"]
        if let namespace { metadata.append("      namespace: \(namespace)") }
        if let path {
            metadata.append("      annotations:")
            for prefix in ["", "internal."] {
                metadata.append("        \(prefix)config.kubernetes.io/index: '\(index)'")
                metadata.append("        \(prefix)config.kubernetes.io/path: '\(path)'")
            }
        }
        return
            (["  - apiVersion: model.otterscale.io/v1alpha1", "    kind: ModelService", "    metadata:"] + metadata + [
                "    spec:",
                "      model: {name: Qwen/Qwen3-0.6B, image: registry.example.com/models/qwen3-0.6b:v1}",
                "      engine: {}",
                "      accelerator: {type: nvidia}",
                "      decode: \(decode)",
            ]).joined(separator: "\n")
    }

    static func results(_ r: TestSupport.Run) throws -> [Value] {
        let out = try #require(try YAMLReader.read(r.out).first?.root.toValue())
        guard case .sequence(let results) = out["results"] else { return [] }
        return results
    }

    @Test func anInvalidModelServiceIsNamedInItsResult() throws {
        let input = FnTests.list(
            Self.item("a", path: "models/a.yaml", index: 0), Self.item("b", path: "models/b.yaml", index: 0),
            Self.item("c", path: "models/more.yaml", index: 1, decode: "{replica: 2}"))
        let r = TestSupport.run(["fn"], stdin: input)
        #expect(r.status == 1)
        let results = try Self.results(r)
        #expect(results.count == 1)
        let result = try #require(results.first)
        #expect(result["severity"] == "error")
        #expect(result["message"] == "unknown field \"replica\"; did you mean 'replicas'?")
        #expect(
            result["resourceRef"]
                == [
                    "apiVersion": "model.otterscale.io/v1alpha1", "kind": "ModelService", "name": "c",
                    "namespace": "ml",
                ])
        #expect(result["field"] == ["path": "spec.decode.replica"])
        #expect(result["file"] == ["path": "models/more.yaml", "index": .number(Number(1))])
        // Stream positions appear nowhere: no line or column in the results.
        #expect(!r.out.contains("line") && !r.out.contains(":1"))
    }

    @Test func duplicatesNameTheFileAndIndexNotTheStream() throws {
        let one = TestSupport.run(
            ["fn"],
            stdin: FnTests.list(Self.item("a", path: "a.yaml", index: 0), Self.item("a", path: "b.yaml", index: 2)))
        #expect(one.status == 1)
        let result = try #require(try Self.results(one).first)
        #expect(result["message"] == "ModelService ml/a is defined twice; first in a.yaml (index 0)")
        #expect(result["file"] == ["path": "b.yaml", "index": .number(Number(2))])
        #expect(result["resourceRef"]?["name"] == "a")

        let bare = TestSupport.run(
            ["fn"], stdin: FnTests.list(Self.item("a", path: nil, index: 0), Self.item("a", path: nil, index: 0)))
        let plain = try #require(try Self.results(bare).first)
        #expect(plain["message"] == "ModelService ml/a is defined twice; first as items[0] of the ResourceList")
        #expect(plain["file"] == nil)
    }

    @Test func noNamespaceAndNoNameAreLeftOut() throws {
        let r = TestSupport.run(
            ["fn"],
            stdin: FnTests.list(Self.item("b", path: "b.yaml", index: 0, decode: "{replicas: -1}", namespace: nil)))
        let result = try #require(try Self.results(r).first)
        #expect(
            result["resourceRef"] == [
                "apiVersion": "model.otterscale.io/v1alpha1", "kind": "ModelService", "name": "b",
            ])
        let nameless = FnTests.list(
            Self.item("b", path: "b.yaml", index: 0).replacingOccurrences(of: "      name: b\n", with: ""))
        let n = try #require(try Self.results(TestSupport.run(["fn"], stdin: nameless)).first)
        #expect(n["resourceRef"] == nil)
        #expect(n["file"]?["path"] == "b.yaml")
        #expect(n["field"]?["path"] == "metadata.name")
    }

    /// kpt reads a List in a package as one resource (it must have a name), so a List
    /// item passes through; the ModelServices in it are not rendered, and a warning says so.
    @Test func aListItemPassesThroughWithAWarning() throws {
        let list = """
              - apiVersion: v1
                kind: List
                metadata:
                  name: served
                  annotations: {config.kubernetes.io/path: served.yaml, config.kubernetes.io/index: '0'}
                items:
            \(Self.item("a", path: nil, index: 0).split(separator: "\n").map { "    " + $0 }.joined(separator: "\n"))
            """
        let r = TestSupport.run(["fn"], stdin: FnTests.list(list))
        #expect(r.status == 0, "\(r.out)")
        let out = try #require(try YAMLReader.read(r.out).first?.root.toValue())
        guard case .sequence(let items) = out["items"] else {
            Issue.record("no items")
            return
        }
        #expect(items.count == 1)
        #expect(items.first?["kind"] == "List")
        let result = try #require(try Self.results(r).first)
        #expect(result["severity"] == "warning")
        #expect(result["resourceRef"] == ["apiVersion": "v1", "kind": "List", "name": "served"])
        #expect(result["file"] == ["path": "served.yaml", "index": .number(Number(0))])
        #expect(result["message"]?.stringValue?.contains("kpt reads a List in a package as one resource") == true)
    }

    /// A problem in the --config file is in a real file: its place is in the message.
    @Test func configFileProblemsKeepTheirPlace() throws {
        let config = TestSupport.tempDir() + "/c.yaml"
        TestSupport.write("namespace: Bad_NS\n", to: config)
        let r = TestSupport.run(
            ["fn", "--config", config], stdin: FnTests.list(Self.item("a", path: "a.yaml", index: 0)))
        #expect(r.status == 1)
        let result = try #require(try Self.results(r).first)
        #expect(result["message"]?.stringValue?.hasSuffix("(at \(config):1:12)") == true, "\(r.out)")
        #expect(result["file"] == ["path": .string(config)])
        #expect(result["resourceRef"] == nil)
    }
}
