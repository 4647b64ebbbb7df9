import Foundation
import Testing

/// Hostile inputs through the real binary: each must end with exit 1, a located
/// diagnostic, nothing on stdout, and no crash, hang or runaway memory. The limits
/// here are generous safety nets (shared, noisy machines); the measured times and
/// peaks against the 2 s / 200 MB targets are reported by Benchmarks/hostile/run.sh.
struct HostileInputTests {
    static let corpus = TestSupport.root + "/Tests/MSRenderCLITests/Hostile"

    /// Generated cases too large or too random to commit: name -> bytes.
    static func generated() -> [(String, [UInt8])] {
        var rng = SeededBytes(seed: 0x5eed)
        let random = (0..<65536).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        let deepFlow = Array(repeating: UInt8(ascii: "["), count: 100_000)
        var deepBlock = ""
        for i in 0..<2000 { deepBlock += String(repeating: " ", count: i) + "- \n" }
        deepBlock += String(repeating: " ", count: 2000) + "- x\n"
        var deepMap = [UInt8]()
        deepMap.reserveCapacity(600_000)
        for _ in 0..<100_000 { deepMap += Array("{a: ".utf8) }
        var bigScalar = Array(
            "apiVersion: model.otterscale.io/v1alpha1\nkind: ModelService\nmetadata:\n  name: big\nspec:\n  model:\n    name: "
                .utf8)
        bigScalar += [UInt8](repeating: UInt8(ascii: "x"), count: 100 << 20)
        bigScalar += Array("\n  bogus: 1\n".utf8)
        var dup = "apiVersion: model.otterscale.io/v1alpha1\nkind: ModelService\nmetadata:\n  name: dup\n  labels:\n"
        for _ in 0..<10_000 { dup += "    k: v\n" }
        return [
            ("random-bytes", random), ("deep-flow-100000", deepFlow), ("deep-block", Array(deepBlock.utf8)),
            ("deep-map-100000", deepMap), ("scalar-100MB", bigScalar), ("duplicate-keys-10000", Array(dup.utf8)),
        ]
    }

    static var cases: [String] {
        let committed =
            (try? FileManager.default.contentsOfDirectory(atPath: corpus))?
            .filter { $0.hasSuffix(".yaml") }.sorted() ?? []
        return committed + generated().map { "generated:" + $0.0 }
    }

    @Test(arguments: cases)
    func hostileInputFailsCleanly(_ name: String) throws {
        var path = Self.corpus + "/" + name
        if name.hasPrefix("generated:") {
            let key = String(name.dropFirst("generated:".count))
            let bytes = try #require(Self.generated().first { $0.0 == key }?.1)
            path = TestSupport.tempDir() + "/\(key).yaml"
            FileManager.default.createFile(atPath: path, contents: Data(bytes))
        }
        let r = try #require(
            Subprocess.run(["build", path], timeout: 60), "msrender binary not found; run swift build")
        #expect(!r.timedOut, "\(name): hung")
        #expect(r.status == 1, "\(name): exit \(r.status)\n\(r.err.prefix(2000))")
        #expect(r.out.isEmpty, "\(name): wrote to stdout")
        let first = r.err.split(separator: "\n").first.map(String.init) ?? ""
        // A file below the current folder (the package root) is named relative to it (SPEC 6).
        let shown = path.hasPrefix(TestSupport.root + "/") ? String(path.dropFirst(TestSupport.root.count + 1)) : path
        #expect(first.hasPrefix(shown + ":"), "\(name): \(first)")
        #expect(Self.isLocatedError(first, file: shown), "\(name): \(first)")
        #expect(r.peakMiB < 1024, "\(name): peak \(r.peakMiB) MiB")
    }
}

extension HostileInputTests {
    /// `FILE:LINE:COL: error: ...` with numeric line and column.
    static func isLocatedError(_ line: String, file: String) -> Bool {
        guard line.hasPrefix(file + ":") else { return false }
        let parts = line.dropFirst(file.count + 1).split(separator: ":", maxSplits: 2)
        return parts.count == 3 && Int(parts[0]) != nil && Int(parts[1]) != nil && parts[2].hasPrefix(" error: ")
    }
}

/// A small seeded generator (a 64-bit LCG, Knuth's MMIX constants): random enough
/// for junk bytes, and the same bytes every run.
struct SeededBytes {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 33
    }
}
