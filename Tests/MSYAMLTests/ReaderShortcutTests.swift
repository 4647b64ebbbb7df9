import Testing

@testable import MSYAML

/// The reader's shortcuts against the general code they stand in for.
@Suite struct ReaderShortcutTests {
    /// `Constructor.plain` skips the resolver for text that can only be a string or a
    /// number; it must agree with `Resolver.resolvePlain` everywhere.
    @Test(arguments: [
        "null", "Null", "NULL", "nulL", "nUll", "nul", "nulls", "true", "True", "TRUE", "tRue", "trUe", "tru",
        "trues", "false", "False", "FALSE", "fAlse", "falsy", "fals", "name", "nope", "fast", "Fals", "tr", "n",
        "t", "f", "F", "N", "T", "nana", "tara", "faaaa", "1", "-", ".", "+", "+1", "-1", ".5", "1.", ".inf",
        "-.inf", "+.Inf", ".nan", ".NaN", "1e3", "0x1F", "0o17", "-x", "1a", "0.", "-.", "~", "~x", "",
    ])
    func plainAgreesWithResolver(_ text: String) {
        #expect(Constructor.plain(text) == Resolver.resolvePlain(text), "\(text)")
    }

    /// The input check tests 8 bytes at a time: a bad byte is found, at its column,
    /// wherever it falls in a word.
    @Test(arguments: [0x01, 0x08, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xFF] as [UInt8])
    func badByteAtEveryOffset(_ bad: UInt8) {
        for k in 0..<20 {
            var bytes = Array(repeating: UInt8(ascii: "a"), count: 24)
            bytes.insert(contentsOf: "k: ".utf8, at: 0)
            bytes[3 + k] = bad
            bytes.append(0x0A)
            do {
                _ = try YAMLReader.read(bytes)
                Issue.record("byte \(bad) at \(k) was accepted")
            } catch {
                #expect(error.mark.line == 1 && error.mark.column == 4 + k, "byte \(bad) at \(k): \(error.mark)")
            }
        }
    }

    /// Printable ASCII, tabs and line breaks in every position of a word still read.
    @Test func printableTextReads() throws {
        let text = "a: \"x\ty ~}{|\u{7E}\"\nb: [1, 2]  \t# note\nc: 3\r\n"
        let docs = try YAMLReader.read(text)
        #expect(try docs.map { try $0.root.toValue() } == [["a": "x\ty ~}{|~", "b": [1, 2], "c": 3]])
    }
}
