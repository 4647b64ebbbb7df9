import MSYAML
import Testing

/// `YAMLLimits.maxScalarBytes`: a scalar past the limit is an error at its start, in
/// every style, and one at the limit still reads.
struct ReaderScalarLimitTests {
    static let limits = YAMLLimits(maxScalarBytes: 16)

    @Test(arguments: [
        "k: " + String(repeating: "x", count: 17) + "\n",
        "k: \"" + String(repeating: "x", count: 17) + "\"\n",
        "k: '" + String(repeating: "x", count: 17) + "'\n",
        "k: |\n  " + String(repeating: "x", count: 17) + "\n",
        "k: >\n  xxxxxxxx\n  xxxxxxxx\n  x\n",
        "k: aaaa bbbb\n  cccc dddd\n  eeee\n",
    ])
    func tooLong(_ text: String) {
        #expect(throws: YAMLError.self) { try YAMLReader.read(text, limits: Self.limits) }
        do {
            _ = try YAMLReader.read(text, limits: Self.limits)
        } catch {
            #expect(error.message == "this scalar is longer than the limit of 16 bytes")
            #expect(error.mark.line == 1 || error.mark.line == 2)
        }
    }

    @Test func atTheLimitReads() throws {
        let docs = try YAMLReader.read("k: " + String(repeating: "x", count: 16) + "\n", limits: Self.limits)
        #expect(try docs[0].root.toValue() == ["k": .string(String(repeating: "x", count: 16))])
    }
}
