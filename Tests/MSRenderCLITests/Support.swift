import Foundation
import Testing

@testable import MSRenderCLI

/// Shared helpers for CLI tests: the package root, running msrender in-process.
enum TestSupport {
    /// The package root, found from this file's path; also made the working directory
    /// so that relative paths (and `# Source:` lines) match the goldens.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        FileManager.default.changeCurrentDirectoryPath(url.path)
        return url.path
    }()

    /// ../shared (or $MSRENDER_SHARED), nil when absent.
    static var shared: String? {
        let path = ProcessInfo.processInfo.environment["MSRENDER_SHARED"] ?? root + "/../shared"
        return FileManager.default.fileExists(atPath: path + "/SPEC.md") ? path : nil
    }

    struct Run {
        var status: Int32
        var out: String
        var err: String
    }

    /// Runs `msrender ARGS` in-process from the package root with optional stdin.
    static func run(_ args: [String], stdin: String = "") -> Run {
        _ = root
        let console = Console(capture: true, stdin: Array(stdin.utf8))
        let status = MSRenderCLI.main(["msrender"] + args, console: console)
        return Run(status: status, out: console.outText, err: console.errText)
    }

    /// A fresh temporary directory.
    static func tempDir(_ name: String = #function) -> String {
        let path = NSTemporaryDirectory() + "msrender-test-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func write(_ text: String, to path: String) {
        let dir = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    }

    static func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }
}
