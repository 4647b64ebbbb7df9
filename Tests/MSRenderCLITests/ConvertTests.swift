import Testing

@testable import MSRenderCLI

/// `msrender convert`: YAML/JSON in, one JSON text per document or a YAML stream out.
struct ConvertTests {
    @Test func jsonOneLinePerDocument() {
        let r = TestSupport.run(
            ["convert", "-"], stdin: "b: 1\na: [x, 2.5, true, null]\n---\n- yes\n- 0o17\n--- 'str'\n")
        #expect(r.status == 0, "\(r.err)")
        #expect(r.out == "{\"b\":1,\"a\":[\"x\",2.5,true,null]}\n[\"yes\",15]\n\"str\"\n")
        #expect(r.err.isEmpty)
    }

    @Test func sortKeysAndYAMLOutput() {
        let r = TestSupport.run(
            ["convert", "--to", "yaml", "--sort-keys", "-"], stdin: "{\"b\": \"on\", \"a\": {\"list\": [1, \"2\"]}}")
        #expect(r.status == 0)
        #expect(r.out == "---\na:\n  list:\n  - 1\n  - \"2\"\nb: \"on\"\n")
    }

    @Test func readsAFileAndDefaultsToStdin() {
        let file = TestSupport.run(["convert", "examples/json-input.json"])
        #expect(file.status == 0)
        #expect(file.out.hasPrefix("{\"apiVersion\":\"model.otterscale.io/v1alpha1\""))
        let stdin = TestSupport.run(["convert"], stdin: "x: 1\n")
        #expect(stdin.out == "{\"x\":1}\n")
    }

    @Test(arguments: [
        ("a: [1, 2\n", "<stdin>:2:1: error: "),
        ("a: 1\na: 2\n", "<stdin>:2:1: error: "),
        ("key: \"unterminated\n", "<stdin>:2:1: error: "),
        ("a:\n\t- tab\n", "<stdin>:2:1: error: found a tab character where indentation is expected"),
        ("*undefined\n", "<stdin>:1:1: error: "),
    ])
    func invalidInput(_ input: String, _ prefix: String) {
        let r = TestSupport.run(["convert", "-"], stdin: input)
        #expect(r.status == 1)
        #expect(r.out.isEmpty)
        #expect(r.err.hasPrefix(prefix), "\(input.debugDescription): \(r.err)")
    }

    @Test func missingFile() {
        let r = TestSupport.run(["convert", "/nonexistent.yaml"])
        #expect(r.status == 1)
        #expect(r.err == "/nonexistent.yaml: error: no such file or directory\n")
    }
}
