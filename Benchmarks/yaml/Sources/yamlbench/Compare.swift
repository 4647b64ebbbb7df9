@_spi(ReaderTesting) import MSYAML

/// `yamlbench compare FILE...`: reads each file with and without the fast path and
/// prints the first place where the two differ; counts the documents the fast path read.
enum Compare {
    static func run(_ paths: [String], read: (String) -> [UInt8]?) -> Int32 {
        var bad: Int32 = 0
        var fast = 0
        var total = 0
        for path in paths {
            guard let bytes = read(path) else { continue }
            bytes.withUnsafeBufferPointer { b in
                if let d = ReaderAgreement.difference(b) {
                    print("\(path): \(d)")
                    bad = 1
                }
                fast += ReaderAgreement.fastDocuments(b)
                total += (try? YAMLReader.read(b, fastPath: false).count) ?? 0
            }
        }
        print("compared \(paths.count) files; the fast path read \(fast) of \(total) documents")
        return bad
    }
}
