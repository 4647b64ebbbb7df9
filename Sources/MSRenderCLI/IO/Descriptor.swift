#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// An open file descriptor, closed when the last reference goes away.
final class Descriptor: @unchecked Sendable {
    let fd: Int32
    private var closed = false

    init(_ fd: Int32) { self.fd = fd }

    deinit { if !closed { Glibc.close(fd) } }

    /// Closes now and reports the error a delayed write may only show here (NFS, quotas).
    func close() -> Int32? {
        guard !closed else { return nil }
        closed = true
        return Glibc.close(fd) == 0 ? nil : errno
    }

    /// The descriptor's `fstat`.
    func status() -> Result<stat, Errno> {
        var info = stat()
        return fstat(fd, &info) == 0 ? .success(info) : .failure(Errno(errno))
    }
}

/// An errno value as an error.
struct Errno: Error, Sendable, Equatable {
    var code: Int32
    init(_ code: Int32) { self.code = code }
}

/// Thin EINTR-safe wrappers around the system calls the CLI's I/O uses.
enum Syscall {
    /// Writes every byte, retrying short writes and EINTR; the errno of a failure.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
        guard let base = bytes.baseAddress else { return nil }
        var offset = 0
        while offset < bytes.count {
            let n = write(fd, base + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            // A zero-byte write of a non-empty buffer would loop forever: call it EIO.
            if n == 0 { return EIO }
            offset += n
        }
        return nil
    }

    /// One `read` into `buffer`, retrying EINTR: the count read (0 at the end).
    static func read(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer) -> Result<Int, Errno> {
        guard let base = buffer.baseAddress else { return .success(0) }
        while true {
            let n = Glibc.read(fd, base, buffer.count)
            if n >= 0 { return .success(n) }
            if errno != EINTR { return .failure(Errno(errno)) }
        }
    }

    /// `openat` with EINTR retried (a FIFO's open can be interrupted).
    static func openat(_ dirfd: Int32, _ name: UnsafePointer<CChar>, _ flags: Int32, _ mode: mode_t = 0) -> Int32 {
        while true {
            let fd = Glibc.openat(dirfd, name, flags | O_CLOEXEC, mode)
            if fd >= 0 || errno != EINTR { return fd }
        }
    }

    /// A duplicate that is closed on exec, like every descriptor msrender opens: a plain
    /// `dup` would let a child process inherit it, and with it an output folder's lock.
    static func duplicate(_ fd: Int32) -> Int32 { fcntl(fd, F_DUPFD_CLOEXEC, 0) }

    /// `fstatat`: the entry `name` in `dirfd`, a symlink itself unless `follow`.
    static func stat(_ dirfd: Int32, _ name: UnsafePointer<CChar>, follow: Bool = false) -> Result<stat, Errno> {
        var info = Glibc.stat()
        let flags = follow ? 0 : AT_SYMLINK_NOFOLLOW
        return fstatat(dirfd, name, &info, flags) == 0 ? .success(info) : .failure(Errno(errno))
    }

    /// The names in an open folder (not `.` and `..`), as bytes, unsorted. The folder's
    /// descriptor stays open and usable: listing works on a duplicate.
    static func names(_ dirfd: Int32) -> Result<[[UInt8]], Errno> {
        let copy = Syscall.duplicate(dirfd)
        guard copy >= 0 else { return .failure(Errno(errno)) }
        guard let dir = fdopendir(copy) else {
            let code = errno
            Glibc.close(copy)
            return .failure(Errno(code))
        }
        defer { closedir(dir) }
        // A duplicate shares the offset: start from the beginning whatever came before.
        rewinddir(dir)
        var names: [[UInt8]] = []
        while true {
            errno = 0
            guard let entry = readdir(dir) else {
                if errno != 0 { return .failure(Errno(errno)) }
                break
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix(while: { $0 != 0 })) }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            names.append(name)
        }
        return .success(names)
    }

    /// The kind of file a `stat` describes, in words for messages ("a FIFO").
    static func kindWords(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFREG: return "a regular file"
        case S_IFDIR: return "a folder"
        case S_IFLNK: return "a symlink"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFSOCK: return "a socket"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        default: return "a special file"
        }
    }

    static func isRegular(_ info: stat) -> Bool { info.st_mode & S_IFMT == S_IFREG }
    static func isFolder(_ info: stat) -> Bool { info.st_mode & S_IFMT == S_IFDIR }
    static func isSymlink(_ info: stat) -> Bool { info.st_mode & S_IFMT == S_IFLNK }
}
