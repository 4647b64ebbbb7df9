import Foundation
import Testing

@testable import MSRenderCLI

/// Lists stand for their items (SPEC 1), as `kubectl apply -f` reads what
/// `kubectl get -o yaml` prints; diagnostics point inside the list.
struct ListInputTests {
    /// One ModelService as the API server returns it: server fields and a status.
    static func served(_ name: String, spec: String = "decode: {}", indent: String = "  ") -> String {
        let item = """
            - apiVersion: model.otterscale.io/v1alpha1
              kind: ModelService
              metadata:
                creationTimestamp: "2026-04-01T10:00:00Z"
                generation: 2
                managedFields:
                - apiVersion: model.otterscale.io/v1alpha1
                  fieldsType: FieldsV1
                  fieldsV1:
                    f:spec:
                      f:decode: {}
                  manager: kubectl-client-side-apply
                  operation: Update
                  time: "2026-04-01T10:00:00Z"
                name: \(name)
                namespace: ml
                resourceVersion: "48213"
                uid: 6f1c2a3e-8d1b-4f3a-9a52-0c7d3e1b2a44
              spec:
                model: {name: Qwen/Qwen3-0.6B, image: registry.example.com/models/qwen3-0.6b:v1}
                engine: {}
                accelerator: {type: nvidia}
                \(spec)
              status:
                conditions:
                - type: Ready
                  status: "True"
            """
        return item.split(separator: "\n", omittingEmptySubsequences: false).map { indent + $0 }.joined(separator: "\n")
    }

    /// `kubectl get modelservices -o yaml` for three ModelServices.
    static func kubectlList(_ items: [String], kind: String = "List", apiVersion: String = "v1") -> String {
        "apiVersion: \(apiVersion)\nitems:\n" + items.joined(separator: "\n")
            + "\nkind: \(kind)\nmetadata:\n  resourceVersion: \"\"\n"
    }

    /// The same ModelServices as separate documents (what the List stands for).
    static func documents(_ names: [String]) -> String {
        names.map { name in
            """
            apiVersion: model.otterscale.io/v1alpha1
            kind: ModelService
            metadata: {name: \(name), namespace: ml}
            spec:
              model: {name: Qwen/Qwen3-0.6B, image: registry.example.com/models/qwen3-0.6b:v1}
              engine: {}
              accelerator: {type: nvidia}
              decode: {}
            """
        }.joined(separator: "\n---\n") + "\n"
    }

