import MSRender

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads of an open file in fixed-size chunks: comparing, hashing or showing a file
/// never costs more memory than a chunk (or the stated cap), however large it is.
enum FileContents {
    static let chunk = 1 << 16

    /// True when the file holds exactly `expected` (sizes first, then chunk by chunk).
    static func equals(_ file: Descriptor, size: Int, _ expected: [UInt8]) -> Result<Bool, Errno> {
        guard size == expected.count else { return .success(false) }
        var buffer = [UInt8](repeating: 0, count: chunk)
        var offset = 0
        while true {
            let read = buffer.withUnsafeMutableBytes { Syscall.read(file.fd, into: $0) }
            guard case .success(let n) = read else { return read.map { _ in false } }
            if n == 0 { return .success(offset == expected.count) }
            guard offset + n <= expected.count,
                buffer[..<n].elementsEqual(expected[offset..<offset + n])
            else { return .success(false) }
            offset += n
        }
    }

    /// The file's SHA-256 (lowercase hex) and size, read to its end.
    static func sha256(_ file: Descriptor) -> Result<(hex: String, size: Int), Errno> {
        var hasher = SHA256()
        var buffer = [UInt8](repeating: 0, count: chunk)
        var size = 0
        while true {
            let read = buffer.withUnsafeMutableBytes { Syscall.read(file.fd, into: $0) }
            switch read {
            case .failure(let e): return .failure(e)
            case .success(0): return .success((hasher.hexDigest(), size))
            case .success(let n):
                buffer.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[..<n])) }
                size += n
            }
        }
    }

    /// At most `limit` bytes from the start of the file, read in chunks: memory grows
    /// with what the file holds, not with the limit.
    static func prefix(_ file: Descriptor, _ limit: Int) -> Result<[UInt8], Errno> {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: min(chunk, max(limit, 1)))
        while bytes.count < limit {
            let want = min(buffer.count, limit - bytes.count)
            let read = buffer.withUnsafeMutableBytes {
                Syscall.read(file.fd, into: UnsafeMutableRawBufferPointer(rebasing: $0[..<want]))
            }
            switch read {
            case .failure(let e): return .failure(e)
            case .success(0): return .success(bytes)
            case .success(let n): bytes += buffer[..<n]
            }
        }
        return .success(bytes)
    }
}
