import MSYAML
import Testing

@testable import MSRenderCLI

/// `msrender fn` writes items it does not own exactly as they came: every scalar's
/// text and style, flow and block collections, key order (kpt takes styles from a
/// function's output, so anything else rewrites the user's files).
struct FnPassThroughTests {
    /// The reproduction of issue 8, in the layout the writer uses, so that a list of
    /// only such items must come back byte for byte.
    static let thing = """
        - apiVersion: example.com/v1
          kind: Thing
          metadata:
            name: thing
            annotations:
              config.kubernetes.io/index: '0'
              config.kubernetes.io/path: 'apps/thing.yaml'
          spec:
            big: 12345678901234567890
            hex: 0x1F
            f: 1.10
            e: 1e3
            oct: 0o17
            date: 2024-01-02
            sq: 'single'
            dq: "yes"
            word: yes
            flow: [1, 2, {a: b}]
            lit: |
              line one
              line two
            empty:
            neg: -.5
            inf: .inf
            nfc: "caf\u{E9}"
            nfd: "cafe\u{301}"
        """

    static let functionConfig = """
        functionConfig:
          apiVersion: v1
          kind: ConfigMap
          data: {replicas: 0x10, ratio: 1.50}
        """

    /// FnTests' ModelService item, at this file's indentation.
    static let modelService = FnTests.modelService.split(separator: "\n").map { $0.dropFirst(2) }.joined(
        separator: "\n")

    static func list(_ items: String...) -> String {
        "apiVersion: config.kubernetes.io/v1\nkind: ResourceList\nitems:\n" + items.joined(separator: "\n") + "\n"
    }

    @Test func itemsAndFunctionConfigComeBackByteForByte() {
        let input = Self.list(Self.thing) + Self.functionConfig + "\n"
        let r = TestSupport.run(["fn"], stdin: input)
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out == input)
    }

    /// Beside a ModelService: the Thing is unchanged, the rendered objects follow it.
    @Test func passThroughBesideRenderedObjects() throws {
        let r = TestSupport.run(["fn"], stdin: Self.list(Self.thing, Self.modelService))
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out.hasPrefix(Self.list(Self.thing)))
        let out = try FnTests.parse(r.out)
        guard case .sequence(let items) = out["items"] else {
            Issue.record("no items")
            return
        }
        #expect(items.count > 10)
        #expect(items.dropFirst().allSatisfy { $0["kind"] != "ModelService" })
    }

    /// On a failure the items come back untouched too, the results saying why.
    @Test func failedRunReturnsItemsExactly() {
        let bad = Self.modelService.replacingOccurrences(of: "decode: {}", with: "decode: {replicas: -1}")
        let r = TestSupport.run(["fn"], stdin: Self.list(Self.thing, bad))
        #expect(r.status == 1)
        #expect(r.out.hasPrefix(Self.list(Self.thing)))
        #expect(r.out.contains("replicas: -1"))
    }

    /// `nodeSelector: {1: a, "1": b}` in a ModelService item: an error result, not a
    /// rendered object with the key "1" twice.
    @Test func duplicateStringMapKeysAreAResult() throws {
        let bad = Self.modelService.replacingOccurrences(
            of: "decode: {}", with: "decode: {nodeSelector: {1: a, \"1\": b}}")
        let r = TestSupport.run(["fn"], stdin: Self.list(bad))
        #expect(r.status == 1)
        let out = try FnTests.parse(r.out)
        guard case .sequence(let results) = out["results"], let first = results.first else {
            Issue.record("no results in \(r.out)")
            return
        }
        #expect(first["field"]?["path"] == "spec.decode.nodeSelector[1]")
        #expect(first["message"]?.stringValue?.hasPrefix("duplicate key \"1\"") == true)
    }
}