    /// 1-based line of the first line of `text` containing `needle` (after `from`).
    static func line(of needle: String, in text: String, after from: String? = nil) -> Int {
        var seen = from == nil
        for (i, l) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if !seen, let from, l.contains(from) { seen = true }
            if seen && l.contains(needle) { return i + 1 }
        }
        return 0
    }

    @Test func kubectlGetListBuildsAsItsItems() {
        let list = Self.kubectlList(["a", "b", "c"].map { Self.served($0) })
        let r = TestSupport.run(["build", "-"], stdin: list)
        #expect(r.status == 0, "\(r.err)")
        let separate = TestSupport.run(["build", "-"], stdin: Self.documents(["a", "b", "c"]))
        #expect(separate.status == 0, "\(separate.err)")
        #expect(!r.out.isEmpty && r.out == separate.out)
    }

    @Test func anInvalidItemIsReportedInsideTheList() {
        let items = [Self.served("a"), Self.served("b"), Self.served("c", spec: "decode: {replica: 2}")]
        let list = Self.kubectlList(items)
        for command in ["build", "validate"] {
            let r = TestSupport.run([command, "-"], stdin: list)
            #expect(r.status == 1)
            #expect(r.out.isEmpty)
            let line = Self.line(of: "replica: 2", in: list)
            #expect(line > 60)
            let text = list.split(separator: "\n", omittingEmptySubsequences: false)[line - 1]
            let column =
                text.distance(from: text.startIndex, to: text.range(of: "replica")?.lowerBound ?? text.startIndex) + 1
            #expect(
                r.err.contains(
                    "<stdin>:\(line):\(column): error: spec.decode.replica: unknown field \"replica\"; did you mean 'replicas'? (items[2] of the List)"
                ), "\(r.err)")
        }
    }

    @Test func listInAFileKeepsTheFileName() {
        let dir = TestSupport.tempDir()
        let path = dir + "/served.yaml"
        let list = Self.kubectlList([Self.served("a"), Self.served("a")])
        TestSupport.write(list, to: path)
        let r = TestSupport.run(["validate", path])
        #expect(r.status == 1)
        let first = Self.line(of: "name: a", in: list)
        let second = Self.line(of: "name: a", in: list, after: "uid:")
        #expect(second > first)
        #expect(
            r.err.contains(
                "\(path):\(second):13: error: metadata.name: ModelService ml/a is defined twice; first at \(path):\(first):13, items[0] of the List (items[1] of the List)"
            ), "\(r.err)")
    }

    @Test func modelServiceListStandsForItsItems() {
        let list = Self.kubectlList(
            ["a", "b"].map { Self.served($0) }, kind: "ModelServiceList", apiVersion: "model.otterscale.io/v1alpha1")
        let r = TestSupport.run(["build", "-"], stdin: list)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out == TestSupport.run(["build", "-"], stdin: Self.documents(["a", "b"])).out)
        let bad = Self.kubectlList(
            [Self.served("a", spec: "decode: {replicas: -1}")], kind: "ModelServiceList",
            apiVersion: "model.otterscale.io/v1alpha1")
        let e = TestSupport.run(["build", "-"], stdin: bad)
        #expect(e.status == 1)
        #expect(e.err.contains("(items[0] of the ModelServiceList)"), "\(e.err)")
    }

    @Test func aListMixingKindsGoesByOthers() {
        let configMap =
            "  - apiVersion: v1\n    kind: ConfigMap\n    metadata: {name: settings, namespace: ml}\n    data: {a: \"1\"}"
        let list = Self.kubectlList([Self.served("a"), configMap])
        let strict = TestSupport.run(["build", "-"], stdin: list)
        #expect(strict.status == 1)
        let line = Self.line(of: "kind: ConfigMap", in: list) - 1
        #expect(
            strict.err.contains(
                "<stdin>:\(line):5: error: a document of kind \"ConfigMap\" (apiVersion \"v1\") is not a ModelService"),
            "\(strict.err)")
        #expect(strict.err.contains("(items[1] of the List)"))

        let skip = TestSupport.run(["build", "--others=skip", "-"], stdin: list)
        #expect(skip.status == 0, "\(skip.err)")
        #expect(skip.out == TestSupport.run(["build", "-"], stdin: Self.documents(["a"])).out)
        #expect(skip.err.contains("msrender: skipped 1 document that is not a ModelService (ConfigMap ml/settings)"))

        let pass = TestSupport.run(["build", "--others=pass", "-"], stdin: list)
        #expect(pass.status == 0, "\(pass.err)")
        // A ConfigMap comes before the rendered objects, written as it was in the List.
        #expect(
            pass.out.hasPrefix(
                "---\n# Source: <stdin>\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings, namespace: ml}\ndata: {a: \"1\"}\n---\n"
            ), "\(pass.out)")
        #expect(pass.out.hasSuffix(skip.out))
    }

    @Test func emptyListsRenderNothing() {
        for list in [
            "apiVersion: v1\nkind: List\nitems: []\n",
            "apiVersion: v1\nkind: List\nmetadata: {resourceVersion: \"\"}\n",
            "apiVersion: v1\nkind: List\nitems:\n",
            "{\"apiVersion\": \"v1\", \"items\": [], \"kind\": \"List\", \"metadata\": {\"resourceVersion\": \"\"}}\n",
        ] {
            let r = TestSupport.run(["build", "-"], stdin: list)
            #expect(r.status == 0, "\(list): \(r.err)")
            #expect(r.out.isEmpty)
            #expect(r.err.contains("no ModelService in the input"), "\(r.err)")
        }
        // `msrender build --format json` of nothing reads back as nothing.
        let json = TestSupport.run(
            ["build", "--format", "json", "-"], stdin: "apiVersion: v1\nkind: List\nitems: []\n")
        #expect(TestSupport.run(["build", "-"], stdin: json.out).out.isEmpty)
    }

    /// kubectl flattens lists inside lists (cli-runtime's FlattenListVisitor loops until
    /// no item is a list); msrender does the same, and names the nested place.
    @Test func nestedListsAreFlattened() {
        let inner = Self.kubectlList([
            Self.served("b", indent: "    "), Self.served("c", spec: "decode: {replicas: -1}", indent: "    "),
        ])
        .split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
        let list = "apiVersion: v1\nkind: List\nitems:\n" + Self.served("a") + "\n  -\n" + inner + "\n"
        let r = TestSupport.run(["build", "-"], stdin: list)
        #expect(r.status == 1)
        #expect(r.err.contains("spec.decode.replicas:"), "\(r.err)")
        #expect(r.err.contains("(items[1].items[1] of the List)"), "\(r.err)")
        let fixed = list.replacingOccurrences(of: "decode: {replicas: -1}", with: "decode: {}")
        let ok = TestSupport.run(["build", "-"], stdin: fixed)
        #expect(ok.status == 0, "\(ok.err)")
        #expect(ok.out == TestSupport.run(["build", "-"], stdin: Self.documents(["a", "b", "c"])).out)
    }

    /// `kubectl get -o json` prints the same List as JSON; positions still point into it.
    @Test func jsonListFromKubectl() throws {
        let yamlList = Self.kubectlList(["a", "b"].map { Self.served($0) })
        let json = TestSupport.run(["convert", "--to", "json", "-"], stdin: yamlList)
        #expect(json.status == 0)
        let r = TestSupport.run(["build", "-"], stdin: json.out)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out == TestSupport.run(["build", "-"], stdin: Self.documents(["a", "b"])).out)
        let bad = json.out.replacingOccurrences(of: "\"decode\":{}", with: "\"decode\":{\"replicas\":\"x\"}")
        #expect(bad != json.out)
        let e = TestSupport.run(["build", "-"], stdin: bad)
        #expect(e.status == 1)
        #expect(e.err.contains("<stdin>:1:"), "\(e.err)")
        #expect(e.err.contains("spec.decode.replicas:") && e.err.contains("(items[0] of the List)"), "\(e.err)")
    }

    /// A kind ending in List without `items` is an object of its own, not a list.
    @Test func aKindEndingInListWithoutItemsIsItself() {
        let r = TestSupport.run(
            ["build", "--others=pass", "-"],
            stdin: "apiVersion: example.com/v1\nkind: AllowList\nmetadata: {name: x}\nentries: [a]\n")
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.contains("kind: AllowList\n"))
    }

    @Test func diffReadsLists() {
        let dir = TestSupport.tempDir()
        let list = Self.kubectlList(["a", "b"].map { Self.served($0) })
        TestSupport.write(list, to: dir + "/in/served.yaml")
        let built = TestSupport.run(["build", dir + "/in", "-o", dir + "/out"])
        #expect(built.status == 0, "\(built.err)")
        let same = TestSupport.run(["diff", "--check", dir + "/out", dir + "/in"])
        #expect(same.status == 0, "\(same.err)")
        TestSupport.write(Self.kubectlList([Self.served("a")]), to: dir + "/in/served.yaml")
        let changed = TestSupport.run(["diff", "--check", dir + "/out", dir + "/in"])
        #expect(changed.status == 1)
        #expect(changed.out.contains("ml/b.yaml"))
    }
}
