import MSYAML
import Testing

/// Errors name a position and say what was expected, in plain words.
@Suite struct ReaderErrorTests {
    @Test(
        arguments: [
            ("name: web\nimage\n", "2:6", #"expected ':' after the mapping key "image""#),
            ("a:\n\tb: 1\n", "2:1", "found a tab character where indentation is expected"),
            ("a: 1\nb: \"x\n  y\n", "4:1", "unclosed double-quoted string started at 2:4"),
            ("a: 'x", "1:6", "unclosed single-quoted string started at 1:4"),
            ("a: b: c\n", "1:5", "a ':' mapping value is not allowed here"),
            ("a: 1\na: 2\n", "2:1", "duplicate mapping key \"a\" (first at 1:1)"),
            ("1: x\n0x1: y\n", "2:1", "duplicate mapping key 0x1 (first at 1:1)"),
            ("a: x\n\"a\": y\n", "2:1", "duplicate mapping key \"a\" (first at 1:1)"),
            ("a: *nope\n", "1:4", "found the alias *nope, but no anchor &nope precedes it"),
            ("a: !!int abc\n", "1:4", "!!int expects an integer, found \"abc\""),
            ("a: !!bool yes\n", "1:4", "!!bool expects true or false, found \"yes\""),
            ("!!map [1]\n", "1:1", "the tag !!map cannot be used on a sequence"),
            ("a: !x!y z\n", "1:4", "found the tag handle '!x!', which no %TAG directive defines"),
            ("a: \"\\q\"\n", "1:5", "found the unknown escape \\q"),
            ("a: \"\\é\"\n", "1:5", "found the unknown escape \\é"),
            ("a: \"x\\", "1:6", "unclosed double-quoted string started at 1:4"),
            (
                "key: value\n  extra: 1\n", "2:8",
                "found ':' after a scalar that started on an earlier line (at 1:6): this line is indented 2 spaces,"
                    + " but the mapping above uses 0 (its keys start at column 1), so the line continues that scalar"
            ),
            (
                "- a\n  b: 1\n", "2:4",
                "found ':' after a scalar that started on an earlier line (at 1:3); a mapping key must be on one line"
                    + " (check the indentation, and the space after each ':')"
            ),
            (
                "\"a\n b\": 1\n", "2:4",
                "found ':' after a scalar that started on an earlier line (at 1:1); a mapping key must be on one line"
                    + " (check the indentation, and the space after each ':')"
            ),
            ("a:\n  - 1\n  -2\n", "3:3", "expected a '-' sequence entry, found a scalar"),
            ("[a, b\n", "2:1", "expected ',' or ']' in the flow sequence, found the end of the stream"),
            ("{a: 1\n", "2:1", "expected ',' or '}' in the flow mapping, found the end of the stream"),
            ("- a\nb: c\n", "2:1", "expected a '-' sequence entry, found a mapping key"),
            ("a: 1\n- b\n", "2:1", "expected a mapping key, found a '-' sequence entry"),
            ("a: \"b\"#c\n", "1:7", "a comment must be separated from what precedes it by white space"),
            ("%YAML 1.2\na: b\n", "2:1", "expected a document start '---' after the directives, found a block mapping"),
            ("--- a\n... b\n", "2:5", "only a comment may follow the document end marker '...' on its line"),
            ("a: |x\n", "1:5", "expected a comment or a line break after the block scalar header, found 'x'"),
            ("%YAML 2.0\n--- a\n", "1:1", "found %YAML 2.0, but only YAML 1.x is supported"),
            ("a: `x`\n", "1:4", "found '`', which cannot start any token"),
            ("a: [\nb]\n", "2:1", "this line of a flow collection must be indented more than the enclosing block"),
        ] as [(String, String, String)])
    func messages(_ yaml: String, _ position: String, _ message: String) {
        let e = ReaderSupport.error(yaml)
        #expect(e?.message == message)
        #expect(e?.mark.description == position)
    }

    /// A mis-indented line says what indentation was expected.
    @Test(
        arguments: [
            // A key deeper than its siblings continues the value above.
            (
                "a:\n  b: 1\n   c: 2\n", "3:5",
                "found ':' after a scalar that started on an earlier line (at 2:6): this line is indented 3 spaces,"
                    + " but the mapping above uses 2 (its keys start at column 3), so the line continues that scalar"
            ),
            (
                "- name: x\n   image: y\n", "2:9",
                "found ':' after a scalar that started on an earlier line (at 1:9): this line is indented 3 spaces,"
                    + " but the mapping above uses 2 (its keys start at column 3), so the line continues that scalar"
            ),
            // A key less indented than its siblings, deeper than their parent.
            (
                "spec:\n  model:\n    name: x\n   image: y\n", "4:4",
                "expected a mapping key, found a block mapping: this line is indented 3 spaces, but the mapping above"
                    + " uses 4 (its keys start at column 5) and the mapping holding it uses 2 (its keys start at column 3)"
            ),
            (
                "- a: 1\n  b: 2\n c: 3\n", "3:2",
                "expected a '-' sequence entry, found a block mapping: this line is indented 1 space, but the mapping"
                    + " above uses 2 (its keys start at column 3) and the sequence holding it uses 0 (its '-' entries"
                    + " start at column 1)"
            ),
            (
                " a: 1\nb: 2\n", "2:1",
                "expected the end of the document ('...' or '---'), found a block mapping: this line is indented"
                    + " 0 spaces, but the mapping above uses 1 (its keys start at column 2)"
            ),
            // A sequence entry at the wrong column.
            (
                "key:\n   - ok\n   - also ok\n  - wrong\n", "4:3",
                "expected a mapping key, found a block sequence: this line is indented 2 spaces, but the sequence"
                    + " above uses 3 (its '-' entries start at column 4) and the mapping holding it uses 0 (its keys"
                    + " start at column 1)"
            ),
            // A key deeper than the mapping after a flow value.
            (
                "a: [1]\n  b: 2\n", "2:3",
                "expected a mapping key, found a block mapping: this line is indented 2 spaces, but the mapping above"
                    + " uses 0 (its keys start at column 1)"
            ),
        ] as [(String, String, String)])
    func indentationHints(_ yaml: String, _ position: String, _ message: String) {
        ReaderSupport.expectError(yaml, at: position, message)
    }

    @Test func errorDescriptionHasPosition() {
        #expect(ReaderSupport.error("a: 'x")?.description == "1:6: unclosed single-quoted string started at 1:4")
    }
}
