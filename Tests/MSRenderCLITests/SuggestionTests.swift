import MSModel
import Testing

/// "Did you mean" for commands and options (the decoder's suggestion, reused).
struct SuggestionTests {
    @Test(
        arguments: [
            ("bild", ["build", "validate"], "build"), ("buidl", ["build", "diff"], "build"),
            ("--provder", ["--provider", "--prune"], "--provider"), ("xyzzy", ["build", "validate"], nil),
        ] as [(String, [String], String?)])
    func nearest(_ word: String, _ candidates: [String], _ expected: String?) {
        #expect(Suggestion.closest(to: word, in: candidates) == expected)
    }
}
