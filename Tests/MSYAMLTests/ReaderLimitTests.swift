import MSYAML
import Testing

/// Hostile inputs fail cleanly and fast: deep nesting, alias bombs, oversized input.
@Suite struct ReaderLimitTests {
    @Test func deepFlowNesting() {
        let yaml = String(repeating: "[", count: 100_000)
        #expect(ReaderSupport.error(yaml)?.message == "the document nests collections deeper than 512 levels")
    }

    @Test func deepBlockNesting() {
        let yaml = String(repeating: "- ", count: 100_000) + "x\n"
        #expect(ReaderSupport.error(yaml)?.message == "the document nests collections deeper than 512 levels")
    }

    @Test func deepIndentedMappings() {
        var yaml = ""
        for i in 0..<2_000 { yaml += String(repeating: " ", count: i) + "k:\n" }
        #expect(ReaderSupport.error(yaml)?.message == "the document nests collections deeper than 512 levels")
    }

    @Test func nestingAtTheLimitReads() throws {
        let yaml = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(throws: Never.self) { try YAMLReader.read(yaml) }
    }

    @Test func billionLaughsFailsFast() {
        var yaml = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for i in 1...9 {
            let refs = Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ")
            yaml += "a\(i): &a\(i) [\(refs)]\n"
        }
        let clock = ContinuousClock()
        let start = clock.now
        let e = ReaderSupport.error(yaml)
        #expect(e?.message.hasPrefix("aliases expand to more than 1000000 nodes") == true)
        #expect(clock.now - start < .seconds(5))
    }

    @Test func aliasesThatDeepenTheTreeAreCapped() {
        // Each alias nests the previous anchor one level deeper: depth grows past the
        // cap through aliases even though no single collection is deep.
        var yaml = "a0: &a0 " + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "\n"
        yaml += "a1: &a1 " + String(repeating: "[", count: 300) + "*a0" + String(repeating: "]", count: 300) + "\n"
        #expect(ReaderSupport.error(yaml)?.message == "the document nests collections deeper than 512 levels")
    }

    @Test func inputSizeLimit() {
        let e = ReaderSupport.error("a: b\n", limits: YAMLLimits(maxInputBytes: 4))
        #expect(e?.message == "the input is 5 bytes, more than the limit of 4")
    }

    // The next two read large inputs that used to take quadratic time (no time limit is
    // asserted; a regression shows up as a test that does not finish).

    @Test func largeMappingReadsInLinearTime() throws {
        var yaml = ""
        for i in 0..<20_000 { yaml += "key\(i): \(i)\n" }
        let docs = try YAMLReader.read(yaml)
        guard case .mapping(let pairs) = docs[0].root.content else { return }
        #expect(pairs.count == 20_000)
    }

    @Test func deepFlowWithManyItemsReadsInLinearTime() throws {
        let yaml =
            String(repeating: "[", count: 500) + String(repeating: "a, ", count: 50_000)
            + String(repeating: "]", count: 500)
        #expect(throws: Never.self) { try YAMLReader.read(yaml) }
    }
}
