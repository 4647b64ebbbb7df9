import Testing

@testable import MSYAML

/// The style-keeping writer against exact expected text: each scalar keeps its text
/// and style, collections their flow or block form, keys their order.
@Suite struct NodeEmitterTests {
    static func emit(_ yaml: String) throws -> String {
        try NodeEmitter.emit(try YAMLReader.read(yaml)[0].root)
    }

    /// The reproduction of issue 8: a Thing beside a ModelService, as kpt sends it.
    @Test func thingPassesThroughExactly() throws {
        let thing = """
            apiVersion: example.com/v1
            kind: Thing
            metadata:
              name: thing
              annotations:
                config.kubernetes.io/index: '0'
            spec:
              big: 12345678901234567890
              hex: 0x1F
              f: 1.10
              e: 1e3
              oct: 0o17
              date: 2024-01-02
              sq: 'single'
              dq: "yes"
              plainYes: yes
              flow: [1, 2, {a: b}]
              lit: |
                line one
                line two
              neg: -.5
              inf: .inf
              empty:
              tagged: !!str 123
              list:
              - a
              - {}

            """
        #expect(try Self.emit(thing) == thing)
    }

    @Test(
        arguments: [
            // scalars in their own styles
            ("a: 'it''s'", "a: 'it''s'\n"),
            ("a: '  padded  '", "a: '  padded  '\n"),
            ("a: 'one\n\n  two'", "a: \"one\\ntwo\"\n"),  // a line break: single quotes cannot hold it on one line
            ("a: \"x\\ty\"", "a: \"x\\ty\"\n"),
            ("a: |-\n  x", "a: |-\n  x\n"),
            ("a: |2\n   lead\n", "a: |2\n   lead\n"),
            ("a: |\n  trailing \n", "a: \"trailing \\n\"\n"),  // a blank before a line break
            ("a: >\n  folded\n  text\n", "a: \"folded text\\n\"\n"),  // as kpt writes folded scalars
            ("a: one\n  two\n\n  three", "a: |-\n  one two\n  three\n"),  // a plain string with a line break
            ("a: x\ty", "a: x\ty\n"),
            ("- \n- ~\n- null", "-\n- ~\n- null\n"),
            // flow collections on one line, their content in flow
            ("a: [1, 'two', \"3\", [x, {k: v}], {}]", "a: [1, 'two', \"3\", [x, {k: v}], {}]\n"),
            ("a: {k: , j: x}", "a: {k: , j: x}\n"),
            ("a: [k: v, x]", "a: [{k: v}, x]\n"),
            ("a: [!!str , b]", "a: [!!str , b]\n"),
            ("[a, b]", "[a, b]\n"),
            ("a: {[x]: y}", "a: {? [x] : y}\n"),
            ("- [a]\n- {b: c}", "- [a]\n- {b: c}\n"),
            // tags
            ("a: !!int '12'", "a: !!int '12'\n"),
            ("a: !local x", "a: !local x\n"),
            ("a: !<tag:example.com,2000:x> y", "a: !<tag:example.com,2000:x> y\n"),
            ("a: !e%21 y", "a: !<!e!> y\n"),
            ("a: !!map\n  b: c", "a: !!map\n  b: c\n"),
            ("a: !!seq\n- b", "a: !!seq\n- b\n"),
            ("- !!map\n  b: c", "- !!map\n  b: c\n"),
            ("!!map\nb: c", "!!map\nb: c\n"),
            ("a: !!str", "a: !!str\n"),
            ("a: !!str |\n  x\n", "a: !!str |\n  x\n"),
            // keys keep order and style
            ("z: 1\n'a': 2\n\"m\": 3\n0x1: 4", "z: 1\n'a': 2\n\"m\": 3\n0x1: 4\n"),
            ("? [a, b]\n: c", "? [a, b]\n: c\n"),
            ("? |\n  k\n: v", "\"k\\n\": v\n"),
            // nested block layout as kubectl writes it
            ("a:\n    b:\n        - c\n        - d: e\n          f: g", "a:\n  b:\n  - c\n  - d: e\n    f: g\n"),
        ] as [(String, String)])
    func styles(_ yaml: String, _ expected: String) throws {
        let got = try Self.emit(yaml)
        #expect(got == expected)
        // And it reads back as the same data.
        #expect(try YAMLReader.read(got)[0].root.toValue() == YAMLReader.read(yaml)[0].root.toValue())
    }

    /// Keys longer than an implicit key may be use `? key`, in block and flow.
    @Test func longKeys() throws {
        let key = String(repeating: "k", count: 1001)
        #expect(try Self.emit("\(key): v") == "? \(key)\n: v\n")
        #expect(try Self.emit("{\(key): v}") == "{? \(key): v}\n")
        #expect(try YAMLReader.read(try Self.emit("{\(key): v}"))[0].root.toValue() == [key: "v"])
    }

    /// Anchors are not written (aliases are copies already); the data is.
    @Test func aliasesAreWrittenAsCopies() throws {
        #expect(try Self.emit("a: &x {b: 1}\nc: *x") == "a: {b: 1}\nc: {b: 1}\n")
    }

    /// Deep flow nesting is written without recursion.
    @Test func deepFlow() throws {
        var node = Node(.scalar("x", .plain), mark: .start)
        for _ in 0..<5000 { node = Node(.sequence([node]), mark: .start, flow: true) }
        let text = try NodeEmitter.emit(node)
        #expect(text == String(repeating: "[", count: 5000) + "x" + String(repeating: "]", count: 5000) + "\n")
    }

    /// A node tree made by a program: strings that cannot stay plain are quoted, a
    /// block collection inside a flow one is written in flow.
    @Test func programTreesStayReadable() throws {
        func s(_ t: String, _ style: ScalarStyle = .plain) -> Node { Node(.scalar(t, style), mark: .start) }
        let inner = Node(.mapping([.init(key: s("k"), value: s("a: b"))]), mark: .start)
        let root = Node(
            .mapping([
                .init(key: s("f"), value: Node(.sequence([s("x, y"), inner, s("")]), mark: .start, flow: true)),
                .init(key: s(" lead"), value: s("#x")),
            ]), mark: .start)
        let text = try NodeEmitter.emit(root)
        #expect(text == "f: [\"x, y\", {k: \"a: b\"}, null]\n\" lead\": \"#x\"\n")
    }
}
