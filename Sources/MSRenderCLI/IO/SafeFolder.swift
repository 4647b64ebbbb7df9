#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An open folder through which everything below it is reached, one descriptor at a
/// time, never through a path string (modelled on Go's `os.Root` and cap-std's `Dir`).
///
/// Every child is opened with `openat` relative to its parent's descriptor and with
/// `O_NOFOLLOW`/`AT_SYMLINK_NOFOLLOW`, so a symlink below the folder is an error naming
/// it, and a name is one component: empty names, `.`, `..` and names holding `/` are
/// refused. Only the root itself is opened by path, and may be a symlink.
final class SafeFolder: @unchecked Sendable {
    let descriptor: Descriptor
    /// For messages: the root as the user spelled it, then the names walked.
    let display: String

    private init(_ fd: Int32, display: String) {
        descriptor = Descriptor(fd)
        self.display = display
    }

    var fd: Int32 { descriptor.fd }

    /// A folder made by this run, to remove again when the run fails.
    struct Created {
        var parent: SafeFolder
        var name: String
    }

    /// What a name in a folder is, without following a symlink.
    enum Entry {
        case missing
        case file(size: Int)
        case folder
        case symlink
        case special(String)
    }

    // MARK: The root

    /// The folder at `path` (a symlink to a folder is fine), or nil when nothing is there.
    static func open(_ path: String) throws(FileSystemError) -> SafeFolder? {
        let bytes = PathBytes.bytes(path)  // a name given on the command line, exactly
        let fd = InputLoader.withCPath(bytes) { Syscall.openat(AT_FDCWD, $0, O_RDONLY | O_DIRECTORY) }
        let display = PathBytes.shown(path)
        if fd >= 0 { return SafeFolder(fd, display: display) }
        let code = errno
        if code == ENOENT { return nil }
        if code == ENOTDIR {
            // Either `path` itself is a file, or a component above it is.
            var info = stat()
            if InputLoader.withCPath(bytes, { stat($0, &info) }) == 0 {
                throw FileSystemError(.openFolder, display, .fileInTheWay)
            }
        }
        throw FileSystemError.failed(.openFolder, display, code)
    }

    /// The folder at `path`, created with any missing parents (`mkdir -p`). Symlinks on
    /// the way to it are followed: only what is below it is confined.
    static func openOrCreate(_ path: String, created: inout [Created]) throws(FileSystemError) -> SafeFolder {
        if let existing = try open(path) { return existing }
        let absolute = path.hasPrefix("/")
        guard let start = SafeFolder.openPath(absolute ? "/" : ".", display: absolute ? "/" : ".") else {
            throw FileSystemError.failed(.openFolder, absolute ? "/" : ".")
        }
        var current = start
        var shown = absolute ? "/" : ""
        for part in PathBytes.bytes(path).split(separator: 0x2F) where part != [0x2E] {
            let name = PathBytes.decode(Array(part))
            let shownName = PathBytes.shown(name)
            shown = shown.isEmpty || shown.hasSuffix("/") ? shown + shownName : shown + "/" + shownName
            let fd = Syscall.openat(current.fd, Self.c(name), O_RDONLY | O_DIRECTORY)
            if fd >= 0 {
                current = SafeFolder(fd, display: shown)
                continue
            }
            guard errno == ENOENT else {
                if errno == ENOTDIR { throw FileSystemError(.createFolder, shown, .fileInTheWay) }
                throw FileSystemError.failed(.createFolder, shown)
            }
            guard mkdirat(current.fd, Self.c(name), 0o777) == 0 else {
                throw FileSystemError.failed(.createFolder, shown)
            }
            created.append(Created(parent: current, name: name))
            let made = Syscall.openat(current.fd, Self.c(name), O_RDONLY | O_DIRECTORY | O_NOFOLLOW)
            guard made >= 0 else { throw FileSystemError.failed(.openFolder, shown) }
            current = SafeFolder(made, display: shown)
        }
        let copy = Syscall.duplicate(current.fd)
        guard copy >= 0 else { throw FileSystemError.failed(.openFolder, PathBytes.shown(path)) }
        return SafeFolder(copy, display: PathBytes.shown(path))
    }

    private static func openPath(_ path: String, display: String) -> SafeFolder? {
        let fd = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        return fd >= 0 ? SafeFolder(fd, display: display) : nil
    }

    // MARK: Below the root

    /// The display path of a child (`out/team-0`).
    func shown(_ name: String) -> String {
        let shownName = PathBytes.display(PathBytes.bytes(name))
        return display.hasSuffix("/") ? display + shownName : display + "/" + shownName
    }

    /// A name as the C string of its exact bytes (see `PathBytes`).
    static func c(_ name: String) -> [CChar] { PathBytes.cString(PathBytes.bytes(name)) }

    /// A single path component, or an error: nothing outside this folder can be named.
    static func check(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.utf8.contains(0x2F) && !name.utf8.contains(0)
    }

    private func checked(_ name: String, _ action: FileSystemError.Action) throws(FileSystemError) {
        guard Self.check(name) else { throw FileSystemError(action, shown(name), .other("not a single file name")) }
    }

    /// What `name` is, a symlink reported as one.
    func entry(_ name: String) throws(FileSystemError) -> Entry {
        try checked(name, .read)
        switch Syscall.stat(fd, Self.c(name)) {
        case .failure(let e):
            if e.code == ENOENT { return .missing }
            throw FileSystemError.failed(.read, shown(name), e.code)
        case .success(let info):
            if Syscall.isRegular(info) { return .file(size: Int(info.st_size)) }
            if Syscall.isFolder(info) { return .folder }
            if Syscall.isSymlink(info) { return .symlink }
            return .special(Syscall.kindWords(info.st_mode))
        }
    }

