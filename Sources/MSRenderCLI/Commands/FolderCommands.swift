import MSRender

/// `build -o DIR [--prune]` and `build --check DIR`: the GitOps folder workflows.
enum FolderCommands {
    /// Relative path and content of each ModelService's file.
    static func files(_ services: [PlannedService], format: ManifestFormat) throws(ManifestError) -> [(
        path: String, content: String
    )] {
        var files: [(path: String, content: String)] = []
        for s in services {
            files.append(
                (
                    path: "\(s.namespace)/\(s.modelService.name).\(format.fileExtension)",
                    try Manifests.text([s], format: format)
                ))
        }
        return files
    }

    static func write(_ services: [PlannedService], dir: String, format: ManifestFormat, prune: Bool, console: Console)
        -> Int32
    {
        let folder = OutputDirectory(root: dir, fileExtension: format.fileExtension)
        let planned: [(path: String, content: String)]
        do { planned = try files(services, format: format) } catch { return Manifests.report(error, console: console) }
        do {
            let written = try folder.write(planned)
            for p in written { console.error("wrote \(folder.join(dir, p))") }
            if prune {
                let stale = folder.stale(keeping: Set(planned.map(\.path)))
                try folder.remove(stale)
                for p in stale { console.error("pruned \(folder.join(dir, p))") }
            }
        } catch {
            DiagnosticPrinter(console: console).print(error)
            return ExitStatus.failure
        }
        return ExitStatus.success
    }

    /// Prints a unified diff from DIR's files to the rendered ones; 1 when any differ.
    static func check(_ services: [PlannedService], dir: String, format: ManifestFormat, console: Console) -> Int32 {
        let folder = OutputDirectory(root: dir, fileExtension: format.fileExtension)
        let planned: [(path: String, content: String)]
        do { planned = try files(services, format: format) } catch { return Manifests.report(error, console: console) }
        var diff = ""
        var differing = 0
        for file in planned {
            let path = folder.join(dir, file.path)
            let old = folder.contents(of: file.path)
            let d = UnifiedDiff.diff(
                old: old ?? "", new: file.content,
                oldName: old == nil ? "/dev/null" : path, newName: path)
            if !d.isEmpty {
                diff += d
                differing += 1
            }
        }
        for extra in folder.stale(keeping: Set(planned.map(\.path))) {
            let path = folder.join(dir, extra)
            diff += UnifiedDiff.diff(
                old: folder.contents(of: extra) ?? "", new: "", oldName: path, newName: "/dev/null")
            differing += 1
        }
        guard differing > 0 else {
            console.error("msrender: \(dir) is up to date (\(planned.count) file\(planned.count == 1 ? "" : "s"))")
            return ExitStatus.success
        }
        // The diff is the product of this command: it goes to stdout, like `diff -u`.
        console.write(diff)
        console.error(
            "msrender: \(differing) file\(differing == 1 ? "" : "s") in \(dir) differ from the rendered output")
        return ExitStatus.failure
    }
}
