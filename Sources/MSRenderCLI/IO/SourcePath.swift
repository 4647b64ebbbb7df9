#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// How an input path is named in diagnostics and `# Source:` lines, whatever its
/// spelling: `models`, `./models/` and `$PWD/models` all give `models/a.yaml`.
///
/// The path is made absolute and normalised lexically (`.` and empty components
/// dropped; `..` removes the component before it only when that one is not a symlink,
/// where a lexical `..` would name another folder). Below the current folder it is
/// shown relative to it, else absolute. "Below" is decided with the real current
/// folder (`getcwd`) and with `$PWD` when that names the same folder (a shell's logical
/// path through a symlink), as Go's `os.Getwd` does.
struct SourcePath {
    /// The current folder's spellings, as components.
    private let cwds: [[[UInt8]]]
    private let physical: [[UInt8]]

    init() {
        var cwds: [[[UInt8]]] = []
        var physical: [[UInt8]] = []
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        if getcwd(&buffer, buffer.count) != nil {
            physical = Self.split(Array(buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }))
            cwds.append(physical)
        }
        if let pwd = getenv("PWD"), pwd[0] == 0x2F {
            var here = stat()
            var there = stat()
            if stat(".", &here) == 0 && stat(pwd, &there) == 0 && here.st_dev == there.st_dev
                && here.st_ino == there.st_ino
            {
                let logical = Self.split(Array(String(cString: pwd).utf8))
                if !logical.contains([0x2E]) && !logical.contains([0x2E, 0x2E]) && logical != physical {
                    cwds.append(logical)
                }
            }
        }
        self.cwds = cwds
        self.physical = physical
    }

    /// The display name for `path` (bytes as given on the command line).
    func display(_ path: [UInt8]) -> String {
        let absolute = path.first == 0x2F
        var parts: [[UInt8]] = absolute ? [] : physical
        for part in Self.split(path) {
            guard part == [0x2E, 0x2E] else {
                parts.append(part)
                continue
            }
            guard let last = parts.last, last != [0x2E, 0x2E] else {
                if !parts.isEmpty { parts.append(part) }  // else "/.." is "/"
                continue
            }
            if !isSymlink(parts) {
                parts.removeLast()
            } else if let real = Self.realPath(parts) {
                // `link/..` is the parent of where the link points: resolve it physically.
                parts = real
                if !parts.isEmpty { parts.removeLast() }
            } else {
                parts.append(part)
            }
        }
        for cwd in cwds where parts.count >= cwd.count && parts.starts(with: cwd) {
            let rest = parts[cwd.count...]
            return rest.isEmpty ? "." : PathBytes.display(Array(rest.joined(separator: [0x2F])))
        }
        return PathBytes.display([0x2F] + Array(parts.joined(separator: [0x2F])))
    }

    /// `base` (a display name from `display`) and a path below it.
    static func join(_ base: String, _ relative: String) -> String {
        if base == "." { return relative }
        return base.hasSuffix("/") ? base + relative : base + "/" + relative
    }

    private func isSymlink(_ parts: [[UInt8]]) -> Bool {
        guard !parts.isEmpty else { return false }
        let path = [0x2F] + Array(parts.joined(separator: [0x2F])) + [0]
        var info = stat()
        let ok = path.withUnsafeBufferPointer { p in
            p.baseAddress.map { $0.withMemoryRebound(to: CChar.self, capacity: p.count) { lstat($0, &info) } } ?? -1
        }
        // A path that cannot be looked at is treated as a symlink: keep `..` as written.
        return ok != 0 || info.st_mode & S_IFMT == S_IFLNK
    }

    /// The physical path of `parts` (every symlink resolved), or nil.
    private static func realPath(_ parts: [[UInt8]]) -> [[UInt8]]? {
        let path = [0x2F] + Array(parts.joined(separator: [0x2F]))
        guard let resolved = InputLoader.withCPath(path, { realpath($0, nil) }) else { return nil }
        defer { free(resolved) }
        return split(Array(UnsafeRawBufferPointer(start: resolved, count: strlen(resolved))))
    }

    private static func split(_ path: [UInt8]) -> [[UInt8]] {
        path.split(separator: 0x2F, omittingEmptySubsequences: true).map(Array.init).filter { $0 != [0x2E] }
    }
}