    /// The child folder `name`, or nil when there is none; a symlink or a file there is
    /// an error.
    func folder(_ name: String, action: FileSystemError.Action = .openFolder) throws(FileSystemError) -> SafeFolder? {
        try checked(name, action)
        let fd = Syscall.openat(self.fd, Self.c(name), O_RDONLY | O_DIRECTORY | O_NOFOLLOW)
        if fd >= 0 { return SafeFolder(fd, display: shown(name)) }
        let code = errno
        if code == ENOENT { return nil }
        throw inTheWay(name, action, code, expectedFolder: true)
    }

    /// The child folder `name`, created (and recorded in `created`) when missing.
    func folderCreating(_ name: String, created: inout [Created]) throws(FileSystemError) -> SafeFolder {
        if let existing = try folder(name, action: .createFolder) { return existing }
        guard mkdirat(fd, Self.c(name), 0o777) == 0 else { throw FileSystemError.failed(.createFolder, shown(name)) }
        created.append(Created(parent: self, name: name))
        guard let made = try folder(name, action: .createFolder) else {
            throw FileSystemError.failed(.createFolder, shown(name), ENOENT)
        }
        return made
    }

    /// Walks `components` one folder at a time; nil when one is missing.
    func walk(_ components: [String]) throws(FileSystemError) -> SafeFolder? {
        var current = self
        for name in components {
            guard let next = try current.folder(name) else { return nil }
            current = next
        }
        return current
    }

    /// `name` opened for reading, or nil when missing. Only a regular file opens: the
    /// open never blocks (O_NONBLOCK) and never follows a symlink, and fstat re-checks.
    func openFile(_ name: String) throws(FileSystemError) -> (Descriptor, size: Int)? {
        try checked(name, .read)
        let fd = Syscall.openat(self.fd, Self.c(name), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY)
        if fd < 0 {
            let code = errno
            if code == ENOENT { return nil }
            throw inTheWay(name, .read, code, expectedFolder: false)
        }
        let file = Descriptor(fd)
        switch file.status() {
        case .failure(let e): throw FileSystemError.failed(.read, shown(name), e.code)
        case .success(let info):
            if Syscall.isRegular(info) { return (file, Int(info.st_size)) }
            if Syscall.isFolder(info) { throw FileSystemError(.read, shown(name), .folderInTheWay) }
            throw FileSystemError(.read, shown(name), .special(Syscall.kindWords(info.st_mode)))
        }
    }

    /// A new file `name` for writing; fails if anything at all is there.
    func createExclusive(_ name: String) throws(FileSystemError) -> Descriptor {
        try checked(name, .write)
        let fd = Syscall.openat(self.fd, Self.c(name), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_NOCTTY, 0o666)
        guard fd >= 0 else { throw FileSystemError.failed(.write, shown(name)) }
        return Descriptor(fd)
    }

    /// Renames `from` to `to` in this folder (replacing a file at `to`); the errno.
    func rename(_ from: String, to: String) -> Int32? {
        guard Self.check(from), Self.check(to) else { return EINVAL }
        return renameat(fd, Self.c(from), fd, Self.c(to)) == 0 ? nil : errno
    }

    /// A second name for the file `from`; the errno.
    func link(_ from: String, to: String) -> Int32? {
        guard Self.check(from), Self.check(to) else { return EINVAL }
        return linkat(fd, Self.c(from), fd, Self.c(to), 0) == 0 ? nil : errno
    }

    /// Removes the file (or with `folder`, the empty folder) `name`; the errno.
    func remove(_ name: String, folder: Bool = false) -> Int32? {
        guard Self.check(name) else { return EINVAL }
        return unlinkat(fd, Self.c(name), folder ? AT_REMOVEDIR : 0) == 0 ? nil : errno
    }

    /// The names in this folder, as bytes (a name need not be UTF-8), in byte order.
    func names() throws(FileSystemError) -> [[UInt8]] {
        switch Syscall.names(fd) {
        case .failure(let e): throw FileSystemError.failed(.listFolder, display, e.code)
        case .success(let names): return names.sorted { $0.lexicographicallyPrecedes($1) }
        }
    }

    /// The device of this folder's file system (folders on one device sync together).
    var device: UInt64 {
        switch descriptor.status() {
        case .success(let info): return UInt64(info.st_dev)
        case .failure: return 0
        }
    }

    /// Why `name` could not be opened as a folder (or a file): a symlink, a file or a
    /// folder in the way, a special file, or the errno.
    private func inTheWay(
        _ name: String, _ action: FileSystemError.Action, _ code: Int32, expectedFolder: Bool
    ) -> FileSystemError {
        if case .success(let info) = Syscall.stat(fd, Self.c(name)) {
            if Syscall.isSymlink(info) { return FileSystemError(action, shown(name), .symlink) }
            if expectedFolder && Syscall.isRegular(info) { return FileSystemError(action, shown(name), .fileInTheWay) }
            if !expectedFolder && Syscall.isFolder(info) {
                return FileSystemError(action, shown(name), .folderInTheWay)
            }
            if !Syscall.isRegular(info) && !Syscall.isFolder(info) {
                return FileSystemError(action, shown(name), .special(Syscall.kindWords(info.st_mode)))
            }
        }
        return FileSystemError.failed(action, shown(name), code)
    }
}
