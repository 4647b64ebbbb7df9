/// Finds the known name a misspelt one was probably meant to be ("did you mean").
public enum Suggestion {
    /// The closest candidate within a small edit distance (case-insensitive), or nil.
    public static func closest(to name: String, in candidates: [String]) -> String? {
        let target = Array(name.lowercased().unicodeScalars)
        // Long unknown names are not misspellings of short fields; skip the work.
        guard target.count <= 64 else { return nil }
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let c = Array(candidate.lowercased().unicodeScalars)
            let limit = max(1, min(3, c.count / 3))
            let d = distance(target, c)
            if d <= limit && d < (best?.distance ?? Int.max) { best = (candidate, d) }
        }
        return best?.name
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit.
    public static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var v = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = min(v, before[j - 2] + 1)
                }
                current[j] = v
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}
