import Testing

@testable import MSRenderCLI

/// JSON streams as input, as `kubectl apply -f` reads them: JSON Lines on stdin,
/// concatenated pretty JSON in a file, and msrender's own `convert --to json` output.
struct JSONStreamInputTests {
    /// `msrender convert --to json x.yaml | msrender convert --to yaml -` gives what
    /// converting the YAML directly gives.
    @Test func convertReadsItsOwnJSON() {
        let yaml = "b: 1\na: [x, 2.5, true, null]\n---\n- yes\n- {c: d}\n--- 'str'\n"
        let json = TestSupport.run(["convert", "--to", "json", "-"], stdin: yaml)
        #expect(json.status == 0, "\(json.err)")
        let back = TestSupport.run(["convert", "--to", "yaml", "-"], stdin: json.out)
        #expect(back.status == 0, "\(back.err)")
        #expect(back.out == TestSupport.run(["convert", "--to", "yaml", "-"], stdin: yaml).out)
    }

    @Test func buildReadsJSONLinesOnStdin() {
        let files = ["examples/minimal.yaml", "examples/cpu.yaml"]
        let lines = files.map { TestSupport.run(["convert", "--to", "json", $0]).out }.joined()
        #expect(lines.split(separator: "\n").count == 2)
        let r = TestSupport.run(["build", "-"], stdin: lines)
        #expect(r.status == 0, "\(r.err)")
        let yaml = TestSupport.run(["build"] + files)
        #expect(yaml.status == 0)
        #expect(Self.withoutSources(r.out) == Self.withoutSources(yaml.out))
    }

    @Test func buildReadsConcatenatedPrettyJSON() {
        let pretty = TestSupport.read(TestSupport.root + "/examples/json-input.json") ?? ""
        let minimal = TestSupport.run(["convert", "--to", "json", "examples/minimal.yaml"]).out
        let dir = TestSupport.tempDir()
        TestSupport.write(pretty + minimal, to: dir + "/two.json")
        let r = TestSupport.run(["build", dir + "/two.json"])
        #expect(r.status == 0, "\(r.err)")
        let each = TestSupport.run(["build", "examples/json-input.json", "examples/minimal.yaml"])
        #expect(Self.withoutSources(r.out) == Self.withoutSources(each.out))
    }

    /// An error in the second text is reported at its line and column in the file, and
    /// so are decoding errors in the second document.
    @Test func positionsPointIntoTheSecondText() throws {
        let minimal = TestSupport.run(["convert", "--to", "json", "examples/minimal.yaml"]).out
        let broken = TestSupport.run(["build", "-"], stdin: minimal + "{\"apiVersion\": \"v1\",\n  \"kind\" \"x\"}\n")
        #expect(broken.status == 1)
        #expect(broken.err.hasPrefix("<stdin>:3:10: error: expected ':' after the key in the JSON object, found '\"'"))
        let second = minimal.replacingOccurrences(of: "\"qwen3\"", with: "\"other\"")
            .replacingOccurrences(of: "\"decode\":{}", with: "\"decode\":{\"replica\":2}")
        let key = try #require(second.range(of: "\"replica\""))
        let column = second.distance(from: second.startIndex, to: key.lowerBound) + 1
        let r = TestSupport.run(["build", "-"], stdin: minimal + second)
        #expect(r.status == 1)
        #expect(r.err.contains("<stdin>:2:\(column): error: spec.decode.replica: unknown field"), "\(r.err)")
    }

    /// `# Source:` lines name the input file, which differs between the runs compared.
    static func withoutSources(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("# Source: ") }
            .joined(separator: "\n")
    }
}
