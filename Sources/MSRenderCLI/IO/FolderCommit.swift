#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Changes to one output folder, staged first and then committed all at once, or rolled
/// back so that the folder is exactly as it was.
///
/// Staging writes each new content to a fresh temporary name in its target folder
/// (`O_CREAT|O_EXCL|O_NOFOLLOW`, checked writes, synced) and keeps the old file under a
/// second temporary name (a hard link), so the commit is one `renameat` per file and
/// every step can be undone: a failed rename puts every earlier file back. Every
/// temporary name is registered with `SignalCleanup` before it exists.
final class FolderCommit {
    /// One file to replace, create or remove.
    struct Change {
        var folder: SafeFolder
        var name: String
        /// The new content's temporary name; nil for a removal.
        var temp: String?
        /// Where the old file is kept until the commit is done.
        var backup: String
        /// A file was at `name` when staged.
        var existed: Bool
        /// The backup is a hard link made while staging (else the old file is renamed
        /// away during the commit: some file systems have no hard links).
        var linked = false
        /// The backup could not be put back and must outlive the run.
        var keepBackup = false
        var display: String { folder.shown(name) }
    }

    private enum Step {
        case staged, movedAway, placed
    }

    private let registry: SignalCleanup.Registry
    private(set) var changes: [Change] = []
    /// Every temporary name reserved, staged or not: all are removed at the end.
    private var reserved: [(folder: SafeFolder, name: String)] = []
    /// Folders this run made, oldest first.
    private(set) var created: [SafeFolder.Created] = []

    init(registry: SignalCleanup.Registry) { self.registry = registry }

    /// A fresh temporary name in `folder`, registered for removal on a signal.
    func reserveName(in folder: SafeFolder) -> String {
        let name = TemporaryName.next()
        registry.add(folder, name)
        reserved.append((folder, name))
        return name
    }

    /// Records folders just made (removed again when the run fails).
    func recordCreated(_ folders: [SafeFolder.Created]) {
        for c in folders {
            registry.add(c.parent, c.name, isFolder: true)
            created.append(c)
        }
    }

    func add(_ change: Change) { changes.append(change) }

    /// Writes `bytes` to a new file `temp` in `folder`: every write checked, synced when
    /// `sync` (otherwise the caller syncs the whole file system once), closed checked.
    static func writeTemporary(
        _ bytes: [UInt8], folder: SafeFolder, temp: String, display: String, sync: Bool
    ) throws(FileSystemError) {
        let file = try folder.createExclusive(temp)
        let failure = bytes.withUnsafeBytes { Syscall.writeAll(file.fd, $0) }
        if let code = failure { throw FileSystemError.failed(.write, display, code) }
        if sync && fsync(file.fd) != 0 { throw FileSystemError.failed(.write, display) }
        if let code = file.close() { throw FileSystemError.failed(.write, display, code) }
    }

    /// Replaces every file in one go. On the first failure every earlier step is undone
    /// and the cause thrown; the temporaries are left for `discard()`.
    func commit() throws(FileSystemError) {
        guard SignalCleanup.beginCommit() else {
            throw FileSystemError(.replace, changes.first?.display ?? "", .other(Messages.interrupted))
        }
        defer { SignalCleanup.endCommit() }
        var steps = [Step](repeating: .staged, count: changes.count)
        for (i, change) in changes.enumerated() {
            if change.existed && !change.linked {
                if let code = change.folder.rename(change.name, to: change.backup) {
                    let cause = FileSystemError.failed(change.temp == nil ? .remove : .replace, change.display, code)
                    throw rollBack(steps, cause: cause)
                }
                steps[i] = .movedAway
            }
            if let temp = change.temp {
                if let code = change.folder.rename(temp, to: change.name) {
                    throw rollBack(steps, cause: FileSystemError.failed(.replace, change.display, code))
                }
                steps[i] = .placed
            }
        }
        // The renames are durable once their folders are synced.
        var synced: [ObjectIdentifier] = []
        for change in changes where !synced.contains(ObjectIdentifier(change.folder)) {
            synced.append(ObjectIdentifier(change.folder))
            fsync(change.folder.fd)
        }
    }

    /// Undoes `steps` newest first; returns the cause, or the cause with the files it
    /// could not put back (their old content kept under its temporary name).
    private func rollBack(_ steps: [Step], cause: FileSystemError) -> FileSystemError {
        var unrestored: [String] = []
        for i in changes.indices.reversed() {
            let change = changes[i]
            switch steps[i] {
            case .staged: continue
            case .movedAway:
                if change.folder.rename(change.backup, to: change.name) != nil {
                    unrestored.append(change.folder.shown(change.backup))
                    changes[i].keepBackup = true
                }
            case .placed:
                if !change.existed {
                    _ = change.folder.remove(change.name)
                } else if change.folder.rename(change.backup, to: change.name) != nil {
                    unrestored.append(change.folder.shown(change.backup))
                    changes[i].keepBackup = true
                }
            }
        }
        guard !unrestored.isEmpty else { return cause }
        return FileSystemError(
            cause.action, cause.path, .other(cause.reasonText + Messages.unrestored(unrestored)))
    }

    /// Removes what the run made and no longer needs: after a commit the old files'
    /// backups; after a failure the staged files and the folders the run created.
    func discard(failed: Bool) {
        let kept = changes.filter(\.keepBackup).map(\.backup)
        for (folder, name) in reserved where !kept.contains(name) { _ = folder.remove(name) }
        reserved.removeAll()
        guard failed else { return }
        for c in created.reversed() { _ = c.parent.remove(c.name, folder: true) }
    }
}

private enum Messages {
    static let interrupted = "interrupted by a signal before the commit"
    static func unrestored(_ paths: [String]) -> String {
        "; the earlier content of some files could not be put back and is in \(paths.joined(separator: ", "))"
    }
}
