import MSRender

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The files one run renders into an output folder: DIR-relative paths, and their
/// content made on demand (in parallel batches, so a large run never holds it all).
struct FolderPlan {
    /// `namespace/name.yaml`, in output order.
    var paths: [String]
    /// The bytes of file `i`; the writer may refuse an object (never from checked input).
    var content: (Int) throws(ManifestError) -> [UInt8]
    /// `yaml` or `json`: which stray files could be msrender's (`--check` without an inventory).
    var fileExtension: String
    /// How many files are made and compared at once.
    var batch = 64

    /// The bytes of file `i`, a refusal as the error that stops the run (nothing changes).
    func render(_ i: Int) -> Result<[UInt8], FileSystemError> {
        do throws(ManifestError) { return .success(try content(i)) } catch {
            return .failure(FileSystemError(.write, paths[i], .other(error.message)))
        }
    }
}

/// `build -o DIR [--prune]`: the only code that changes an output folder. Everything
/// goes through `SafeFolder` and one `FolderCommit`, so a run changes DIR completely or
/// not at all and never reaches outside it.
enum OutputFolder {
    /// What a run did, for the messages on stderr.
    struct Outcome {
        var written: [String] = []
        var pruned: [String] = []
        /// Listed files left in place because they were edited since msrender wrote them.
        var keptEdited: [String] = []
        /// `--prune` in a folder without an inventory: nothing was pruned.
        var noInventory = false
        var leftoversRemoved = 0
    }

    /// Above this many changed files one `syncfs` per file system replaces one `fsync`
    /// per file (10,000 fsyncs cost tens of seconds on a journaling disk).
    static let fsyncEachLimit = 16

    static func write(_ plan: FolderPlan, to dir: String, prune: Bool) throws(FileSystemError) -> Outcome {
        try SignalCleanup.withRegistry { (registry) throws(FileSystemError) -> Outcome in
            let commit = FolderCommit(registry: registry)
            do throws(FileSystemError) {
                let outcome = try stageAndCommit(plan, dir: dir, prune: prune, commit: commit)
                commit.discard(failed: false)
                return outcome
            } catch {
                commit.discard(failed: true)
                throw error
            }
        }
    }

    /// Opens (or makes) DIR, locks it, removes dead runs' leftovers, stages every change
    /// (rendered files, removals, the inventory), then commits them.
    private static func stageAndCommit(
        _ plan: FolderPlan, dir: String, prune: Bool, commit: FolderCommit
    ) throws(FileSystemError) -> Outcome {
        let root = try making(commit) { (created) throws(FileSystemError) in
            try SafeFolder.openOrCreate(dir, created: &created)
        }
        guard flock(root.fd, LOCK_EX | LOCK_NB) == 0 else {
            throw FileSystemError(.write, root.display, .other(Messages.busy))
        }
        var outcome = Outcome()
        outcome.leftoversRemoved = FolderScan.removeLeftovers(root)
        let old = try FolderScan.readInventory(root)

        let targets = try targetFolders(plan, root: root, commit: commit)
        var entries = try stageRendered(plan, targets: targets, commit: commit)
        let (listed, emptied) = try stageRemovals(
            old?.inventory, keeping: plan.paths, root: root, prune: prune, commit: commit, outcome: &outcome)
        entries += listed
        if prune && old == nil { outcome.noInventory = true }

        // The inventory is one more file of the same commit.
        let inventory = Array(Inventory(entries).text.utf8)
        if old?.bytes != inventory {
            let existed = try compare(inventory, root, Inventory.fileName).get() == .differs
            let temp = commit.reserveName(in: root)
            let backup = commit.reserveName(in: root)
            commit.add(
                try stageWrite(
                    inventory, folder: root, name: Inventory.fileName, temp: temp, backup: backup, existed: existed
                ).get())
        }
        outcome.written = commit.changes.filter { $0.temp != nil && $0.name != Inventory.fileName }.map(\.display)
        guard !commit.changes.isEmpty else { return outcome }
        try syncStaged(commit.changes)
        try commit.commit()
        commit.discard(failed: false)
        for (parent, name) in emptied { _ = parent.remove(name, folder: true) }  // only when left empty
        return outcome
    }

    /// Each planned file's folder (made as needed, each opened once) and name.
    private static func targetFolders(
        _ plan: FolderPlan, root: SafeFolder, commit: FolderCommit
    ) throws(FileSystemError) -> [(folder: SafeFolder, name: String)] {
        var folders: [[UInt8]: SafeFolder] = [:]
        var targets: [(folder: SafeFolder, name: String)] = []
        for path in plan.paths {
            guard let parts = Inventory.components(path), let name = parts.last else {
                throw FileSystemError(.write, root.shown(path), .other(Messages.badPath))
            }
            var folder = root
            for (depth, part) in parts.dropLast().enumerated() {
                let key = Array(parts[...depth].joined(separator: "/").utf8)
                if let known = folders[key] {
                    folder = known
                    continue
                }
                let parent = folder
                folder = try making(commit) { (created) throws(FileSystemError) in
                    try parent.folderCreating(part, created: &created)
                }
                folders[key] = folder
            }
            targets.append((folder, name))
        }

        return targets
    }

