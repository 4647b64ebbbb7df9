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
    /// The normalised path (`SourcePath`), or `<stdin>`.
    var displayName: String
    var bytes: [UInt8]
}

/// Expands operands into input texts: files as given, folders recursively (`*.yaml`,
/// `*.yml`, `*.json`, in byte order of the relative path), `-` for standard input.
///
/// Nothing is skipped silently. An operand is followed if it is a symlink (and may be
/// a FIFO such as `<(cmd)`); inside a folder, symlinked folders are followed with loop
/// detection (the device and inode of every folder on the current walk), and an entry
/// named like an input that is not a regular file (a FIFO, socket, device, a broken
/// symlink) is an error, found with `fstatat` and never opened. Names are bytes,
/// walked with `readdir` on descriptors; a non-UTF-8 name is read and shown escaped.
struct InputLoader {
    /// The largest input file msrender reads (also stated in the README).
    static let maxFileBytes = 256 << 20
    static let extensions = [".yaml", ".yml", ".json"]

    var console: Console

    struct Loaded {
        var texts: [SourceText] = []
        var errors: [InputError] = []
        /// Folders that held no input file at all (said on stderr, not an error).
        var emptyFolders: [String] = []
    }

    func load(_ operands: [String]) -> Loaded {
        var loaded = Loaded()
        var stdinUsed = false
        let paths = SourcePath()
        for operand in operands {
            if operand == "-" {
                if stdinUsed {
                    loaded.errors.append(InputError(path: "<stdin>", message: Messages.stdinTwice))
                    continue
                }
                stdinUsed = true
                do { loaded.texts.append(SourceText(displayName: "<stdin>", bytes: try console.readStdin())) } catch {
                    loaded.errors.append(error)
                }
                continue
            }
            let bytes = PathBytes.bytes(operand)
            let display = paths.display(bytes)
            var info = stat()
            let found = Self.withCPath(bytes) { stat($0, &info) } == 0
            guard found else {
                loaded.errors.append(InputError(path: PathBytes.display(bytes), message: FileSystemError.words(errno)))
                continue
            }
            guard Syscall.isFolder(info) else {
                do {
                    loaded.texts.append(SourceText(displayName: display, bytes: try Self.readFile(bytes, display)))
                } catch {
                    loaded.errors.append(error)
                }
                continue
            }
            let fd = Self.withCPath(bytes) { Syscall.openat(AT_FDCWD, $0, O_RDONLY | O_DIRECTORY) }
            guard fd >= 0 else {
                loaded.errors.append(InputError(path: display, message: FileSystemError.words(errno)))
                continue
            }
            var walk = FolderWalk(base: display)
            walk.visit(Descriptor(fd), relative: [], stack: [FolderWalk.identity(info)])
            walk.files.sort { $0.relative.lexicographicallyPrecedes($1.relative) }
            walk.errors.sort { $0.relative.lexicographicallyPrecedes($1.relative) }
            loaded.texts += walk.files.map(\.text)
            loaded.errors += walk.errors.map(\.error)
            if walk.files.isEmpty && walk.errors.isEmpty { loaded.emptyFolders.append(display) }
        }
        return loaded
    }

    /// A file named on the command line (or a settings file), followed if a symlink.
    static func readFile(_ path: String) throws(InputError) -> [UInt8] {
        let bytes = PathBytes.bytes(path)
        return try readFile(bytes, PathBytes.display(bytes))
    }

    static func readFile(_ path: [UInt8], _ display: String) throws(InputError) -> [UInt8] {
        let fd = withCPath(path) { Syscall.openat(AT_FDCWD, $0, O_RDONLY | O_NOCTTY) }
        guard fd >= 0 else { throw InputError(path: display, message: FileSystemError.words(errno)) }
        let file = Descriptor(fd)
        return try readAll(file.fd, path: display, what: "file")
    }

    /// Everything an open descriptor holds (a file, or standard input as `<stdin>`).
    static func readAll(_ fd: Int32, path: String, what: String) throws(InputError) -> [UInt8] {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw InputError(path: path, message: Messages.cannotRead(errno)) }
        return try readAll(fd, status: info, path: path, what: what)
    }

    /// `readAll` of a descriptor whose `fstat` the caller already has.
    static func readAll(_ fd: Int32, status info: stat, path: String, what: String) throws(InputError) -> [UInt8] {
        if Syscall.isFolder(info) {
            throw InputError(path: path, message: Messages.isFolder)
        }
        if info.st_mode & S_IFMT == S_IFSOCK {
            throw InputError(path: path, message: Messages.special(Syscall.kindWords(info.st_mode)))
        }
        // A regular file gives its size up front; anything else (a pipe, a terminal) grows.
        let regular = Syscall.isRegular(info)
        let size = regular ? Int(info.st_size) : 0
        // Built only when thrown: its message is a new string per file.
        var tooLarge: InputError { InputError(path: path, message: Messages.tooLarge(what)) }
        guard size <= maxFileBytes else { throw tooLarge }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while !(regular && filled == size) {
            if filled == bytes.count {
                guard bytes.count < maxFileBytes else { throw tooLarge }
                bytes.append(contentsOf: repeatElement(0, count: max(1 << 16, bytes.count)))
            }
            let read = bytes.withUnsafeMutableBytes {
                Syscall.read(fd, into: UnsafeMutableRawBufferPointer(rebasing: $0[filled...]))
            }
            switch read {
            case .failure(let e): throw InputError(path: path, message: Messages.cannotRead(e.code))
            case .success(0):
                bytes.removeSubrange(filled...)
                return bytes
            case .success(let n): filled += n
            }
        }
        return bytes
    }

    static func hasInputExtension(_ name: [UInt8]) -> Bool {
        extensions.contains { name.count > $0.utf8.count && name.suffix($0.utf8.count).elementsEqual($0.utf8) }
    }

    /// Calls `body` with `path` as a NUL-terminated C string.
    static func withCPath<T>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
        body(PathBytes.cString(path))
    }
}

/// Messages for input files.
enum InputMessages {
    static let stdinTwice = "standard input ('-') given more than once"
    static let isFolder = "is a folder, expected a file"
    static func cannotRead(_ code: Int32) -> String { "cannot read file: " + FileSystemError.words(code) }
    static func special(_ kind: String) -> String { "\(kind), not a regular file: not read" }
    static func tooLarge(_ what: String) -> String { "\(what) is larger than \(InputLoader.maxFileBytes >> 20) MiB" }
    static func loop(_ target: String) -> String {
        "symlink loop: this folder is already being read (as \(target)); not followed again"
    }
    static let broken = "broken symlink (it points to nothing): not read"
    static let changed = "changed while being read (it is no longer what it was a moment ago): not read"
    static func emptyFolder(_ path: String) -> String {
        "msrender: notice: \(path) holds no *.yaml, *.yml or *.json file"
    }
}

private typealias Messages = InputMessages
