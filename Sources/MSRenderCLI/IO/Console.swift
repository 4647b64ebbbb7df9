#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a command writes: stdout for manifests only, stderr for everything else.
/// Tests pass a capturing console; the process uses `Console.standard`.
final class Console: @unchecked Sendable {
    private(set) var out: [UInt8] = []
    private(set) var err: [UInt8] = []
    private let capture: Bool
    /// Bytes to serve as standard input when capturing.
    var stdin: [UInt8]

    init(capture: Bool, stdin: [UInt8] = []) {
        self.capture = capture
        self.stdin = stdin
    }

    static func standard() -> Console { Console(capture: false) }

    func write(_ text: String) {
        var text = text
        // Write the string's own UTF-8 storage: no copy of a large manifest stream.
        text.withUTF8 { buffer in
            if capture { out.append(contentsOf: buffer) } else { Console.writeAll(1, buffer) }
        }
    }

    /// One line on stderr.
    func error(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        if capture { err.append(contentsOf: bytes) } else { bytes.withUnsafeBufferPointer { Console.writeAll(2, $0) } }
    }

    var outText: String { String(decoding: out, as: UTF8.self) }
    var errText: String { String(decoding: err, as: UTF8.self) }

    /// All of standard input.
    func readStdin() throws(InputError) -> [UInt8] {
        if capture { return stdin }
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputError(
                    path: "<stdin>", message: "cannot read standard input: \(String(cString: strerror(errno)))")
            }
            data.append(contentsOf: buffer[0..<n])
            if data.count > InputLoader.maxFileBytes {
                throw InputError(
                    path: "<stdin>", message: "standard input is larger than \(InputLoader.maxFileBytes >> 20) MiB")
            }
        }
        return data
    }

    private static func writeAll(_ fd: Int32, _ bytes: UnsafeBufferPointer<UInt8>) {
        let raw = UnsafeRawBufferPointer(bytes)
        do {
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return  // EPIPE and friends: the reader went away; nothing useful to do.
                }
                offset += n
            }
        }
    }
}
