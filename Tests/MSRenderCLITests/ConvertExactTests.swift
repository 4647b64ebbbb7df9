import Testing

@testable import MSRenderCLI

/// `msrender convert` keeps every value exactly (issue 8): numbers of any size and
/// spelling, keys by bytes; what JSON cannot hold is an error at its position.
struct ConvertExactTests {
    static let input = """
        big: 12345678901234567890
        neg: -123456789012345678901234567890
        hex: 0x1F
        f: 1.10
        e: 1e3
        oct: 0o17
        lead: 010
        half: .5
        date: 2024-01-02
        word: yes
        quoted: 'yes'
        "caf\u{E9}": nfc
        "cafe\u{301}": nfd

        """

    /// YAML to YAML: a number keeps its text when YAML 1.1 and 1.2 readers agree on it,
    /// else gets an exact spelling they agree on; strings are quoted where a YAML 1.1
    /// reader would take them for something else.
    @Test func yamlToYAMLKeepsValues() {
        let r = TestSupport.run(["convert", "--to", "yaml", "-"], stdin: Self.input)
        #expect(r.status == 0, "\(r.err)")
        #expect(
            r.out == """
                ---
                big: 12345678901234567890
                neg: -123456789012345678901234567890
                hex: 0x1F
                f: 1.10
                e: 1.0e+3
                oct: 15
                lead: 10
                half: 0.5
                date: "2024-01-02"
                word: "yes"
                quoted: "yes"
                caf\u{E9}: nfc
                cafe\u{301}: nfd

                """)
    }

    /// YAML to JSON: integers of any size stay integers, every radix becomes decimal,
    /// floats keep their digits.
    @Test func yamlToJSONKeepsValues() {
        let r = TestSupport.run(["convert", "--to", "json", "-"], stdin: Self.input)
        #expect(r.status == 0, "\(r.err)")
        #expect(
            r.out
                == #"{"big":12345678901234567890,"neg":-123456789012345678901234567890,"hex":31,"f":1.10,"e":1e3,"#
                + #""oct":15,"lead":10,"half":0.5,"date":"2024-01-02","word":"yes","quoted":"yes","caf\#u{E9}":"nfc","#
                + #""cafe\#u{301}":"nfd"}"# + "\n")
    }

    /// The output reads back (as YAML, and JSON is YAML) as the same values.
    @Test(arguments: ["yaml", "json"])
    func outputReadsBackAsTheInput(_ format: String) {
        let first = TestSupport.run(["convert", "--to", format, "-"], stdin: Self.input)
        let again = TestSupport.run(["convert", "--to", format, "-"], stdin: first.out)
        #expect(again.status == 0)
        #expect(again.out == first.out)
    }

    /// `.inf`, `.nan` and keys that become one JSON name: an error at the place in the
    /// input, nothing on stdout, exit 1; every refused document is reported.
    @Test func jsonRefusesWhatItCannotHold() {
        let input = "a: 1\n---\nlist:\n- 1\n- .inf\n---\nok: 2\n---\n{1: a, \"1\": b}\n---\nx: .NaN\n"
        let r = TestSupport.run(["convert", "--to", "json", "-"], stdin: input)
        #expect(r.status == 1)
        #expect(r.out.isEmpty)
        let errors = r.err.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(
            errors == [
                "<stdin>:5:3: error: list[1]: JSON has no number .inf; quote it to make it a string",
                "<stdin>:9:8: error: duplicate mapping key \"1\": a mapping cannot be written with two equal keys",
                "<stdin>:11:4: error: x: JSON has no number .NaN; quote it to make it a string",
            ])
        // YAML holds all of it.
        let yaml = TestSupport.run(["convert", "--to", "yaml", "-"], stdin: input)
        #expect(yaml.status == 0)
        #expect(
            yaml.out.contains("- .inf\n") && yaml.out.contains("1: a\n\"1\": b\n") && yaml.out.contains("x: .NaN\n"))
    }
}
