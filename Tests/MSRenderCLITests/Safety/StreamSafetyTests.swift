import Foundation
import Testing

@testable import MSRenderCLI

/// Honest output (issue 8): a failed write to stdout is an error with exit 1 in every
/// command that writes; a reader that goes away stops the run at once, quietly.
@Suite struct StreamSafetyTests {
    static let fleet = TestSupport.root + "/examples/fleet"
    static let minimal = TestSupport.root + "/examples/minimal.yaml"

    /// Was: exit 0 and a silently truncated file, for build, --format json and convert.
    @Test(arguments: [
        "$MSRENDER build \(fleet) -q", "$MSRENDER build --format json \(fleet) -q", "$MSRENDER convert \(minimal)",
        "$MSRENDER diff -q --check \(TestSupport.tempDir()) \(fleet)",
        "printf 'apiVersion: config.kubernetes.io/v1\\nkind: ResourceList\\nitems: []\\n' | $MSRENDER fn",
    ])
    func fullDiskIsAnError(_ command: String) throws {
        let r = try sh("\(command) > /dev/full")
        #expect(r.status == 1, "\(command): \(r.err)")
        #expect(
            r.err.hasSuffix("msrender: error: cannot write standard output: no space left on device\n"),
            "\(command): \(r.err)")
    }

    /// Was: exit 0 with stdout closed (`>&-`).
    @Test(arguments: ["build \(fleet) -q", "convert \(minimal)", "--version"])
    func closedStandardOutputIsAnError(_ command: String) throws {
        let r = try sh("$MSRENDER \(command) >&-")
        #expect(r.status == 1, "\(command): \(r.err)")
        #expect(r.err == "msrender: error: cannot write standard output: it is closed (bad file descriptor)\n")
    }

    /// `| head -c 100`: the run ends by SIGPIPE (141), says nothing, writes no more.
    @Test func aReaderThatGoesAwayEndsTheRunQuietly() throws {
        let many = try Generated.folder(200)  // about 4 MB of output: far more than a pipe holds
        let r = try sh("{ $MSRENDER build \(many) -q; echo $? >&2; } | head -c 100")
        #expect(r.out.utf8.count == 100)
        #expect(r.err == "141\n")
    }

    /// In-process, over descriptors the test controls: the first failure is kept, every
    /// later write returns false at once (so writing loops stop), and `finish` maps it.
    @Test func aConsoleOverAFullDeviceFailsEveryWriteAfterTheFirst() throws {
        let full = open("/dev/full", O_WRONLY)
        try #require(full >= 0)
        defer { close(full) }
        let errors = try Pipe()
        let console = Console(output: full, error: errors.write)
        let status = console.finish(MSRenderCLI.main(["msrender", "build", "-q", Self.minimal], console: console))
        #expect(status == 1)
        #expect(console.write("more") == false)
        close(errors.write)
        #expect(errors.readAll() == "msrender: error: cannot write standard output: no space left on device\n")
    }

    @Test func aConsoleOverABrokenPipeStopsQuietly() throws {
        signal(SIGPIPE, SIG_IGN)  // as the binary does: EPIPE, not death, in the test process
        let out = try Pipe()
        close(out.read)
        let errors = try Pipe()
        let console = Console(output: out.write, error: errors.write)
        let status = console.finish(MSRenderCLI.main(["msrender", "build", "-q", Self.fleet], console: console))
        close(out.write)
        close(errors.write)
        #expect(status == ExitStatus.brokenPipe)
        #expect(errors.readAll().isEmpty)
    }

    /// Manifests.write stops at the first failed write instead of rendering the rest.
    @Test func theYAMLWriteLoopStopsAtTheFirstFailure() throws {
        let full = open("/dev/full", O_WRONLY)
        try #require(full >= 0)
        defer { close(full) }
        let console = Console(output: full, error: full)
        let loaded = InputLoader(console: console).load([Self.fleet, Self.minimal])
        let result = BuildPipeline.run(loaded.texts, options: .init())
        #expect(result.services.count == 4)
        let rendered = try Manifests.write(result.services, format: .yaml, to: console, batch: 1)
        #expect(console.outputFailure == ENOSPC)
        #expect(rendered == 1)
    }
}

/// A pipe whose ends the test closes.
struct Pipe {
    var read: Int32
    var write: Int32

    init() throws {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw CocoaError(.fileWriteUnknown) }
        read = fds[0]
        write = fds[1]
    }

    func readAll() -> String {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = Glibc.read(read, &buffer, buffer.count)
            if n <= 0 { break }
            bytes += buffer[..<n]
        }
        close(read)
        return String(decoding: bytes, as: UTF8.self)
    }
}
