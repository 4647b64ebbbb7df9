import Foundation
import MSYAML
import Testing

@testable import MSModel

/// Decoding never crashes and always explains itself: every mutation of the worked
/// examples either decodes or yields at least one error.
struct RobustnessTests {
    static let junk = [
        "", "~", "[]", "{}", "-1", "0", "99999999999999999999999", "1.5", "yes", "\"\"", "!!int x", "[~]",
    ]

    @Test func mutatedExamplesNeverCrash() throws {
        guard let shared = DecodeFixture.sharedDirectory() else {
            print("skipping: shared folder not found (set MSRENDER_SHARED)")
            return
        }
        var decoded = 0
        for name in WorkedExampleTests.names {
            let text = try String(
                contentsOf: shared.appendingPathComponent("worked-examples/\(name).yaml"), encoding: .utf8)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for i in lines.indices {
                var variants: [[String]] = []
                var dropped = lines
                dropped.remove(at: i)
                variants.append(dropped)
                if let colon = lines[i].firstIndex(of: ":") {
                    for j in Self.junk {
                        var changed = lines
                        changed[i] = String(lines[i][...colon]) + " " + j
                        variants.append(changed)
                    }
                }
                for v in variants {
                    guard let docs = try? YAMLReader.read(Array(v.joined(separator: "\n").utf8)), let doc = docs.first
                    else { continue }
                    let result = ModelServiceDecoder.decode(doc.root, file: name, defaultNamespace: nil)
                    #expect(result.hasErrors == (result.modelService == nil))
                    decoded += 1
                }
            }
        }
        #expect(decoded > 100)
    }
}
