import MSYAML
import Testing

/// Where scalars end: the last lines of the stream, white-space lines and tabs. Each
/// case was misread before (the comment says how); ScalarDifferentialTests holds the
/// whole class.
@Suite struct ReaderLineEndTests {
    @Test(
        arguments: [
            // Dropped the last white-space line: the end of the input ends it as a break would.
            ("a: |+\n  x\n  \n  ", "{a: x\n\n\n}"),
            ("|+\n  ", "\n"),
            // Read the last line of spaces as content " ".
            (">- # h\n ", ""),
            // A tab-indented white-space line, then only comments to the end: stream comments.
            ("|\n  x\n\t\n# c\n", "x\n"),
            ("|+\n  x\n\n\t\n...\n", "x\n\n"),
            ("a: x\n\t\nb: y\n", "{a: x, b: y}"),
            ("a: |\n  x\n# c\n\t\nb: y\n", "{a: x\n, b: y}"),
            // Said "a comment must be separated from what precedes it by white space".
            ("a: |2\n # c\nb: 1\n", "{a: , b: 1}"),
        ] as [(String, String)])
    func reads(_ yaml: String, _ expected: String) throws {
        let docs = try YAMLReader.read(yaml)
        let text = try #require(docs.first).root
        #expect(Self.flat(text) == expected)
    }

    @Test(
        arguments: [
            // Accepted, dropping the tab line.
            (
                "a: |\n  x\n\t\nb: 1\n", "3:1",
                "found a tab character where the block scalar's indentation (2 spaces) is expected"
            ),
            // Said "expected a mapping key, found a scalar" at 4:3.
            (
                "a: |\n  x\n\t\n  y\n", "3:1",
                "found a tab character where the block scalar's indentation (2 spaces) is expected"
            ),
            (
                "- >\n    x\n  \t\n    y\n", "3:3",
                "found a tab character where the block scalar's indentation (4 spaces) is expected"
            ),
            (
                "|\n  x\n\ty\n", "3:1",
                "found a tab character where the block scalar's indentation (2 spaces) is expected"
            ),
            (
                "a: |\n\t\n  x\n", "2:1",
                "found a tab character where the block scalar's indentation (1 space) is expected"
            ),
            // Read "x\ny".
            ("a: x\n\t\n  y\n", "2:1", "found a tab character where indentation is expected"),
            ("a: [x\n\t\n  y]\n", "2:1", "found a tab character where indentation is expected"),
            ("a: \"x\n\t\n  y\"\n", "2:1", "found a tab character where indentation is expected"),
            ("- 'x\n\t\n  y'\n", "2:1", "found a tab character where indentation is expected"),
        ] as [(String, String, String)])
    func rejects(_ yaml: String, _ position: String, _ message: String) {
        ReaderSupport.expectError(yaml, at: position, message)
    }

    /// A short text form of a node: scalars as they read, mappings as `{k: v, ...}`.
    static func flat(_ node: Node) -> String {
        switch node.content {
        case .scalar(let text, _): return text
        case .sequence(let items): return "[" + items.map(flat).joined(separator: ", ") + "]"
        case .mapping(let pairs):
            return "{" + pairs.map { flat($0.key) + ": " + flat($0.value) }.joined(separator: ", ") + "}"
        }
    }
}
