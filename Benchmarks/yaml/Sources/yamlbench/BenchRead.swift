import MSYAML

/// Reads a stream into Values (what a consumer of the reader gets); returns the number
/// of documents, or -1 on a read error (reported on stdout).
enum BenchRead {
    /// `YAMLReader.read` (nodes with marks, as the decoder takes them), then `toValue`.
    static func read(_ bytes: [UInt8]) -> Int {
        do throws(YAMLError) {
            let docs = try YAMLReader.read(bytes)
            var count = 0
            for doc in docs {
                _ = try doc.root.toValue()
                count += 1
            }
            return count
        } catch {
            print("read error: \(error)")
            return -1
        }
    }

    /// `YAMLReader.values`: the values directly.
    static func values(_ bytes: [UInt8]) -> Int {
        do throws(YAMLError) {
            return try YAMLReader.values(bytes).count
        } catch {
            print("read error: \(error)")
            return -1
        }
    }
}
