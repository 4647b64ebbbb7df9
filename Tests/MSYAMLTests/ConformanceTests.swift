import Foundation
import Testing

@testable import MSYAML

/// Runs every case of the official YAML test suite (../shared/yaml-test-suite):
/// cases with an `error` file must be rejected, cases with `in.json` must read to the
/// same values, and the rest must read without error.
@Suite struct ConformanceTests {
    /// Cases allowed to fail, each with the reason. Keep this empty if at all possible.
    static let knownFailures: [String: String] = [:]

    @Test func yamlTestSuite() throws {
        guard let suite = SharedFiles.directory("yaml-test-suite") else {
            print("SKIP yamlTestSuite: shared folder not found (set MSRENDER_SHARED)")
            return
        }
        let fm = FileManager.default
        let cases = try fm.contentsOfDirectory(atPath: suite).sorted()
        var passed = 0
        var failures: [(String, String)] = []
        for id in cases {
            let dir = suite + "/" + id
            guard let yaml = fm.contents(atPath: dir + "/in.yaml") else { continue }
            if let reason = Self.check(
                yaml: Array(yaml), mustFail: fm.fileExists(atPath: dir + "/error"),
                json: fm.contents(atPath: dir + "/in.json").map { Array($0) })
            {
                failures.append((id, reason))
            } else {
                passed += 1
            }
        }
        print("yaml-test-suite: \(passed) passed, \(failures.count) failed")
        for (id, reason) in failures {
            let known = Self.knownFailures[id].map { " [allowed: \($0)]" } ?? ""
            print("  FAIL \(id): \(reason)\(known)")
        }
        let unexpected = failures.map(\.0).filter { Self.knownFailures[$0] == nil }
        #expect(unexpected.isEmpty, "unexpected failures")
    }

    /// Nil when the case passes, else why it failed.
    static func check(yaml: [UInt8], mustFail: Bool, json: [UInt8]?) -> String? {
        let docs: [Document]
        do {
            docs = try YAMLReader.read(yaml)
        } catch {
            return mustFail ? nil : "rejected: \(error)"
        }
        if mustFail { return "accepted invalid input" }
        guard let json else { return nil }
        guard let expected = ConformanceJSON.values(json) else { return "cannot read in.json" }
        var values: [Value] = []
        for d in docs {
            do {
                values.append(try d.root.toValue())
            } catch {
                return "toValue failed: \(error)"
            }
        }
        guard values.count == expected.count else {
            return "\(values.count) documents, expected \(expected.count)"
        }
        for (v, e) in zip(values, expected) where !Self.same(v, e) {
            return "got \(v), expected \(e)"
        }
        return nil
    }

    /// JSON equality: numbers compare by value, mapping keys by their JSON text.
    static func same(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)):
            return x.doubleValue == y.doubleValue || (x.doubleValue.isNaN && y.doubleValue.isNaN)
        case (.sequence(let x), .sequence(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        case (.mapping(let x), .mapping(let y)):
            // JSON objects are unordered: match entries by key text.
            guard x.count == y.count else { return false }
            return y.allSatisfy { e in
                x.contains { keyText($0.key) == keyText(e.key) && same($0.value, e.value) }
            }
        default: return a == b
        }
    }

    static func keyText(_ v: Value) -> String {
        switch v {
        case .string(let s): return s
        case .number(let n): return n.text
        case .bool(let b): return String(b)
        case .null: return ""
        default: return "\(v)"
        }
    }
}
