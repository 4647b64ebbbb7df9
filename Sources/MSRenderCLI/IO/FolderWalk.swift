#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// One input folder read recursively through descriptors (`InputLoader`): the input
/// files found with their text, and every entry that could not be read.
struct FolderWalk {
    /// A folder's device and inode: the same folder reached twice on one walk is a loop.
    struct Identity: Equatable {
        var device: UInt64
        var inode: UInt64
    }

    struct Found {
        var relative: [UInt8]
        var text: SourceText
    }

    struct Failed: Error {
        var relative: [UInt8]
        var error: InputError
    }

    /// The operand's display name; entries are shown below it.
    let base: String
    var files: [Found] = []
    var errors: [Failed] = []

    init(base: String) { self.base = base }

    static func identity(_ info: stat) -> Identity {
        Identity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    /// Reads the folder `folder` (at `relative` below the operand); `stack` holds the
    /// folders from the operand down to this one.
    mutating func visit(_ folder: Descriptor, relative: [UInt8], stack: [Identity]) {
        let names: [[UInt8]]
        switch Syscall.names(folder.fd) {
        case .failure(let e):
            fail(relative, FileSystemError.words(e.code))
            return
        case .success(let found): names = found.sorted { $0.lexicographicallyPrecedes($1) }
        }
        // The folder's input files, read together after the walk over its entries: in
        // parallel (the open/fstat/read/close of a thousand files is otherwise a serial
        // part of a run); the results are sorted by path afterwards, as before. The
        // entries' lstat calls are made in parallel the same way, before the walk.
        var reads: [PendingRead] = []
        let cNames = names.map(PathBytes.cString)
        let statuses = Parallel.map(names.count) { i in Syscall.stat(folder.fd, cNames[i]) }
        for (k, name) in names.enumerated() {
            let path = relative.isEmpty ? name : relative + [0x2F] + name
            let cName = cNames[k]
            let isInput = InputLoader.hasInputExtension(name)
            var info: stat
            switch statuses[k] {
            case .failure(let e):
                if isInput { fail(path, FileSystemError.words(e.code)) }
                continue
            case .success(let found): info = found
            }
            var follow = false
            if Syscall.isSymlink(info) {
                // A symlink is followed once: to a folder (checked for loops) or a file.
                switch Syscall.stat(folder.fd, cName, follow: true) {
                case .failure(let e):
                    if isInput { fail(path, e.code == ENOENT ? InputMessages.broken : FileSystemError.words(e.code)) }
                    continue
                case .success(let target): info = target
                }
                follow = true
            }
            if Syscall.isFolder(info) {
                let identity = Self.identity(info)
                if stack.contains(identity) {
                    fail(path, InputMessages.loop(loopTarget(stack, identity, relative)))
                    continue
                }
                let nofollow = follow ? 0 : O_NOFOLLOW
                let fd = Syscall.openat(folder.fd, cName, O_RDONLY | O_DIRECTORY | nofollow)
                guard fd >= 0 else {
                    fail(path, FileSystemError.words(errno))
                    continue
                }
                let child = Descriptor(fd)
                // Re-check what was opened: the entry may have changed since fstatat.
                guard case .success(let opened) = child.status(), Self.identity(opened) == identity else {
                    fail(path, InputMessages.changed)
                    continue
                }
                visit(child, relative: path, stack: stack + [identity])
                continue
            }
            guard isInput else { continue }
            guard Syscall.isRegular(info) else {
                fail(path, InputMessages.special(Syscall.kindWords(info.st_mode)))
                continue
            }
            reads.append(PendingRead(cName: cName, path: path, follow: follow))
        }
        readAll(reads, in: folder)
    }

    /// An input file of a folder to read: its name there and path below the operand.
    private struct PendingRead {
        var cName: [CChar]
        var path: [UInt8]
        var follow: Bool
    }

    private mutating func readAll(_ reads: [PendingRead], in folder: Descriptor) {
        let results = Parallel.map(reads.count) { i in read(folder, reads[i]) }
        for result in results {
            switch result {
            case .success(let found): files.append(found)
            case .failure(let failed): errors.append(failed)
            }
        }
    }

    /// Opens without blocking (a FIFO swapped in since fstatat must not hang the run)
    /// and without following a symlink unless the entry is one, then re-checks.
    private func read(_ folder: Descriptor, _ entry: PendingRead) -> Result<Found, Failed> {
        let path = entry.path
        let flags = O_RDONLY | O_NONBLOCK | O_NOCTTY | (entry.follow ? 0 : O_NOFOLLOW)
        let fd = Syscall.openat(folder.fd, entry.cName, flags)
        guard fd >= 0 else { return .failure(failure(path, FileSystemError.words(errno))) }
        let file = Descriptor(fd)
        guard case .success(let info) = file.status(), Syscall.isRegular(info) else {
            return .failure(failure(path, InputMessages.changed))
        }
        let display = shown(path)
        do {
            let bytes = try InputLoader.readAll(file.fd, status: info, path: display, what: "file")
            return .success(Found(relative: path, text: SourceText(displayName: display, bytes: bytes)))
        } catch {
            return .failure(Failed(relative: path, error: error))
        }
    }

    private func shown(_ relative: [UInt8]) -> String { SourcePath.join(base, PathBytes.display(relative)) }

    private mutating func fail(_ relative: [UInt8], _ message: String) {
        errors.append(failure(relative, message))
    }

    private func failure(_ relative: [UInt8], _ message: String) -> Failed {
        Failed(relative: relative, error: InputError(path: shown(relative), message: message))
    }

    /// The folder on the walk a loop leads back to, for the message.
    private func loopTarget(_ stack: [Identity], _ identity: Identity, _ relative: [UInt8]) -> String {
        guard let depth = stack.firstIndex(of: identity) else { return base }
        let parts = relative.split(separator: 0x2F).prefix(depth)
        return depth == 0 ? base : shown(Array(parts.joined(separator: [0x2F])))
    }
}
