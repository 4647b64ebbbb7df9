import MSRender

/// `build -o DIR [--prune]` and `build --check DIR`: the GitOps folder workflows, over
/// `OutputFolder` and `FolderCheck` (the only code that touches DIR).
enum FolderCommands {
    /// The files of the planned services (`namespace/name.ext`) and of passed objects
    /// (`FolderLayout`), rendered on demand.
    static func plan(_ services: [PlannedService], passed: [PassedObject] = [], format: ManifestFormat) -> FolderPlan {
        let files = FolderLayout.files(services, passed: passed, format: format)
        return FolderPlan(
            paths: files.map(\.path),
            content: { (i) throws(ManifestError) in
                Array(try Manifests.text(files[i].services, passed: files[i].passed, format: format).utf8)
            },
            fileExtension: format.fileExtension, batch: Manifests.batch)
    }

    static func write(
        _ services: [PlannedService], passed: [PassedObject] = [], dir: String, format: ManifestFormat, prune: Bool,
        console: Console
    ) -> Int32 {
        let shown = PathBytes.shown(dir)
        let outcome: OutputFolder.Outcome
        do {
            outcome = try OutputFolder.write(plan(services, passed: passed, format: format), to: dir, prune: prune)
        } catch {
            DiagnosticPrinter(console: console).print(error)
            return ExitStatus.failure
        }
        if outcome.leftoversRemoved > 0 { console.error(Messages.leftovers(outcome.leftoversRemoved, shown)) }
        for p in outcome.written { console.error("wrote \(p)") }
        for p in outcome.pruned { console.error("pruned \(p)") }
        for p in outcome.keptEdited { console.error(Messages.keptEdited(p)) }
        if outcome.noInventory { console.error(Messages.noInventory(shown)) }
        return ExitStatus.success
    }

    /// Prints a unified diff from DIR's files to the rendered ones; 1 when any differ.
    static func check(
        _ services: [PlannedService], passed: [PassedObject] = [], dir: String, format: ManifestFormat,
        console: Console
    ) -> Int32 {
        let shown = PathBytes.shown(dir)
        let outcome: FolderCheck.Outcome
        let plan = plan(services, passed: passed, format: format)
        do { outcome = try FolderCheck.check(plan, dir: dir) } catch {
            DiagnosticPrinter(console: console).print(error)
            return ExitStatus.failure
        }
        if let count = outcome.notRendered {
            console.error(Messages.notRendered(shown, count))
            return ExitStatus.failure
        }
        guard outcome.differing > 0 else {
            console.error(Messages.upToDate(shown, plan.paths.count))
            return ExitStatus.success
        }
        // The diff is the product of this command: it goes to stdout, like `diff -u`.
        console.write(outcome.diff)
        console.error(Messages.differ(shown, outcome))
        return ExitStatus.failure
    }
}

private enum Messages {
    static func files(_ n: Int) -> String { "\(n) file\(n == 1 ? "" : "s")" }
    static func leftovers(_ n: Int, _ dir: String) -> String {
        "msrender: removed \(n) temporary file\(n == 1 ? "" : "s") in \(dir) left by an earlier run that was killed"
    }
    static func keptEdited(_ path: String) -> String {
        "msrender: warning: kept \(path): msrender wrote it, but it was edited since; delete it by hand if it is not needed"
    }
    static func noInventory(_ dir: String) -> String {
        "msrender: notice: \(dir) has no inventory (\(Inventory.fileName)) yet, so nothing was pruned; this run recorded one, so the next --prune can prune"
    }
    static func notRendered(_ dir: String, _ count: Int) -> String {
        "msrender: \(dir) does not exist: not rendered yet: \(files(count)) would be written (the inventory included)"
    }
    static func upToDate(_ dir: String, _ count: Int) -> String { "msrender: \(dir) is up to date (\(files(count)))" }
    static func differ(_ dir: String, _ o: FolderCheck.Outcome) -> String {
        var parts: [String] = []
        if o.changed > 0 { parts.append("\(o.changed) changed") }
        if o.missing > 0 { parts.append("\(o.missing) missing") }
        if o.stale > 0 { parts.append("\(o.stale) stale") }
        let verb = o.differing == 1 ? "differs" : "differ"
        return
            "msrender: \(files(o.differing)) in \(dir) \(verb) from the rendered output (\(parts.joined(separator: ", ")))"
    }
}
