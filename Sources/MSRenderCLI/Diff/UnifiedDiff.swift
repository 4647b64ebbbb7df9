/// `diff -u` output for two texts: `---`/`+++` names, then `@@ -l,n +l,n @@` hunks with
/// three lines of context, and `\ No newline at end of file` where it applies.
enum UnifiedDiff {
    static let context = 3

    /// The diff from `old` to `new`, or "" when their bytes are equal.
    static func diff(old: String, new: String, oldName: String, newName: String) -> String {
        diff(old: Array(old.utf8), new: Array(new.utf8), oldName: oldName, newName: newName)
    }

    /// The diff between two byte texts, compared line by line as bytes.
    static func diff(old: [UInt8], new: [UInt8], oldName: String, newName: String) -> String {
        if old == new { return "" }
        let ops = LineDiff.diff(lines(old), lines(new))
        var out = "--- \(oldName)\n+++ \(newName)\n"
        // Line numbers (0-based) in old and new where each op starts.
        var positions: [(Int, Int)] = []
        var ia = 0
        var ib = 0
        for op in ops {
            positions.append((ia, ib))
            switch op {
            case .keep:
                ia += 1
                ib += 1
            case .delete: ia += 1
            case .insert: ib += 1
            }
        }
        var i = 0
        while i < ops.count {
            guard isChange(ops[i]) else {
                i += 1
                continue
            }
            // One hunk: changes closer than 2*context lines share it.
            let start = max(0, i - context)
            var end = i
            var j = i + 1
            while j < ops.count && j - end <= 2 * context {
                if isChange(ops[j]) { end = j }
                j += 1
            }
            let stop = min(ops.count, end + context + 1)
            var oldCount = 0
            var newCount = 0
            var body = ""
            for k in start..<stop {
                switch ops[k] {
                case .keep(let s):
                    body += line(" ", s)
                    oldCount += 1
                    newCount += 1
                case .delete(let s):
                    body += line("-", s)
                    oldCount += 1
                case .insert(let s):
                    body += line("+", s)
                    newCount += 1
                }
            }
            let (oa, ob) = positions[start]
            out += "@@ -\(range(oa, oldCount)) +\(range(ob, newCount)) @@\n" + body
            i = stop
        }
        return out
    }

    private static func isChange(_ op: LineDiff.Op) -> Bool {
        if case .keep = op { return false }
        return true
    }

    /// A last line without a newline is kept with a trailing "\n" marker, so that it
    /// differs from the same text with a newline and prints git's marker line.
    private static func line(_ prefix: String, _ bytes: LineDiff.Line) -> String {
        if bytes.last == 0x0A {
            return prefix + String(decoding: bytes.dropLast(), as: UTF8.self) + "\n\\ No newline at end of file\n"
        }
        return prefix + String(decoding: bytes, as: UTF8.self) + "\n"
    }

    /// `l,n` with diff's conventions: an empty range names the line before it.
    private static func range(_ start: Int, _ count: Int) -> String {
        if count == 0 { return "\(start),0" }
        return count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
    }

    private static func lines(_ text: [UInt8]) -> [LineDiff.Line] {
        if text.isEmpty { return [] }
        var parts = text.split(separator: 0x0A, omittingEmptySubsequences: false)
        if text.last == 0x0A {
            parts.removeLast()
        } else if let last = parts.popLast() {
            parts.append(ArraySlice(last + [0x0A]))
        }
        return parts
    }
}
