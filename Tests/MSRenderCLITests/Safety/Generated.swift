import Foundation
import Synchronization
import Testing

/// Folders of generated ModelServices (Benchmarks/render/generate.py), made once per
/// size and test process.
enum Generated {
    private static let made = Mutex<[Int: String]>([:])

    /// A folder holding `count` ModelService files.
    static func folder(_ count: Int) throws -> String {
        if let known = made.withLock({ $0[count] }) { return known }
        let dir = TestSupport.tempDir() + "/generated-\(count)"
        let script = TestSupport.root + "/Benchmarks/render/generate.py"
        let r = try sh("python3 \(script) \(count) \(dir)")
        try #require(r.status == 0, "generate.py failed: \(r.err)")
        made.withLock { $0[count] = dir }
        return dir
    }
}
