import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A GitOps output folder: one file per ModelService at `DIR/<namespace>/<name>.<ext>`.
///
/// Writing is all-or-nothing per file (temporary file + rename inside DIR), and starts
/// only after every file's content is known. `--prune` and `--check` only consider
/// files msrender can recognise as its own (see `isOwnFile`), so hand-written files
/// (a kustomization.yaml, a README) are never touched or reported.
struct OutputDirectory {
    var root: String
    /// `yaml` or `json`.
    var fileExtension: String

    /// Writes `files` (relative path -> content); returns the paths written (changed ones).
    func write(_ files: [(path: String, content: String)]) throws(InputError) -> [String] {
        let fm = FileManager.default
        var staged: [(temp: String, final: String)] = []
        var written: [String] = []
        // Stage every file first: a failure leaves DIR as it was.
        for file in files {
            let final = join(root, file.path)
            if let existing = fm.contents(atPath: final), existing.elementsEqual(file.content.utf8) { continue }
            let dir = String(final[..<(final.lastIndex(of: "/") ?? final.startIndex)])
            do { try fm.createDirectory(atPath: dir, withIntermediateDirectories: true) } catch {
                removeStaged(staged)
                throw InputError(path: dir, message: "cannot create directory: \(error)")
            }
            let temp = "\(dir)/.msrender-\(getpid())-\(staged.count).tmp"
            guard fm.createFile(atPath: temp, contents: Data(file.content.utf8)) else {
                removeStaged(staged)
                throw InputError(path: final, message: "cannot write file (is the directory writable?)")
            }
            staged.append((temp, final))
            written.append(file.path)
        }
        for (index, s) in staged.enumerated() where rename(s.temp, s.final) != 0 {
            let reason = String(cString: strerror(errno))
            removeStaged(Array(staged[index...]))
            throw InputError(path: s.final, message: "cannot replace file: \(reason)")
        }
        return written
    }

    /// Files msrender wrote earlier (relative paths, sorted) that `keep` does not list.
    func stale(keeping keep: Set<String>) -> [String] {
        ownFiles().filter { !keep.contains($0) }
    }

    /// Deletes the given relative paths, and then namespace folders left empty.
    func remove(_ paths: [String]) throws(InputError) {
        let fm = FileManager.default
        for p in paths {
            let full = join(root, p)
            if unlink(full) != 0 {
                throw InputError(path: full, message: "cannot delete file: \(String(cString: strerror(errno)))")
            }
            let dir = String(full[..<(full.lastIndex(of: "/") ?? full.startIndex)])
            if let left = try? fm.contentsOfDirectory(atPath: dir), left.isEmpty { rmdir(dir) }
        }
    }

    /// Relative paths (`ns/name.yaml`) of files in DIR that msrender would have written.
    func ownFiles() -> [String] {
        let fm = FileManager.default
        guard let namespaces = try? fm.contentsOfDirectory(atPath: root) else { return [] }
        var found: [String] = []
        for ns in namespaces where !ns.hasPrefix(".") {
            var isDir: Bool = false
            guard fm.fileExists(atPath: join(root, ns), isDirectory: &isDir), isDir,
                let names = try? fm.contentsOfDirectory(atPath: join(root, ns))
            else { continue }
            for name in names where name.hasSuffix("." + fileExtension) {
                let rel = ns + "/" + name
                if isOwnFile(join(root, rel)) { found.append(rel) }
            }
        }
        return found.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// msrender's files start with its `---` / `# Source:` header (YAML) or are a `v1`
    /// List (JSON), and label their objects as managed by the model operator.
    func isOwnFile(_ path: String) -> Bool {
        guard let data = FileManager.default.contents(atPath: path) else { return false }
        let text = String(decoding: data.prefix(1 << 20), as: UTF8.self)
        let marker = "app.kubernetes.io/managed-by"
        if fileExtension == "json" {
            return text.hasPrefix("{") && text.contains("\"kind\": \"List\"") && text.contains(marker)
        }
        return text.hasPrefix("---\n# Source: ") && text.contains(marker + ": model-operator")
    }

    func contents(of relative: String) -> String? {
        FileManager.default.contents(atPath: join(root, relative)).map { String(decoding: $0, as: UTF8.self) }
    }

    func join(_ a: String, _ b: String) -> String { a.hasSuffix("/") ? a + b : a + "/" + b }

    private func removeStaged(_ staged: [(temp: String, final: String)]) {
        for s in staged { unlink(s.temp) }
    }
}
