import Foundation
import Testing

@testable import MSRenderCLI

/// Every example line that `msrender help` and `msrender help COMMAND` print runs as
/// printed, through the real binary and a shell, in a folder holding the files the
/// examples name (copied from examples/). New commands are covered when registered.
struct HelpExampleTests {
    /// One example line and the help text that printed it.
    struct Example: CustomTestStringConvertible, Sendable {
        var topic: String
        var line: String
        var testDescription: String { "\(topic): \(line)" }
    }

    /// The examples of the printed help: the lines under `Examples:` and the text after
    /// each `e.g. `.
    static func examples(in help: String, topic: String) -> [Example] {
        var found: [Example] = []
        var inExamples = false
        for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
            if line == "Examples:" {
                inExamples = true
            } else if inExamples && line.hasPrefix("  ") {
                found.append(Example(topic: topic, line: line.trimmingCharacters(in: .whitespaces)))
            } else {
                inExamples = false
                if let e = line.range(of: "e.g. ") {
                    found.append(Example(topic: topic, line: String(line[e.upperBound...])))
                }
            }
        }
        return found
    }

    static let printed: [(topic: String, text: String)] =
        [("overview", TestSupport.run(["help"]).out)] + Commands.names.map { ($0, TestSupport.run(["help", $0]).out) }

    static let all: [Example] = printed.flatMap { examples(in: $0.text, topic: $0.topic) }

    @Test func everyHelpTextHasExamples() {
        for (topic, text) in Self.printed {
            #expect(!Self.examples(in: text, topic: topic).isEmpty, "\(topic) prints no example")
        }
        #expect(Self.all.count > 80)
    }

    @Test(arguments: all)
    func exampleRuns(_ example: Example) throws {
        let binary = try #require(Subprocess.binary, "the msrender binary is not built")
        if example.line.hasPrefix("kpt "), !ExampleShell.has("kpt") {
            print("SKIPPED (kpt not installed): \(example.line)")
            return
        }
        let dir = try ExampleShell.prepareFolder(binary: binary)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let command = ExampleShell.msrenderPart(of: example.line)
        let r = try ExampleShell.run(command, in: dir, binary: binary)
        let checks = command.contains("--check ")
        if checks && r.status == 1 {
            // The documented outcome of --check when the folder is not the rendered output.
            #expect(r.err.contains("differ from the rendered output"), "\(command): \(r.err)")
        } else {
            #expect(r.status == 0, "\(command) exited \(r.status): \(r.err)")
        }
    }

    @Test func pipelinesRunTheirMsrenderPart() {
        #expect(
            ExampleShell.msrenderPart(of: "msrender build ms.yaml | kubectl apply -f -") == "msrender build ms.yaml")
        #expect(
            ExampleShell.msrenderPart(of: "cat ms.json | msrender convert --to yaml -")
                == "cat ms.json | msrender convert --to yaml -")
    }
}

/// Runs example lines with bash (`pipefail`) and msrender first on PATH.
enum ExampleShell {
    /// The line up to its last pipeline stage that runs msrender (kubectl needs a cluster).
    static func msrenderPart(of line: String) -> String {
        var stages = line.components(separatedBy: " | ")
        while let last = stages.last, !last.contains("msrender"), stages.count > 1 { stages.removeLast() }
        return stages.joined(separator: " | ")
    }

    static func has(_ tool: String) -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") }
    }

    /// A folder with the files the examples name: ms.yaml, ms.json, msrender.yaml,
    /// manifests/ and rendered/ (manifests/ built with `-o`, so `--check rendered/` holds),
    /// examples/ (the repository's, a mixed folder) and modelservice.schema.json (what
    /// `msrender schema` prints).
    static func prepareFolder(binary: String) throws -> String {
        let dir = TestSupport.tempDir()
        let fm = FileManager.default
        let examples = TestSupport.root + "/examples"
        try fm.copyItem(atPath: examples + "/minimal.yaml", toPath: dir + "/ms.yaml")
        try fm.copyItem(atPath: examples + "/json-input.json", toPath: dir + "/ms.json")
        try fm.copyItem(atPath: examples + "/config/tracing.yaml", toPath: dir + "/msrender.yaml")
        try fm.copyItem(atPath: examples + "/fleet", toPath: dir + "/manifests")
        try fm.copyItem(atPath: examples, toPath: dir + "/examples")
        let built = try run("msrender build manifests/ -o rendered/", in: dir, binary: binary)
        guard built.status == 0 else { throw ShellError.setup(built.err) }
        let schema = try run("msrender schema > modelservice.schema.json", in: dir, binary: binary)
        guard schema.status == 0 else { throw ShellError.setup(schema.err) }
        return dir
    }

    struct Result {
        var status: Int32
        var out: String
        var err: String
    }

    enum ShellError: Error {
        case setup(String)
        case timedOut(String)
    }

    static func run(_ line: String, in dir: String, binary: String, timeout: Double = 60) throws -> Result {
        let logs = TestSupport.tempDir()
        defer { try? FileManager.default.removeItem(atPath: logs) }
        for name in ["out", "err"] { _ = FileManager.default.createFile(atPath: "\(logs)/\(name)", contents: nil) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-o", "pipefail", "-c", line]
        process.currentDirectoryURL = URL(fileURLWithPath: dir)
        var environment = ProcessInfo.processInfo.environment
        let bin = (binary as NSString).deletingLastPathComponent
        environment["PATH"] = bin + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle(forWritingAtPath: logs + "/out")
        process.standardError = FileHandle(forWritingAtPath: logs + "/err")
        try process.run()
        let start = Date()
        while process.isRunning {
            if Date().timeIntervalSince(start) > timeout {
                process.terminate()
                process.waitUntilExit()
                throw ShellError.timedOut(line)
            }
            usleep(5000)
        }
        return Result(
            status: process.terminationStatus, out: TestSupport.read(logs + "/out") ?? "",
            err: TestSupport.read(logs + "/err") ?? "")
    }
}
