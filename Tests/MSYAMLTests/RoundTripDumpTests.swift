import Foundation
import Testing

@testable import MSYAML

/// Writes the seeded trees for `.ci/checks/yaml-roundtrip-pyyaml.sh` when
/// `MSRENDER_DUMP_TREES=DIR` is set (otherwise does nothing): `DIR/trees.yaml`, one
/// document per tree, and `DIR/trees.jsonl`, the same trees as one JSON text per line.
///
/// JSON has no NaN or infinity (the writer refuses them), so in the JSON copy they
/// become the marker strings
/// `"\u0000float:nan"`, `"\u0000float:inf"`, `"\u0000float:-inf"` that the checker
/// expects PyYAML to read as floats.
@Suite struct RoundTripDumpTests {
    @Test func dumpTreesForPyYAML() throws {
        let env = ProcessInfo.processInfo.environment
        guard let dir = env["MSRENDER_DUMP_TREES"], !dir.isEmpty else { return }
        let count = env["MSRENDER_TREE_COUNT"].flatMap { Int($0) } ?? 3000
        var yaml: [UInt8] = []
        var json: [UInt8] = []
        for i in 0..<count {
            let tree = RoundTripGenerator.tree(i, stringKeysOnly: true)
            yaml.append(contentsOf: "--- # tree \(i)\n".utf8)
            try YAMLEmitter.emit(tree, into: &yaml)
            try JSONWriter.write(markNonFinite(tree), pretty: false, sortKeys: false, into: &json)
            json.append(0x0A)
        }
        let base = URL(fileURLWithPath: dir)
        try Data(yaml).write(to: base.appendingPathComponent("trees.yaml"))
        try Data(json).write(to: base.appendingPathComponent("trees.jsonl"))
    }

    /// The tree with NaN and infinities replaced by marker strings (generated trees are
    /// shallow, so recursion is fine here).
    private func markNonFinite(_ v: Value) -> Value {
        switch v {
        case .number(let n) where !n.isFinite:
            let d = n.doubleValue
            return .string("\u{0}float:" + (d.isNaN ? "nan" : d < 0 ? "-inf" : "inf"))
        case .sequence(let items): return .sequence(items.map(markNonFinite))
        case .mapping(let entries):
            return .mapping(entries.map { .init(key: $0.key, value: markNonFinite($0.value)) })
        default: return v
        }
    }
}
