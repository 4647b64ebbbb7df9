import Testing

@testable import MSRenderCLI

struct SuggestionTests {
    @Test(arguments: [
        ("kitten", "sitting", 3), ("", "abc", 3), ("abc", "", 3), ("abc", "abc", 0), ("ab", "ba", 1),
        ("--provder", "--provider", 1),
    ])
    func distance(_ a: String, _ b: String, _ d: Int) {
        #expect(Suggestion.distance(Array(a.utf8), Array(b.utf8)) == d)
    }

    @Test func nearestIgnoresFarCandidates() {
        #expect(Suggestion.nearest(to: "xyzzy", in: ["build", "validate"]) == nil)
        #expect(Suggestion.nearest(to: "bild", in: ["build", "validate"]) == "build")
    }
}
