import Foundation
import Testing

/// Signals during `-o` (issue 8). Was: SIGTERM or kill -9 while staging left
/// `.msrender-PID-N.tmp` files forever; later runs neither removed nor noticed them.
/// Now SIGTERM removes the run's temporary files and new folders before dying of the
/// signal, and the run after a kill -9 removes what it left. (.ci/checks/50-safety.sh
/// does the same with 10,000 ModelServices.)
@Suite(.serialized) struct SignalSafetyTests {
    static let count = 1000

    /// Starts `-o OUT` in the background, waits until its first temporary file exists,
    /// sends `signal`, and prints the exit status and the temporary files left.
    static func interrupt(_ input: String, _ out: String, signal: String) throws -> (status: Int, left: Int) {
        let r = try sh(
            """
            $MSRENDER build \(input) -o \(out) -q 2>/dev/null & pid=$!
            i=0
            until [ -n "$(find \(out) -name '.msrender-*.tmp' 2>/dev/null | head -n 1)" ]; do
              i=$((i + 1)); [ $i -gt 20000 ] && { echo "no temporary file appeared"; exit 9; }; sleep 0.002
            done
            kill -\(signal) $pid; wait $pid; echo "status $?"
            echo "left $(find \(out) -name '.msrender-*.tmp' 2>/dev/null | wc -l)"
            """, timeout: 300)
        try #require(r.status == 0, "\(r.out)\(r.err)")
        let lines = r.out.split(separator: "\n")
        let status = lines.first { $0.hasPrefix("status ") }.flatMap { Int($0.dropFirst(7)) } ?? -1
        let left =
            lines.first { $0.hasPrefix("left ") }.flatMap { Int($0.dropFirst(5).trimmingCharacters(in: .whitespaces)) }
            ?? -1
        return (status, left)
    }

    @Test func sigtermWhileStagingLeavesNothing() throws {
        let input = try Generated.folder(Self.count)
        let out = TestSupport.tempDir() + "/out"
        let (status, left) = try Self.interrupt(input, out, signal: "TERM")
        #expect(status == 128 + 15)
        #expect(left == 0)
        // The run made DIR, so DIR goes too: the folder is exactly as before (absent).
        #expect(!FileManager.default.fileExists(atPath: out))
        let next = TestSupport.run(["build", input, "-o", out, "-q"])
        #expect(next.status == 0, "\(next.err)")
        #expect(!next.err.contains("removed"))
    }

    @Test func sigtermInAnExistingFolderLeavesItAsItWas() throws {
        let input = try Generated.folder(Self.count)
        let out = TestSupport.tempDir() + "/out"
        #expect(TestSupport.run(["build", TestSupport.root + "/examples/minimal.yaml", "-o", out, "-q"]).status == 0)
        let before = try Snapshot(out)
        let (status, left) = try Self.interrupt(input, out, signal: "TERM")
        #expect(status == 128 + 15)
        #expect(left == 0)
        #expect(try Snapshot(out) == before)
    }

    @Test func killNineLeftoversAreRemovedByTheNextRun() throws {
        let input = try Generated.folder(Self.count)
        let out = TestSupport.tempDir() + "/out"
        let (status, left) = try Self.interrupt(input, out, signal: "KILL")
        #expect(status == 128 + 9)
        #expect(left > 0)
        let next = TestSupport.run(["build", input, "-o", out, "-q"])
        #expect(next.status == 0, "\(next.err)")
        #expect(next.err.contains("msrender: removed \(left) temporary file"), "\(next.err)")
        let after = try sh("find \(out) -name '.msrender-*.tmp' | wc -l")
        #expect(after.out.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }
}
