import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file msrender could not read, or an operand that names nothing usable.
struct InputError: Error, Sendable {
    var path: String
    var message: String
}

/// One input text with the name diagnostics and `# Source:` lines use.
struct SourceText: Sendable {
    /// As the user named it (`examples/a.yaml`), or `<stdin>`.
    var displayName: String
    var bytes: [UInt8]
}

/// Expands operands into input texts: files as given, folders recursively (`*.yaml`,
/// `*.yml`, `*.json`, in byte order of the relative path), `-` for standard input.
struct InputLoader {
    /// The largest input file msrender reads (also stated in the README).
    static let maxFileBytes = 256 << 20
    static let extensions = [".yaml", ".yml", ".json"]

    var console: Console

    func load(_ operands: [String]) -> (texts: [SourceText], errors: [InputError]) {
        var texts: [SourceText] = []
        var errors: [InputError] = []
        var stdinUsed = false
        for operand in operands {
            if operand == "-" {
                if stdinUsed {
                    errors.append(InputError(path: "<stdin>", message: "standard input ('-') given more than once"))
                    continue
                }
                stdinUsed = true
                do { texts.append(SourceText(displayName: "<stdin>", bytes: try console.readStdin())) } catch {
                    errors.append(error)
                }
                continue
            }
            for path in expand(operand, errors: &errors) {
                do { texts.append(SourceText(displayName: path, bytes: try Self.readFile(path))) } catch {
                    errors.append(error)
                }
            }
        }
        return (texts, errors)
    }

    /// The files an operand stands for.
    private func expand(_ operand: String, errors: inout [InputError]) -> [String] {
        let fm = FileManager.default
        var isDir: Bool = false
        guard fm.fileExists(atPath: operand, isDirectory: &isDir) else {
            errors.append(InputError(path: operand, message: "no such file or directory"))
            return []
        }
        guard isDir else { return [operand] }
        guard let entries = try? fm.subpathsOfDirectory(atPath: operand) else {
            errors.append(InputError(path: operand, message: "cannot list directory"))
            return []
        }
        var found: [String] = []
        for entry in entries {
            guard Self.extensions.contains(where: { entry.hasSuffix($0) }) else { continue }
            let full = operand.hasSuffix("/") ? operand + entry : operand + "/" + entry
            var entryIsDir: Bool = false
            if fm.fileExists(atPath: full, isDirectory: &entryIsDir), !entryIsDir { found.append(entry) }
        }
        // Byte order of the relative path, independent of the file system's order.
        found.sort { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        let prefix = operand.hasSuffix("/") ? operand : operand + "/"
        return found.map { prefix + $0 }
    }

    /// A whole file, read straight into one array (no intermediate `Data` copy: a large
    /// input costs its size once).
    static func readFile(_ path: String) throws(InputError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw InputError(path: path, message: Self.reason(errno)) }
        defer { close(fd) }
        return try readAll(fd, path: path, what: "file")
    }

    /// Everything an open descriptor holds (a file, or standard input as `<stdin>`).
    static func readAll(_ fd: Int32, path: String, what: String) throws(InputError) -> [UInt8] {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw InputError(path: path, message: Self.reason(errno)) }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw InputError(path: path, message: "is a directory, expected a file")
        }
        // A regular file gives its size up front; anything else (a pipe, a terminal) grows.
        let regular = (info.st_mode & S_IFMT) == S_IFREG
        let size = regular ? Int(info.st_size) : 0
        let tooLarge = InputError(path: path, message: "\(what) is larger than \(maxFileBytes >> 20) MiB")
        guard size <= maxFileBytes else { throw tooLarge }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while !(regular && filled == size) {
            if filled == bytes.count {
                guard bytes.count < maxFileBytes else { throw tooLarge }
                bytes.append(contentsOf: repeatElement(0, count: max(1 << 16, bytes.count)))
            }
            let n = bytes.withUnsafeMutableBytes { buffer in
                buffer.baseAddress.map { read(fd, $0 + filled, buffer.count - filled) } ?? 0
            }
            if n == 0 { break }
            if n < 0 {
                if errno == EINTR { continue }
                throw InputError(path: path, message: Self.reason(errno))
            }
            filled += n
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or directory"
        case EACCES: return "cannot read file: permission denied"
        case EISDIR: return "is a directory, expected a file"
        default: return "cannot read file: \(String(cString: strerror(code)))"
        }
    }
}
