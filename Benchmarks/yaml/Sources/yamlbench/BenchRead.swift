import MSYAML

/// Reads a stream into Values; -1 until the reader exists.
enum BenchRead {
    static func read(_ bytes: [UInt8]) -> Int { -1 }
}
