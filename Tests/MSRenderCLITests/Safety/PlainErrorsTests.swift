import Foundation
import Testing

/// No runtime error text can reach a user (issue 9 item 4): every file-system failure
/// goes through `FileSystemError`, and nothing in the CLI interpolates a system error.
struct PlainErrorsTests {
    static let sources = TestSupport.root + "/Sources/MSRenderCLI"

    static func files() throws -> [(String, String)] {
        let fm = FileManager.default
        return try fm.subpathsOfDirectory(atPath: sources).sorted().filter { $0.hasSuffix(".swift") }.map {
            ($0, try String(contentsOfFile: sources + "/" + $0, encoding: .utf8))
        }
    }

    /// `\(error)`, `\(e)`, `String(describing: error)`, `localizedDescription`,
    /// `CocoaError`, and FileManager (whose errors are CocoaError dumps).
    @Test func noSystemErrorIsInterpolated() throws {
        let patterns = [
            #"\\\((error|err|e)\)"#, #"String\(describing: *(error|err|e)\b"#, "localizedDescription", "CocoaError",
            "FileManager", #"\\\(error\.(userInfo|code)"#,
        ]
        let regexes = try patterns.map { try NSRegularExpression(pattern: $0) }
        var found: [String] = []
        for (path, text) in try Self.files() {
            for (n, line) in text.components(separatedBy: "\n").enumerated() {
                let range = NSRange(line.startIndex..., in: line)
                if regexes.contains(where: { $0.firstMatch(in: line, range: range) != nil }) {
                    found.append("\(path):\(n + 1): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(found.isEmpty, "\(found.joined(separator: "\n"))")
        #expect(try Self.files().count > 20)  // the scan saw the sources
    }

    /// errno becomes words in one place: strerror only there.
    @Test func errnoBecomesWordsInOnePlace() throws {
        let users = try Self.files().filter { $0.1.contains("strerror(") }.map(\.0)
        #expect(users == ["IO/FileSystemError.swift"])
    }
}
