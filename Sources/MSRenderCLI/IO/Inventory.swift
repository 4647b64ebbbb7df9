/// The record of what msrender wrote in an output folder: `DIR/.msrender-inventory`.
///
/// Format, version 1 (UTF-8 text, LF line ends):
///
///     msrender-inventory 1
///     # Files msrender wrote in this folder: SHA-256, size in bytes, path. Do not edit.
///     3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b 20114 team-0/model-0-qwen3.yaml
///
/// The first line names the format and its version; lines starting with `#` are
/// comments; every other line is a lowercase hex SHA-256, one space, the size in bytes,
/// one space and the path relative to DIR (`/`-separated components, none empty, `.` or
/// `..`), in byte order of the path, each path once. `--prune` removes only files listed
/// here whose size and hash still match, so ownership is never guessed from content.
struct Inventory: Equatable, Sendable {
    static let fileName = ".msrender-inventory"
    static let header = "msrender-inventory 1"
    static let comment = "# Files msrender wrote in this folder: SHA-256, size in bytes, path. Do not edit."

    struct Entry: Equatable, Sendable {
        var path: String
        var sha256: String
        var size: Int
    }

    /// By path, in byte order.
    private(set) var entries: [Entry] = []

    init(_ entries: [Entry] = []) {
        // Paths compare as bytes: NFC and NFD spellings are different files.
        var seen = Set<[UInt8]>()
        self.entries = entries.filter { seen.insert(Array($0.path.utf8)).inserted }.sorted {
            $0.path.utf8.lexicographicallyPrecedes($1.path.utf8)
        }
    }

    func entry(_ path: String) -> Entry? { entries.first { $0.path.utf8.elementsEqual(path.utf8) } }

    var text: String {
        var out = Self.header + "\n" + Self.comment + "\n"
        for e in entries { out += "\(e.sha256) \(e.size) \(e.path)\n" }
        return out
    }

    /// Why an inventory file cannot be read, with its line.
    struct ParseError: Error, Sendable, Equatable {
        var line: Int
        var message: String
    }

    static func parse(_ bytes: [UInt8]) throws(ParseError) -> Inventory {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ParseError(line: 1, message: Messages.notUTF8)
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        guard let first = lines.first, first.utf8.elementsEqual(header.utf8) else {
            let version = lines.first.flatMap { $0.hasPrefix("msrender-inventory ") ? $0.dropFirst(19) : nil }
            throw ParseError(line: 1, message: version.map { Messages.unknownVersion(String($0)) } ?? Messages.noHeader)
        }
        var entries: [Entry] = []
        var seen = Set<[UInt8]>()
        for (index, line) in lines.enumerated().dropFirst() where !line.hasPrefix("#") {
            let fields = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3, isHex(fields[0]), let size = Int(fields[1]), size >= 0,
                String(size).utf8.elementsEqual(fields[1].utf8), components(String(fields[2])) != nil
            else { throw ParseError(line: index + 1, message: Messages.badLine) }
            let path = String(fields[2])
            guard seen.insert(Array(path.utf8)).inserted else {
                throw ParseError(line: index + 1, message: Messages.duplicate(path))
            }
            entries.append(Entry(path: path, sha256: String(fields[0]), size: size))
        }
        return Inventory(entries)
    }

    /// A DIR-relative path's components, or nil when one is empty, `.`, `..` or odd.
    static func components(_ path: String) -> [String]? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !parts.isEmpty, parts.allSatisfy(SafeFolder.check) else { return nil }
        return parts
    }

    private static func isHex(_ s: Substring) -> Bool {
        s.utf8.count == 64 && s.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }
}

private enum Messages {
    static let notUTF8 = "not an msrender inventory (not UTF-8 text)"
    static let noHeader = "not an msrender inventory (the first line is not \"\(Inventory.header)\")"
    static let badLine = "not an inventory line (expected: SHA-256, size, path)"
    static func unknownVersion(_ v: String) -> String {
        "inventory version \(v) is not known to this msrender (it reads version 1); use a newer msrender"
    }
    static func duplicate(_ path: String) -> String { "\(path) is listed twice" }
}
