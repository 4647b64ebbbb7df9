import MSRender

/// `build --check DIR` / `diff --check DIR`: compares an output folder with what a run
/// would write, reading it only through `SafeFolder` and never changing it.
///
/// Reported: every rendered file that differs or is missing, every stale file (listed
/// in the inventory, or without an inventory recognisably msrender's, but no longer
/// rendered) and the inventory itself. Files msrender did not write are ignored.
/// Comparisons are by bytes; a file larger than `maxDiffBytes` is reported in one line
/// instead of a line diff, so a huge stray file is never loaded.
enum FolderCheck {
    static let maxDiffBytes = 8 << 20

    struct Outcome {
        /// The unified diff (stdout), file by file.
        var diff = ""
        var changed = 0
        var missing = 0
        var stale = 0
        /// DIR does not exist: how many files a build would write.
        var notRendered: Int?
        var differing: Int { changed + missing + stale }
    }

    static func check(_ plan: FolderPlan, dir: String) throws(FileSystemError) -> Outcome {
        var outcome = Outcome()
        guard let root = try SafeFolder.open(dir) else {
            outcome.notRendered = plan.paths.count + 1  // the inventory too
            return outcome
        }
        let inventory = try FolderScan.readInventory(root)
        var entries: [Inventory.Entry] = []
        var start = 0
        while start < plan.paths.count {
            let range = start..<min(plan.paths.count, start + plan.batch)
            let results = Parallel.map(range.count) {
                k -> Result<(Inventory.Entry, Result<Comparison, FileSystemError>), FileSystemError> in
                let i = range.lowerBound + k
                return plan.render(i).map { bytes in
                    (
                        Inventory.Entry(path: plan.paths[i], sha256: SHA256.hex(bytes), size: bytes.count),
                        compare(root, plan.paths[i], bytes)
                    )
                }
            }
            for rendered in results {
                let (entry, result) = try rendered.get()
                entries.append(entry)
                switch result {
                case .failure(let error): throw error
                case .success(.same): break
                case .success(.missing(let diff)):
                    outcome.missing += 1
                    outcome.diff += diff
                case .success(.changed(let diff)):
                    outcome.changed += 1
                    outcome.diff += diff
                }
            }
            start = range.upperBound
        }
        let planned = Set(plan.paths.map { Array($0.utf8) })
        for path in try stalePaths(root, inventory: inventory?.inventory, plan: plan)
        where !planned.contains(Array(path.utf8)) {
            guard let parts = Inventory.components(path), let folder = try root.walk(Array(parts.dropLast())),
                let name = parts.last, case .file = try folder.entry(name)
            else { continue }
            outcome.stale += 1
            outcome.diff += try shown(folder, name, against: [], newName: "/dev/null", display: folder.shown(name))
        }
        let expected = Array(Inventory(entries).text.utf8)
        if inventory?.bytes != expected {
            if inventory == nil { outcome.missing += 1 } else { outcome.changed += 1 }
            outcome.diff += UnifiedDiff.diff(
                old: inventory?.bytes ?? [], new: expected,
                oldName: inventory == nil ? "/dev/null" : root.shown(Inventory.fileName),
                newName: root.shown(Inventory.fileName))
        }
        return outcome
    }

    private enum Comparison {
        case same
        case missing(String)
        case changed(String)
    }

    private static func compare(_ root: SafeFolder, _ path: String, _ bytes: [UInt8]) -> Result<
        Comparison, FileSystemError
    > {
        do throws(FileSystemError) {
            guard let parts = Inventory.components(path), let name = parts.last else { return .success(.same) }
            let display = root.shown(path)
            guard let folder = try root.walk(Array(parts.dropLast())) else {
                return .success(.missing(UnifiedDiff.diff(old: [], new: bytes, oldName: "/dev/null", newName: display)))
            }
            switch try folder.entry(name) {
            case .missing:
                return .success(.missing(UnifiedDiff.diff(old: [], new: bytes, oldName: "/dev/null", newName: display)))
            case .symlink: throw FileSystemError(.read, display, .symlink)
            case .folder: return .success(.changed(Messages.notAFile(display, "a folder")))
            case .special(let kind): return .success(.changed(Messages.notAFile(display, kind)))
            case .file: break
            }
            guard let (file, size) = try folder.openFile(name) else {
                return .success(.missing(UnifiedDiff.diff(old: [], new: bytes, oldName: "/dev/null", newName: display)))
            }
            switch FileContents.equals(file, size: size, bytes) {
            case .failure(let e): throw FileSystemError.failed(.read, display, e.code)
            case .success(true): return .success(.same)
            case .success(false):
                return .success(.changed(try shown(folder, name, against: bytes, newName: display, display: display)))
            }
        } catch {
            return .failure(error)
        }
    }

    /// The diff from the file on disk to `new`, or one line when the file is too large.
    private static func shown(
        _ folder: SafeFolder, _ name: String, against new: [UInt8], newName: String, display: String
    ) throws(FileSystemError) -> String {
        guard let (file, size) = try folder.openFile(name) else { return "" }
        guard size <= maxDiffBytes else { return Messages.tooLarge(display, size) }
        switch FileContents.prefix(file, maxDiffBytes + 1) {
        case .failure(let e): throw FileSystemError.failed(.read, display, e.code)
        case .success(let old):
            guard old.count <= maxDiffBytes else { return Messages.tooLarge(display, old.count) }
            return UnifiedDiff.diff(old: old, new: new, oldName: display, newName: newName)
        }
    }

    /// Paths that could be stale: the inventory's, or without one, files in DIR's
    /// folders that look like msrender's output.
    private static func stalePaths(
        _ root: SafeFolder, inventory: Inventory?, plan: FolderPlan
    ) throws(FileSystemError) -> [String] {
        if let inventory { return inventory.entries.map(\.path) }
        var found: [String] = []
        for (ns, folder) in FolderScan.subfolders(root) where !ns.hasPrefix(".") {
            for bytes in try folder.names() {
                guard let name = String(validating: bytes, as: UTF8.self), !name.hasPrefix("."),
                    name.hasSuffix("." + plan.fileExtension), case .file = try folder.entry(name),
                    FolderScan.looksRendered(folder, name, fileExtension: plan.fileExtension)
                else { continue }
                found.append(ns + "/" + name)
            }
        }
        return found
    }
}

private enum Messages {
    static func tooLarge(_ path: String, _ size: Int) -> String {
        "Files \(path) and the rendered output differ (\(size) bytes on disk; no line diff above \(FolderCheck.maxDiffBytes >> 20) MiB)\n"
    }
    static func notAFile(_ path: String, _ kind: String) -> String {
        "Files \(path) and the rendered output differ (\(kind) is in the way of the file)\n"
    }
}
