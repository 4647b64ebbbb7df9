#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The file-level steps of `OutputFolder.write`: compare a target with its new content,
/// write a staged copy, make staged copies durable.
extension OutputFolder {
    /// What is at a target now, compared with its new content.
    enum Existing {
        case missing, same, differs
    }

    static func compare(_ bytes: [UInt8], _ folder: SafeFolder, _ name: String) -> Result<
        Existing, FileSystemError
    > {
        do throws(FileSystemError) {
            let display = folder.shown(name)
            switch try folder.entry(name) {
            case .missing: return .success(.missing)
            case .symlink: throw FileSystemError(.write, display, .symlink)
            case .folder: throw FileSystemError(.write, display, .folderInTheWay)
            case .special(let kind): throw FileSystemError(.write, display, .special(kind))
            case .file: break
            }
            guard let (file, size) = try folder.openFile(name) else { return .success(.missing) }
            switch FileContents.equals(file, size: size, bytes) {
            case .failure(let e): throw FileSystemError.failed(.read, display, e.code)
            case .success(let equal): return .success(equal ? .same : .differs)
            }
        } catch {
            return .failure(error)
        }
    }

    /// Writes the new content under `temp` and, when a file is there, keeps it under
    /// `backup` as a hard link (if the file system has them).
    static func stageWrite(
        _ bytes: [UInt8], folder: SafeFolder, name: String, temp: String, backup: String, existed: Bool
    ) -> Result<FolderCommit.Change, FileSystemError> {
        let display = folder.shown(name)
        do throws(FileSystemError) {
            let linked = try SignalCleanup.creating { () throws(FileSystemError) -> Bool in
                try FolderCommit.writeTemporary(bytes, folder: folder, temp: temp, display: display, sync: false)
                return existed && folder.link(name, to: backup) == nil
            }
            guard let linked else {
                return .failure(FileSystemError(.write, display, .other(StagingMessages.interrupted)))
            }
            var change = FolderCommit.Change(folder: folder, name: name, temp: temp, backup: backup, existed: existed)
            change.linked = linked
            return .success(change)
        } catch {
            return .failure(error)
        }
    }

    /// Makes the staged files durable before any is renamed into place.
    static func syncStaged(_ changes: [FolderCommit.Change]) throws(FileSystemError) {
        let staged = changes.filter { $0.temp != nil }
        if staged.count > fsyncEachLimit, let syncfs = FileSystemSync.syncfs {
            var devices: [UInt64] = []
            for change in staged where !devices.contains(change.folder.device) {
                devices.append(change.folder.device)
                if syncfs(change.folder.fd) != 0 { throw FileSystemError.failed(.write, change.folder.display) }
            }
            return
        }
        for change in staged {
            guard let temp = change.temp, let (file, _) = try change.folder.openFile(temp) else { continue }
            if fsync(file.fd) != 0 { throw FileSystemError.failed(.write, change.display) }
        }
    }
}

/// `syncfs(2)`, which Swift's Glibc module does not export (it is a `_GNU_SOURCE`
/// declaration). Bound by its C symbol, not looked up with `dlsym`: the installed binary
/// is linked `-static-executable`, where `dlsym` finds nothing. Linux only (glibc and
/// musl have it); elsewhere nil, and staged files are synced one `fsync` each.
enum FileSystemSync {
    typealias Function = @Sendable (Int32) -> Int32
    #if os(Linux)
        static let syncfs: Function? = { fd in linuxSyncfs(fd) }
    #else
        static let syncfs: Function? = nil
    #endif
}

#if os(Linux)
    /// `int syncfs(int fd)` from libc; an `Int32` in and out passes the same way in Swift's
    /// and C's calling conventions.
    @_silgen_name("syncfs")
    private func linuxSyncfs(_ fd: Int32) -> Int32
#endif

enum StagingMessages {
    static let interrupted = "interrupted by a signal"
}