    /// Renders, compares and stages the planned files; their inventory entries.
    private static func stageRendered(
        _ plan: FolderPlan, targets: [(folder: SafeFolder, name: String)], commit: FolderCommit
    ) throws(FileSystemError) -> [Inventory.Entry] {
        // In batches: render and compare in parallel, reserve temporary names (on this
        // thread, for the signal handler) only for files that change, write those in parallel.
        var entries: [Inventory.Entry] = []
        var start = 0
        while start < targets.count {
            let range = start..<min(targets.count, start + plan.batch)
            let rendered = Parallel.map(range.count) { k in plan.render(range.lowerBound + k) }
            var contents: [[UInt8]] = []
            contents.reserveCapacity(rendered.count)
            for r in rendered { contents.append(try r.get()) }
            let found = Parallel.map(range.count) { k in
                compare(contents[k], targets[range.lowerBound + k].folder, targets[range.lowerBound + k].name)
            }
            var writes: [(k: Int, temp: String, backup: String, existed: Bool)] = []
            for (k, result) in found.enumerated() {
                let i = range.lowerBound + k
                switch result {
                case .failure(let error): throw error  // the first cause in file order
                case .success(let existing):
                    entries.append(
                        Inventory.Entry(path: plan.paths[i], sha256: SHA256.hex(contents[k]), size: contents[k].count))
                    if existing == .same { continue }
                    let folder = targets[i].folder
                    writes.append(
                        (k, commit.reserveName(in: folder), commit.reserveName(in: folder), existing == .differs))
                }
            }
            let staged = Parallel.map(writes.count) { w in
                let (k, temp, backup, existed) = writes[w]
                let target = targets[range.lowerBound + k]
                return stageWrite(
                    contents[k], folder: target.folder, name: target.name, temp: temp, backup: backup, existed: existed)
            }
            // Every staged change is recorded before a failure is thrown, so all are discarded.
            var failure: FileSystemError?
            for result in staged {
                switch result {
                case .failure(let error): failure = failure ?? error
                case .success(let change): commit.add(change)
                }
            }
            if let failure { throw failure }
            start = range.upperBound
        }

        return entries
    }

    /// Files listed earlier and no longer rendered: with `prune`, staged for removal when
    /// unchanged, else kept (and still listed). Returns the entries to keep listing and
    /// the folders that may be left empty.
    private static func stageRemovals(
        _ old: Inventory?, keeping paths: [String], root: SafeFolder, prune: Bool, commit: FolderCommit,
        outcome: inout Outcome
    ) throws(FileSystemError) -> ([Inventory.Entry], [(SafeFolder, String)]) {
        var entries: [Inventory.Entry] = []
        let planned = Set(paths.map { Array($0.utf8) })
        var removedFrom: [(SafeFolder, String)] = []
        for entry in old?.entries ?? [] where !planned.contains(Array(entry.path.utf8)) {
            guard let parts = Inventory.components(entry.path), let name = parts.last,
                let folder = try root.walk(Array(parts.dropLast()))
            else { continue }
            let found = try folder.entry(name)
            if case .symlink = found { throw FileSystemError(.remove, folder.shown(name), .symlink) }
            // Gone, or something else is there now: no longer msrender's.
            guard case .file(let size) = found else { continue }
            guard prune else {
                entries.append(entry)
                continue
            }
            if size == entry.size, try FolderScan.sha256(folder, name) == entry.sha256 {
                commit.add(
                    FolderCommit.Change(
                        folder: folder, name: name, temp: nil, backup: commit.reserveName(in: folder), existed: true))
                outcome.pruned.append(folder.shown(name))
                if parts.count > 1, let parent = try root.walk(Array(parts.dropLast(2))) {
                    removedFrom.append((parent, parts[parts.count - 2]))
                }
            } else {
                outcome.keptEdited.append(folder.shown(name))
                entries.append(entry)
            }
        }

        return (entries, removedFrom)
    }

    /// Runs a step that may make folders, and records every folder it made with the
    /// commit, also when the step fails half-way (so a failed run removes them again).
    private static func making<T>(
        _ commit: FolderCommit, _ step: (inout [SafeFolder.Created]) throws(FileSystemError) -> T
    ) throws(FileSystemError) -> T {
        let made = try SignalCleanup.creating { () throws(FileSystemError) -> T in
            var created: [SafeFolder.Created] = []
            defer { commit.recordCreated(created) }
            return try step(&created)
        }
        guard let made else { throw FileSystemError(.createFolder, "", .other(StagingMessages.interrupted)) }
        return made
    }
}

private enum Messages {
    static let busy = "another msrender run is writing this folder (it holds the folder's lock)"
    static let badPath = "not a relative path of plain names"
}
