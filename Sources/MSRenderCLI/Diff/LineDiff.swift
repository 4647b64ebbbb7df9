/// The shortest edit script between two line arrays (Myers' O(ND) algorithm), as a
/// list of kept, deleted and inserted lines. Memory is bounded by a cap on D: beyond
/// it the texts are reported as wholly replaced, which is still a correct diff.
///
/// Lines are bytes: two lines are equal only when their bytes are (an NFC and an NFD
/// spelling of the same text differ, as they do on disk).
enum LineDiff {
    typealias Line = ArraySlice<UInt8>

    enum Op: Equatable {
        case keep(Line)
        case delete(Line)
        case insert(Line)
    }

    /// Above this many differences a full replacement is reported instead.
    static let maxEdits = 4000

    static func diff(_ a: [Line], _ b: [Line]) -> [Op] {
        // Trim the common head and tail: generated manifests usually differ in a few lines.
        var head = 0
        while head < a.count && head < b.count && a[head] == b[head] { head += 1 }
        var tail = 0
        while tail < a.count - head && tail < b.count - head && a[a.count - 1 - tail] == b[b.count - 1 - tail] {
            tail += 1
        }
        let x = Array(a[head..<(a.count - tail)])
        let y = Array(b[head..<(b.count - tail)])
        let middle = myers(x, y) ?? (x.map(Op.delete) + y.map(Op.insert))
        return a[..<head].map(Op.keep) + middle + a[(a.count - tail)...].map(Op.keep)
    }

    /// Myers' greedy algorithm with a trace of the V arrays for backtracking.
    private static func myers(_ a: [Line], _ b: [Line]) -> [Op]? {
        let n = a.count
        let m = b.count
        if n == 0 { return b.map(Op.insert) }
        if m == 0 { return a.map(Op.delete) }
        let maxD = min(n + m, maxEdits)
        let offset = maxD + 1
        var v = [Int](repeating: 0, count: 2 * maxD + 3)
        var trace: [[Int]] = []
        for d in 0...maxD {
            trace.append(v)
            var k = -d
            while k <= d {
                var xx: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    xx = v[offset + k + 1]
                } else {
                    xx = v[offset + k - 1] + 1
                }
                var yy = xx - k
                while xx < n && yy < m && a[xx] == b[yy] {
                    xx += 1
                    yy += 1
                }
                v[offset + k] = xx
                if xx >= n && yy >= m { return backtrack(a, b, trace, d: d, offset: offset) }
                k += 2
            }
        }
        return nil
    }

    private static func backtrack(_ a: [Line], _ b: [Line], _ trace: [[Int]], d: Int, offset: Int) -> [Op] {
        var ops: [Op] = []
        var x = a.count
        var y = b.count
        var step = d
        while step >= 0 {
            let v = trace[step]
            let k = x - y
            let prevK: Int
            if k == -step || (k != step && v[offset + k - 1] < v[offset + k + 1]) {
                prevK = k + 1
            } else {
                prevK = k - 1
            }
            let prevX = step == 0 ? 0 : v[offset + prevK]
            let prevY = prevX - prevK
            while x > prevX && y > prevY {
                ops.append(.keep(a[x - 1]))
                x -= 1
                y -= 1
            }
            if step > 0 {
                if x == prevX {
                    ops.append(.insert(b[y - 1]))
                    y -= 1
                } else {
                    ops.append(.delete(a[x - 1]))
                    x -= 1
                }
            }
            step -= 1
        }
        return ops.reversed()
    }
}
