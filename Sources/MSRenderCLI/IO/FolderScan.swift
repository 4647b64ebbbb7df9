/// Reads of an output folder shared by writing and checking: the inventory, hashes of
/// files, temporary files a killed run left, and files that look like msrender's.
enum FolderScan {
    /// The largest inventory read (10,000 files make about 1 MB).
    static let maxInventoryBytes = 64 << 20

    /// The folder's inventory and its exact bytes, or nil when it has none.
    static func readInventory(_ root: SafeFolder) throws(FileSystemError) -> (inventory: Inventory, bytes: [UInt8])? {
        let name = Inventory.fileName
        let display = root.shown(name)
        switch try root.entry(name) {
        case .missing: return nil
        case .symlink: throw FileSystemError(.read, display, .symlink)
        case .folder: throw FileSystemError(.read, display, .folderInTheWay)
        case .special(let kind): throw FileSystemError(.read, display, .special(kind))
        case .file: break
        }
        guard let (file, size) = try root.openFile(name) else { return nil }
        guard size <= maxInventoryBytes else { throw FileSystemError(.read, display, .other(Messages.tooLarge)) }
        let bytes: [UInt8]
        switch FileContents.prefix(file, maxInventoryBytes + 1) {
        case .failure(let e): throw FileSystemError.failed(.read, display, e.code)
        case .success(let read): bytes = read
        }
        do throws(Inventory.ParseError) {
            return (try Inventory.parse(bytes), bytes)
        } catch {
            throw FileSystemError(.read, display, .other("line \(error.line): \(error.message)"))
        }
    }

    /// The SHA-256 of the regular file `name` in `folder`, read in chunks.
    static func sha256(_ folder: SafeFolder, _ name: String) throws(FileSystemError) -> String? {
        guard let (file, _) = try folder.openFile(name) else { return nil }
        switch FileContents.sha256(file) {
        case .failure(let e): throw FileSystemError.failed(.read, folder.shown(name), e.code)
        case .success(let result): return result.hex
        }
    }

    /// The real folders directly in `root` (symlinks and other entries left alone), by name.
    static func subfolders(_ root: SafeFolder) -> [(name: String, folder: SafeFolder)] {
        guard let names = try? root.names() else { return [] }
        var found: [(String, SafeFolder)] = []
        for bytes in names {
            guard let name = String(validating: bytes, as: UTF8.self), SafeFolder.check(name),
                case .folder = (try? root.entry(name)) ?? .missing,
                let folder = try? root.folder(name)
            else { continue }
            found.append((name, folder))
        }
        return found
    }

    /// Removes temporary files of runs that no longer run, in DIR and its folders
    /// (where msrender stages files); the count removed.
    static func removeLeftovers(_ root: SafeFolder) -> Int {
        var removed = 0
        for folder in [root] + subfolders(root).map(\.folder) {
            for bytes in (try? folder.names()) ?? [] where TemporaryName.isLeftOver(bytes) {
                guard let name = String(validating: bytes, as: UTF8.self),
                    case .file = (try? folder.entry(name)) ?? .missing
                else { continue }
                if folder.remove(name) == nil { removed += 1 }
            }
        }
        return removed
    }

    /// Without an inventory, whether a file is recognisably msrender's output: the
    /// `---` / `# Source:` header (YAML) or a `v1` List (JSON), with the operator's
    /// managed-by label near the top. Used only to report stale files in `--check`;
    /// nothing is ever deleted on a guess.
    static func looksRendered(_ folder: SafeFolder, _ name: String, fileExtension: String) -> Bool {
        guard let (file, _) = (try? folder.openFile(name)) ?? nil,
            case .success(let head) = FileContents.prefix(file, 1 << 16)
        else { return false }
        if fileExtension == "json" {
            return head.starts(with: Array("{".utf8)) && contains(head, "\"kind\": \"List\"")
                && contains(head, "\"app.kubernetes.io/managed-by\": \"model-operator\"")
        }
        return head.starts(with: Array("---\n# Source: ".utf8))
            && contains(head, "app.kubernetes.io/managed-by: model-operator")
    }

    private static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard n.count <= haystack.count, let first = n.first else { return false }
        var i = 0
        while i + n.count <= haystack.count {
            if haystack[i] == first && haystack[i..<i + n.count].elementsEqual(n) { return true }
            i += 1
        }
        return false
    }
}

private enum Messages {
    static let tooLarge = "the inventory is larger than 64 MiB; it is not one msrender wrote"
}
