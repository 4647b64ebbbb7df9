import Foundation
import Testing

/// The same input gives the same bytes in every process, whatever the hash seed
/// (Swift randomises Dictionary order per process; SWIFT_DETERMINISTIC_HASHING is
/// deliberately not set).
struct DeterminismTests {
    @Test(arguments: GoldenTests.cases)
    func twentyProcessesAgree(_ c: GoldenTests.Case) throws {
        #expect(ProcessInfo.processInfo.environment["SWIFT_DETERMINISTIC_HASHING"] == nil)
        var outputs = Set<String>()
        for _ in 0..<20 {
            let r = try #require(Subprocess.run(c.args, timeout: 60), "msrender binary not found")
            #expect(r.status == 0, "\(r.err)")
            outputs.insert(r.out)
        }
        #expect(outputs.count == 1, "\(c.file): \(outputs.count) different outputs in 20 runs")
    }
}
