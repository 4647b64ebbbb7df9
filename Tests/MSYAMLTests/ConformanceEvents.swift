import Foundation
import Testing

@testable import MSYAML

/// Compares the parser's events with each case's `test.event`, which checks what the
/// JSON comparison cannot: anchors, aliases, tags and scalar styles. Flow/block markers
/// (`{}` `[]`) and explicit document ends (`-DOC ...`) are not recorded by the parser
/// and are dropped from the expected lines.
@Suite struct ConformanceEventTests {
    static let knownFailures: [String: String] = [:]

    @Test func yamlTestSuiteEvents() throws {
        guard let suite = SharedFiles.directory("yaml-test-suite") else {
            print("SKIP yamlTestSuiteEvents: shared folder not found (set MSRENDER_SHARED)")
            return
        }
        let fm = FileManager.default
        var passed = 0
        var failures: [String] = []
        for id in try fm.contentsOfDirectory(atPath: suite).sorted() {
            let dir = suite + "/" + id
            guard !fm.fileExists(atPath: dir + "/error"),
                let yaml = fm.contents(atPath: dir + "/in.yaml"),
                let events = fm.contents(atPath: dir + "/test.event")
            else { continue }
            let expected = String(decoding: events, as: UTF8.self).split(separator: "\n").map {
                Self.normalise(String($0))
            }
            let got: [String]
            do {
                got = try Self.events(Array(yaml))
            } catch {
                failures.append("\(id): \(error)")
                continue
            }
            if got == expected {
                passed += 1
            } else if let i = got.indices.first(where: { $0 < expected.count && got[$0] != expected[$0] }) {
                failures.append("\(id): event \(i + 1) is \(got[i]), expected \(expected[i])")
            } else {
                failures.append("\(id): \(got.count) events, expected \(expected.count)")
            }
        }
        print("yaml-test-suite events: \(passed) passed, \(failures.count) failed")
        for f in failures { print("  FAIL \(f)") }
        let unexpected = failures.filter { Self.knownFailures[String($0.prefix { $0 != ":" })] == nil }
        #expect(unexpected.isEmpty)
    }

    static func normalise(_ line: String) -> String {
        var l = line
        for suffix in [" {}", " []"] where l.hasPrefix("+MAP") || l.hasPrefix("+SEQ") {
            l = l.replacingOccurrences(of: suffix, with: "")
        }
        if l == "-DOC ..." { l = "-DOC" }
        return l
    }

    /// The stream's events in the test suite's notation.
    static func events(_ bytes: [UInt8]) throws -> [String] {
        let result: Result<[String], YAMLError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(YAMLError) {
                let start = try InputCheck.validate(buffer, limits: .default)
                var parser = Parser(Scanner(buffer, start: start, limits: .default))
                var out: [String] = []
                while let e = try parser.next() { out.append(line(e)) }
                return .success(out)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    static func line(_ e: Event) -> String {
        func props(_ p: Properties) -> String {
            var s = ""
            if let a = p.anchor { s += " &\(a)" }
            if let t = p.tag { s += " <\(t)>" }
            return s
        }
        switch e.kind {
        case .streamStart: return "+STR"
        case .streamEnd: return "-STR"
        case .documentStart(let explicit): return explicit ? "+DOC ---" : "+DOC"
        case .documentEnd: return "-DOC"
        case .alias(let name): return "=ALI *\(name)"
        case .sequenceStart(let p): return "+SEQ" + props(p)
        case .sequenceEnd: return "-SEQ"
        case .mappingStart(let p): return "+MAP" + props(p)
        case .mappingEnd: return "-MAP"
        case .scalar(let text, let style, let p):
            let indicator: String
            switch style {
            case .plain: indicator = ":"
            case .singleQuoted: indicator = "'"
            case .doubleQuoted: indicator = "\""
            case .literal: indicator = "|"
            case .folded: indicator = ">"
            }
            var escaped = ""
            for ch in text.unicodeScalars {
                switch ch {
                case "\\": escaped += "\\\\"
                case "\n": escaped += "\\n"
                case "\t": escaped += "\\t"
                case "\r": escaped += "\\r"
                case "\u{08}": escaped += "\\b"
                default: escaped.unicodeScalars.append(ch)
                }
            }
            return "=VAL" + props(p) + " " + indicator + escaped
        }
    }
}
