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
        return try InputLoader.readAll(0, path: "<stdin>", what: "standard input")
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
