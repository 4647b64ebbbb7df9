import MSYAML
import Testing

/// Every scalar style, read to its value.
@Suite struct ReaderScalarTests {
    @Test(
        arguments: [
            // plain, incl. multi-line folding and core-schema resolution
            ("a: hello world", "hello world"),
            ("a: one\n  two\n\n  three", "one two\nthree"),
            ("a: x:y #not:comment", "x:y"),
            ("a: -1x", "-1x"),
            ("[a:b, c]", "a:b"),
            // single-quoted
            ("a: 'it''s'", "it's"),
            ("a: 'one\n  two\n\n  three '", "one two\nthree "),
            ("a: '\\n'", "\\n"),
            // double-quoted: every escape
            ("a: \"\\0\\a\\b\\t\\\t\\n\\v\\f\\r\\e\\ \\\"\\/\\\\\"", "\u{0}\u{7}\u{8}\t\t\n\u{B}\u{C}\r\u{1B} \"/\\"),
            (#"a: "\N\_\L\P""#, "\u{85}\u{A0}\u{2028}\u{2029}"),
            (#"a: "\x41\u00e9\U0001F600""#, "Aé😀"),
            ("a: \"fold\n  ed\"", "fold ed"),
            ("a: \"no \\\n  space\"", "no space"),
            ("a: \"keep\n\n  break\"", "keep\nbreak"),
            // literal
            ("a: |\n  one\n   two\n", "one\n two\n"),
            ("a: |-\n  x\n\n", "x"),
            ("a: |+\n  x\n\n", "x\n\n"),
            ("a: |2\n   x\n", " x\n"),
            ("a: |1-\n  x\n", " x"),
            // folded
            ("a: >\n  one\n  two\n\n  three\n", "one two\nthree\n"),
            ("a: >\n  one\n    more\n  two\n", "one\n  more\ntwo\n"),
            ("a: >-\n  x\n  y\n", "x y"),
            ("a: >+\n  x\n\n", "x\n\n"),
        ] as [(String, String)])
    func styles(_ yaml: String, _ expected: String) throws {
        let v = try ReaderSupport.value(yaml)
        let got: Value
        switch v {
        case .mapping(let entries): got = entries[0].value
        case .sequence(let items): got = items[0]
        default: got = v
        }
        #expect(got == .string(expected))
    }

    @Test func scalarStylesAreRecorded() throws {
        let docs = try YAMLReader.read("- a\n- 'b'\n- \"c\"\n- |\n  d\n- >\n  e\n")
        guard case .sequence(let items) = docs[0].root.content else {
            Issue.record("not a sequence")
            return
        }
        let styles = items.compactMap { n -> ScalarStyle? in
            if case .scalar(_, let s) = n.content { return s }
            return nil
        }
        #expect(styles == [.plain, .singleQuoted, .doubleQuoted, .literal, .folded])
    }

    @Test func coreSchema() throws {
        let v = try ReaderSupport.value("[1, -2, 0x1F, 0o17, 1.5, .inf, ~, null, true, False, '1', \"true\", 1e3]")
        let n = { ReaderSupport.number($0) }
        #expect(v == [1, -2, n("0x1F"), n("0o17"), 1.5, n(".inf"), nil, nil, true, false, "1", "true", n("1e3")])
    }

    @Test func documentsAndDirectives() throws {
        let docs = try YAMLReader.read("%YAML 1.2\n%TAG !e! tag:example.com,2000:\n--- !e!x a\n...\n--- b\n---\n")
        #expect(docs.count == 3)
        #expect(docs[0].root.tag == "tag:example.com,2000:x")
        #expect(docs[0].explicitStart)
        #expect(try docs[1].root.toValue() == "b")
        #expect(docs[2].root.isNull)
    }

    @Test func anchorsAliasesAndKeys() throws {
        let v = try ReaderSupport.value("base: &b {x: 1}\ncopy: *b\n? [complex, key]\n: v\n? explicit\n")
        #expect(
            v
                == .mapping([
                    .init(key: "base", value: ["x": 1]), .init(key: "copy", value: ["x": 1]),
                    .init(key: ["complex", "key"], value: "v"), .init(key: "explicit", value: nil),
                ]))
    }

    @Test func orderIsKept() throws {
        let v = try ReaderSupport.value("z: 1\na: 2\nm: 3\n")
        guard case .mapping(let e) = v else { return }
        #expect(e.map(\.key) == ["z", "a", "m"])
    }

    @Test func commentsAreIgnored() throws {
        #expect(try ReaderSupport.value("# head\na: 1 # tail\n# end\n") == ["a": 1])
    }
}
