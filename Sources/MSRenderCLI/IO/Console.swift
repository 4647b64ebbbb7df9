#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a command writes: stdout for manifests only, stderr for everything else.
/// Tests pass a capturing console (or one over descriptors of their own); the process
/// uses `Console.standard`.
///
/// Every write to stdout is checked. The first failure is kept (`outputFailure`),
/// later writes are skipped and return false so that a writing loop stops at once, and
/// `finish` turns it into the exit status: a reader that went away (EPIPE) ends the run
/// quietly, any other failure is an error with a message.
final class Console: @unchecked Sendable {
    private(set) var out: [UInt8] = []
    private(set) var err: [UInt8] = []
    private let capture: Bool
    private let outFD: Int32
    private let errFD: Int32
    /// Bytes to serve as standard input when capturing.
    var stdin: [UInt8]
    /// The errno of the first failed write to stdout.
    private(set) var outputFailure: Int32?

    init(capture: Bool, stdin: [UInt8] = []) {
        self.capture = capture
        self.stdin = stdin
        outFD = 1
        errFD = 2
    }

    /// A console writing to the given descriptors (tests inject failing ones).
    init(output: Int32, error: Int32) {
        capture = false
        stdin = []
        outFD = output
        errFD = error
    }

    static func standard() -> Console { Console(capture: false) }

    /// Writes to stdout; false when this or an earlier write failed (stop writing).
    @discardableResult
    func write(_ text: String) -> Bool {
        guard outputFailure == nil else { return false }
        var text = text
        // Write the string's own UTF-8 storage: no copy of a large manifest stream.
        text.withUTF8 { buffer in
            if capture {
                out.append(contentsOf: buffer)
            } else {
                outputFailure = Syscall.writeAll(outFD, UnsafeRawBufferPointer(buffer))
            }
        }
        return outputFailure == nil
    }

    /// Writes bytes (UTF-8 text) to stdout, like `write(_:)` without making a String of them.
    @discardableResult
    func write(bytes: [UInt8]) -> Bool {
        guard outputFailure == nil else { return false }
        if capture {
            out.append(contentsOf: bytes)
        } else {
            outputFailure = bytes.withUnsafeBytes { Syscall.writeAll(outFD, $0) }
        }
        return outputFailure == nil
    }

    /// One line on stderr. A failure here has nowhere to be reported and is ignored.
    func error(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        if capture {
            err.append(contentsOf: bytes)
        } else {
            _ = bytes.withUnsafeBytes { Syscall.writeAll(errFD, $0) }
        }
    }

    var outText: String { String(decoding: out, as: UTF8.self) }
    var errText: String { String(decoding: err, as: UTF8.self) }

    /// The exit status once a command has run: a failed stdout write overrides success.
    func finish(_ status: Int32) -> Int32 {
        guard let code = outputFailure else { return status }
        if code == EPIPE { return ExitStatus.brokenPipe }
        error("msrender: error: cannot write standard output: \(FileSystemError.words(code))")
        return ExitStatus.failure
    }

    /// All of standard input.
    func readStdin() throws(InputError) -> [UInt8] {
        if capture { return stdin }
        return try InputLoader.readAll(0, path: "<stdin>", what: "standard input")
    }

    /// Makes sure descriptors 0, 1 and 2 are open before any file is: otherwise the
    /// first file msrender opens would become "standard output". A closed one is
    /// replaced by /dev/null opened the wrong way round, so that using it still fails
    /// as a closed descriptor does (EBADF).
    static func guardStandardDescriptors() {
        for fd: Int32 in 0...2 {
            var info = stat()
            guard fstat(fd, &info) != 0 && errno == EBADF else { continue }
            let opened = Glibc.open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY)
            if opened >= 0 && opened != fd {
                dup2(opened, fd)
                Glibc.close(opened)
            }
        }
    }
}
