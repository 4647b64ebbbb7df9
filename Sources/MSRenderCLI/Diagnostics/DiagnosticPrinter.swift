import MSModel
import MSYAML

/// Turns diagnostics into text on stderr, in the compiler's form, in one place:
///
///     ms.yaml:12:17: error: spec.decode.parallelism.tensor: expected an integer, found "two"
///        12 |       tensor: two
///           |               ^
struct DiagnosticPrinter {
    var console: Console
    /// Input texts by display name, for the source line under each diagnostic.
    var sources: [String: [UInt8]] = [:]
    /// Warnings are not printed (`--quiet`).
    var quiet = false

    func print(_ diagnostics: [Diagnostic]) {
        for d in Self.ordered(diagnostics) where !(quiet && d.severity == .warning) {
            console.error(d.formatted)
            if let snippet = snippet(file: d.file, mark: d.mark) { console.error(snippet) }
        }
    }

    func print(_ error: InputError) {
        console.error("\(error.path): error: \(error.message)")
    }

    /// A file-system failure of an output folder, in plain words with its path.
    func print(_ error: FileSystemError) {
        console.error("msrender: error: \(error.message)")
    }

    /// Diagnostics in a stable order: by file as first seen, then position, then text.
    static func ordered(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var fileRank: [String: Int] = [:]
        for d in diagnostics where fileRank[d.file] == nil { fileRank[d.file] = fileRank.count }
        return diagnostics.enumerated().sorted { l, r in
            let (a, b) = (l.element, r.element)
            if a.file != b.file { return fileRank[a.file, default: 0] < fileRank[b.file, default: 0] }
            if a.mark.offset != b.mark.offset { return a.mark.offset < b.mark.offset }
            return l.offset < r.offset
        }.map(\.element)
    }

    /// The source line of a mark with a caret under its column.
    private func snippet(file: String, mark: Mark) -> String? {
        guard let bytes = sources[file], mark.offset <= bytes.count, mark.line > 0 else { return nil }
        var start = min(mark.offset, bytes.count)
        while start > 0 && bytes[start - 1] != 0x0A { start -= 1 }
        var end = start
        while end < bytes.count && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
        // Very long lines (minified JSON, a huge scalar) get no snippet.
        guard end - start <= 200 else { return nil }
        let line = String(decoding: bytes[start..<end], as: UTF8.self)
        let number = String(mark.line)
        let gutter = String(repeating: " ", count: number.count)
        let pad = line.unicodeScalars.prefix(max(0, mark.column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
        return " \(number) | \(line)\n \(gutter) | \(pad)^"
    }
}
