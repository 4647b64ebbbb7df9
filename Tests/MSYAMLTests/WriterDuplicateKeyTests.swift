import Testing

@testable import MSYAML

/// The writers refuse a mapping with two equal keys, with the path and the steps that
/// lead to it, and append nothing; keys that differ by bytes are both written.
@Suite struct WriterDuplicateKeyTests {
    static func entries(_ pairs: [(Value, Value)]) -> Value {
        .mapping(pairs.map { Value.Entry(key: $0.0, value: $0.1) })
    }

    /// `nodeSelector: {1: a, "1": b}` as msrender once rendered it: two string keys "1".
    static let rendered: Value = [
        "kind": "Deployment",
        "spec": ["template": ["spec": ["nodeSelector": entries([("1", "a"), ("1", "b")])]]],
    ]

    @Test(arguments: [false, true])
    func yamlRefusesEqualStringKeys(sortKeys: Bool) {
        var out: [UInt8] = Array("---\n".utf8)
        #expect(
            throws: EmitError(
                #"duplicate mapping key "1": a mapping cannot be written with two equal keys"#,
                steps: [.value(1), .value(0), .value(0), .value(0), .key(1)], path: "spec.template.spec.nodeSelector")
        ) {
            try YAMLEmitter.emit(Self.rendered, into: &out, options: .init(sortKeys: sortKeys))
        }
        #expect(out == Array("---\n".utf8))
    }

    /// Sorted, many keys: the duplicate is found wherever it is, by the hashed path too.
    @Test func yamlFindsDuplicatesAmongManyKeys() {
        var pairs: [(Value, Value)] = (0..<30).map { (.string("k\(29 - $0)"), .int($0)) }
        pairs.append(("k7", 1))
        for sortKeys in [false, true] {
            #expect(throws: EmitError.self) {
                try YAMLEmitter.emit(Self.entries(pairs), options: .init(sortKeys: sortKeys))
            }
        }
    }

    /// Keys YAML calls equal although written differently (1 and 0x1), and keys it
    /// tells apart (1 and "1", NFC and NFD).
    @Test func yamlComparesAsTheReaderDoes() throws {
        let same = Self.entries([(ReaderSupport.number("1"), "a"), (ReaderSupport.number("0x1"), "b")])
        #expect(throws: EmitError.self) { try YAMLEmitter.emit(same) }
        let apart = Self.entries([(.int(1), "a"), ("1", "b"), ("caf\u{E9}", "c"), ("cafe\u{301}", "d")])
        #expect(try YAMLEmitter.emit(apart, options: .init(sortKeys: false)) == "1: a\n\"1\": b\ncafé: c\ncafé: d\n")
        #expect(try YAMLEmitter.emit(apart) == "1: a\n\"1\": b\ncafé: d\ncafé: c\n")
    }

    /// JSON member names are text: 1 and "1" become one name.
    @Test func jsonRefusesKeysThatBecomeOneName() throws {
        let v = Self.entries([("x", 1), (.int(1), "a"), ("1", "b")])
        for sortKeys in [false, true] {
            #expect(
                throws: EmitError(
                    #"duplicate mapping key "1": a mapping cannot be written with two equal keys"#, steps: [.key(2)],
                    path: "")
            ) { try JSONWriter.write(v, pretty: false, sortKeys: sortKeys) }
        }
        let nfc = Self.entries([("caf\u{E9}", 1), ("cafe\u{301}", 2)])
        #expect(try JSONWriter.write(nfc, pretty: false, sortKeys: true) == "{\"cafe\u{301}\":2,\"caf\u{E9}\":1}")
    }

    /// The style-keeping writer refuses a node tree with equal keys (the reader never
    /// builds one), with the steps into the tree.
    @Test func nodeEmitterRefusesEqualKeys() throws {
        func scalar(_ s: String, _ style: ScalarStyle = .plain) -> Node { Node(.scalar(s, style), mark: .start) }
        let inner = Node(
            .mapping([.init(key: scalar("1"), value: scalar("a")), .init(key: scalar("0x1"), value: scalar("b"))]),
            mark: .start, flow: true)
        let root = Node(
            .mapping([.init(key: scalar("items"), value: Node(.sequence([inner]), mark: .start))]), mark: .start)
        #expect(
            throws: EmitError(
                #"duplicate mapping key "0x1": a mapping cannot be written with two equal keys"#,
                steps: [.value(0), .item(0), .key(1)], path: "items[0]")
        ) { try NodeEmitter.emit(root) }
        let apart = Node(
            .mapping([
                .init(key: scalar("1"), value: scalar("a")), .init(key: scalar("1", .doubleQuoted), value: scalar("b")),
            ]),
            mark: .start)
        #expect(try NodeEmitter.emit(apart) == "1: a\n\"1\": b\n")
    }

    /// Steps lead back to the source node, for a position in the input.
    @Test func stepsFindTheSourceNode() throws {
        let doc = try YAMLReader.read("a:\n  - {x: 1, y: .inf}\n")[0]
        let value = try doc.root.toValue()
        do throws(EmitError) {
            _ = try JSONWriter.write(value, pretty: false, sortKeys: true)
            Issue.record("expected a refusal")
        } catch {
            #expect(error.path == "a[0].y")
            #expect(doc.root.node(at: error.steps)?.mark.description == "2:15")
        }
        #expect(doc.root.node(at: [.value(5)]) == nil)
    }
}
