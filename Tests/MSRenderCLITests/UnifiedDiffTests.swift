import Testing

@testable import MSRenderCLI

struct UnifiedDiffTests {
    @Test func equalTextsHaveNoDiff() {
        #expect(UnifiedDiff.diff(old: "a\nb\n", new: "a\nb\n", oldName: "x", newName: "y").isEmpty)
    }

    @Test func oneChangedLineWithContext() {
        let old = (1...10).map { "l\($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "l5\n", with: "L5\n")
        let d = UnifiedDiff.diff(old: old, new: new, oldName: "a/f", newName: "b/f")
        #expect(d == "--- a/f\n+++ b/f\n@@ -2,7 +2,7 @@\n l2\n l3\n l4\n-l5\n+L5\n l6\n l7\n l8\n")
    }

    @Test func newAndDeletedFiles() {
        #expect(
            UnifiedDiff.diff(old: "", new: "a\nb\n", oldName: "/dev/null", newName: "f")
                == "--- /dev/null\n+++ f\n@@ -0,0 +1,2 @@\n+a\n+b\n")
        #expect(
            UnifiedDiff.diff(old: "a\n", new: "", oldName: "f", newName: "/dev/null")
                == "--- f\n+++ /dev/null\n@@ -1 +0,0 @@\n-a\n")
    }

    @Test func missingFinalNewline() {
        let d = UnifiedDiff.diff(old: "a\nb", new: "a\nb\n", oldName: "x", newName: "y")
        #expect(d == "--- x\n+++ y\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n")
    }

    @Test func distantChangesMakeTwoHunks() {
        let old = (1...30).map { "l\($0)" }.joined(separator: "\n") + "\n"
        let new = old.replacingOccurrences(of: "l3\n", with: "X\n").replacingOccurrences(of: "l25\n", with: "Y\n")
        let d = UnifiedDiff.diff(old: old, new: new, oldName: "x", newName: "y")
        #expect(d.components(separatedBy: "@@ -").count == 3)
        #expect(d.contains("@@ -1,6 +1,6 @@\n l1\n l2\n-l3\n+X\n"))
        #expect(d.contains("@@ -22,7 +22,7 @@\n"))
    }

    @Test func largeDiffsStayCorrect() {
        let old = (0..<3000).map { "a\($0)" }.joined(separator: "\n")
        let new = (0..<3000).map { "b\($0)" }.joined(separator: "\n")
        let lines = { (text: String) in text.components(separatedBy: "\n").map { ArraySlice($0.utf8) } }
        let ops = LineDiff.diff(lines(old), lines(new))
        #expect(ops.count == 6000)
    }

    /// Lines compare as bytes: "café" in NFC and in NFD are different lines, as on disk.
    @Test func canonicallyEquivalentLinesDiffer() {
        let nfc = "name: caf\u{E9}\n"
        let nfd = "name: cafe\u{301}\n"
        #expect(nfc == nfd)  // Swift's String equality is canonical equivalence
        let d = UnifiedDiff.diff(old: nfc, new: nfd, oldName: "x", newName: "y")
        #expect(d == "--- x\n+++ y\n@@ -1 +1 @@\n-\(nfc)+\(nfd)")
        let ops = LineDiff.diff([ArraySlice(nfc.utf8)], [ArraySlice(nfd.utf8)])
        #expect(ops == [.delete(ArraySlice(nfc.utf8)), .insert(ArraySlice(nfd.utf8))])
    }
}
