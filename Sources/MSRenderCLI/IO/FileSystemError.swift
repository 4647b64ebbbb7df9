#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A file-system operation that failed, with the path it was about and why, printed as
/// `msrender: error: cannot create folder out/llm: a file is in the way`.
///
/// Every file-system failure of the CLI becomes one of these (or an `InputError` whose
/// message comes from `FileSystemError.words`), so no runtime error text reaches a user.
struct FileSystemError: Error, Sendable, Equatable {
    /// What msrender was doing, as the start of the message.
    enum Action: String, Sendable {
        case createFolder = "cannot create folder"
        case openFolder = "cannot open folder"
        case listFolder = "cannot list folder"
        case read = "cannot read"
        case write = "cannot write"
        case replace = "cannot replace"
        case remove = "cannot remove"
        case removeFolder = "cannot remove folder"
        case stage = "cannot stage"
        case restore = "cannot restore"
    }

    /// Why, when it is not simply an errno.
    enum Reason: Sendable, Equatable {
        case errno(Int32)
        /// The path is a symlink; msrender never follows one below an output folder.
        case symlink
        /// A regular file sits where a folder must go.
        case fileInTheWay
        /// A folder sits where a file must go.
        case folderInTheWay
        /// A FIFO, socket or device where a file or folder must be.
        case special(String)
        /// Anything else, in plain words.
        case other(String)
    }

    var action: Action
    var path: String
    var reason: Reason

    init(_ action: Action, _ path: String, _ reason: Reason) {
        self.action = action
        self.path = path
        self.reason = reason
    }

    /// The error for the current `errno`.
    static func failed(_ action: Action, _ path: String, _ code: Int32 = errno) -> FileSystemError {
        FileSystemError(action, path, .errno(code))
    }

    var message: String { "\(action.rawValue) \(path): \(reasonText)" }

    var reasonText: String {
        switch reason {
        case .errno(let code): return Self.words(code)
        case .symlink: return Messages.symlink
        case .fileInTheWay: return Messages.fileInTheWay
        case .folderInTheWay: return Messages.folderInTheWay
        case .special(let kind): return "it is \(kind), not a regular file"
        case .other(let text): return text
        }
    }

    /// An errno in plain words: the one place the CLI turns a system error into text.
    static func words(_ code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or directory"
        case EACCES: return "permission denied"
        case EPERM: return "operation not permitted (is the file immutable or append-only?)"
        case ENOSPC: return "no space left on device"
        case EDQUOT: return "disk quota exceeded"
        case EROFS: return "read-only file system"
        case EEXIST: return "it already exists"
        case ENOTDIR: return "not a folder"
        case EISDIR: return "it is a folder"
        case ELOOP: return Messages.symlink
        case EMFILE, ENFILE: return "too many open files"
        case EIO: return "input/output error"
        case ENAMETOOLONG: return "the name is too long"
        case EBADF: return "it is closed (bad file descriptor)"
        case EPIPE: return "the reader went away (broken pipe)"
        case EFBIG: return "the file is too large"
        case EBUSY: return "it is busy"
        case ETXTBSY: return "it is busy (text file busy)"
        case EXDEV: return "it is on another file system"
        case ENOTEMPTY: return "the folder is not empty"
        case EINVAL: return "invalid argument"
        case ENOMEM: return "out of memory"
        case EAGAIN: return "resource temporarily unavailable"
        case ENXIO: return "no such device"
        case EOVERFLOW: return "the file is too large for this system"
        default:
            // libc's own short text, lowercased as the words above.
            guard let text = strerror(code) else { return "error \(code)" }
            let words = String(cString: text)
            return words.prefix(1).lowercased() + words.dropFirst()
        }
    }
}

private enum Messages {
    static let fileInTheWay = "a file is in the way"
    static let folderInTheWay = "a folder is in the way"
    static let symlink = "it is a symlink (msrender never follows symlinks inside an output folder)"
}
