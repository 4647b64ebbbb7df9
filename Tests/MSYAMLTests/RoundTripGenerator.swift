@testable import MSYAML

/// SplitMix64: a tiny deterministic PRNG, so every run generates the same trees.
struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in 0..<n (n > 0).
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}

/// Generates trees whose strings are the ones YAML writers get wrong.
struct RoundTripGenerator {
    var rng: SplitMix64
    /// Only string keys (PyYAML maps must convert to JSON objects key for key).
    var stringKeysOnly: Bool

    init(seed: UInt64, stringKeysOnly: Bool = false) {
        rng = SplitMix64(seed: seed)
        self.stringKeysOnly = stringKeysOnly
    }

    /// Strings some reader could take for something else, or that stress quoting.
    static let atoms: [String] = [
        "", " ", "  ", "0755", "0o17", "0x1F", "0X1f", "-0x1F", "0b1010", "1_000", "1:20",
        "190:20:30.15", ".inf", "-.INF", "+.Inf", ".NaN", ".nan", "NaN", "inf", "1e3", "1E3",
        "-1.5e-3", "6.8523015e+5", "+12", "-12", "12", "0", "-0", "007", "1.", ".5", "1.2.3",
        "true", "True", "TRUE", "tRUE", "false", "FALSE", "yes", "Yes", "YES", "yEs", "no", "No",
        "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N", "null", "Null", "NULL",
        "nULL", "~", "2024-01-02", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5",
        "2002-12-14", "<<", "=", " lead", "trail ", " both ", "a: b", "a:b", "a #b", "a#b", "#",
        "# c", "- ", "-", "--", "---", "...", "- a", "-a", "?", "? a", "?a", ":", ":a", "a:", "a\tb",
        "\t", "\ta", "a\t", "\u{0}", "\u{1}", "\u{7}", "\u{8}", "\u{B}", "\u{C}", "\u{1B}", "\u{1F}",
        "\u{7F}", "\u{85}", "\u{A0}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFE}", "é", "中文",
        "😀", "e\u{301}", "\r", "\r\n", "\n", "\n\n", "a\nb", "a\nb\n", "a\nb\n\n", " a\nb",
        "  indented\n  more\n", "\na", "line\n\n\nafter", "a \nb", "a\n ", "#x\ny", "'", "\"",
        "\\", "\\n", "&a", "*a", "!a", "!!str", "|", ">", "%", "@", "`", "[", "]", "{", "}", ",",
        "[a, b]", "{a: b}", "a,b", "x{\"k\":\"v\"}", "500m", "10Gi", "v1", "apps/v1",
        "http://x:80/y?q=1#f", "key=value", "=a", "<<a", "Infinity", "0.1", "1e-05", "_1", "1_",
        "1,000", "1234e567", "0x_1F", "3aee930c4fc2", "0B1", "0O7", "12345678901234567890123",
    ]

    static let alphabet: [String] = [
        "a", "b", "Z", "0", "1", "9", ".", "-", "_", ":", "#", " ", "\t", "\n", "'", "\"", "\\",
        "é", "中", "😀", "\u{0}", "\u{85}", "\u{2028}", "\u{FEFF}", "/", ",", "[", "{", "?", "!",
    ]

    mutating func string() -> String {
        switch rng.below(10) {
        case 0..<4:
            return rng.pick(Self.atoms)
        case 4..<7:
            var s = ""
            for _ in 0..<(1 + rng.below(3)) {
                s += rng.chance(60) ? rng.pick(Self.atoms) : rng.pick(Self.alphabet)
            }
            return s
        case 7:
            var s = ""
            for _ in 0..<rng.below(12) { s += rng.pick(Self.alphabet) }
            return s
        case 8:
            var s = ""
            for _ in 0..<rng.below(8) { s.unicodeScalars.append(scalar()) }
            return s
        default:
            var lines: [String] = []
            for _ in 0..<(1 + rng.below(4)) {
                lines.append(rng.chance(30) ? "" : (rng.chance(20) ? "  " : "") + rng.pick(Self.atoms))
            }
            return lines.joined(separator: "\n") + String(repeating: "\n", count: rng.below(4))
        }
    }

    /// Any Unicode scalar, weighted towards the edges of YAML's printable ranges.
    mutating func scalar() -> Unicode.Scalar {
        let ranges: [ClosedRange<UInt32>] = [
            0...0x7F, 0x80...0xFF, 0xD700...0xD7FF, 0xE000...0xE0FF, 0xFEFE...0xFFFF,
            0x2000...0x206F, 0x1F600...0x1F64F, 0x10FF00...0x10FFFF, 0...0x10FFFF,
        ]
        let range = rng.pick(ranges)
        let v = range.lowerBound + UInt32(rng.below(Int(range.upperBound - range.lowerBound) + 1))
        return Unicode.Scalar(v) ?? "?"  // surrogates are not scalars
    }

    mutating func float() -> Double {
        switch rng.below(8) {
        case 0: return rng.pick([.infinity, -.infinity, .nan, -0.0, 0.0])
        case 1: return Double(rng.below(1000))  // looks like an int
        case 2: return rng.pick([1e20, 1e-5, 1e300, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 1e16, 1e15])
        default:
            return Double(bitPattern: rng.next() & 0x7FEF_FFFF_FFFF_FFFF) * (rng.chance(50) ? 1 : -1)
        }
    }

    /// Numbers as a source could spell them: exact texts the writers must keep or
    /// respell without changing the value (for YAML 1.1 readers too).
    static let numberTexts: [(String, Number.Kind?)] = [
        ("0o17", nil), ("0x1F", nil), ("0xab54a98ceb1f0ad2", nil), ("007", nil), ("00", nil), ("-0", nil),
        ("+12", nil), ("1e3", nil), ("1E+3", nil), (".5", nil), ("-.5", nil), ("+.5e-3", nil), ("1.", nil),
        ("1.10", nil), ("+1.5E3", nil), ("12345678901234567890", nil), ("-12345678901234567890123", nil),
        ("0x1FFFFFFFFFFFFFFFFFFF", nil), ("0o7777777777777777777777777", nil), (".Inf", nil), ("-.INF", nil),
        (".NaN", nil), ("1", .float), ("0x10", .float), ("0o17", .float), ("-007", .float),
        ("3.14159265358979323846264338327950288", nil),
    ]

    mutating func number() -> Value {
        let (text, kind) = rng.pick(Self.numberTexts)
        return Number(text, kind: kind).map(Value.number) ?? .string(text)
    }

    mutating func scalarValue() -> Value {
        switch rng.below(13) {
        case 0: return .null
        case 1: return .bool(rng.chance(50))
        case 2: return .int(rng.pick([0, -1, 1, Int.max, Int.min, 755, 1000, 120]))
        case 3: return .int(Int(bitPattern: UInt(rng.next())) >> rng.below(64))
        case 4: return .float(float())
        case 5: return number()
        default: return .string(string())
        }
    }

    mutating func key() -> Value {
        if stringKeysOnly || rng.chance(85) { return .string(string()) }
        switch rng.below(5) {
        case 0: return .int(Int(bitPattern: UInt(rng.next())) >> rng.below(64))
        case 4: return number()
        case 1: return .bool(rng.chance(50))
        case 2: return .null
        default:
            let d = float()
            return d.isFinite && d != 0 ? .float(d) : .string(string())
        }
    }

    /// A tree at most `depth` collections deep; generator recursion is bounded by it.
    mutating func tree(depth: Int) -> Value {
        if depth == 0 || rng.chance(35) { return scalarValue() }
        let count = rng.chance(10) ? 0 : 1 + rng.below(5)
        if rng.chance(50) {
            return .sequence((0..<count).map { _ in tree(depth: depth - 1) })
        }
        var entries: [Value.Entry] = []
        var keys: [Value] = []
        for _ in 0..<count {
            var k = key()
            if !stringKeysOnly && depth > 1 && rng.chance(3) { k = tree(depth: 1) }
            // Keys YAML calls equal (`1` and `1.0` are not; 0.0 and -0.0 are) only once.
            guard !keys.contains(k.keyIdentity) else { continue }
            keys.append(k.keyIdentity)
            entries.append(.init(key: k, value: tree(depth: depth - 1)))
        }
        return .mapping(entries)
    }

    /// Tree number `index` of the seeded family: the root is usually a mapping.
    static func tree(_ index: Int, stringKeysOnly: Bool = false) -> Value {
        var g = RoundTripGenerator(seed: 0x6D73_7265_6E64 &+ UInt64(index), stringKeysOnly: stringKeysOnly)
        return g.rng.chance(80) ? g.tree(depth: 5) : g.tree(depth: 3)
    }
}

/// Tree equality without recursion. Numbers compare by kind and value (a writer may
/// respell `0o17` as `15`, never change it), NaN equals NaN, and 0.0 differs from -0.0.
func sameTree(_ a: Value, _ b: Value) -> Bool {
    var pending: [(Value, Value)] = [(a, b)]
    while let (x, y) = pending.popLast() {
        switch (x, y) {
        case (.number(let p), .number(let q)):
            guard x.keyIdentity == y.keyIdentity else { return false }
            guard p.kind == .integer || p.doubleValue.sign == q.doubleValue.sign else { return false }
        case (.sequence(let p), .sequence(let q)):
            guard p.count == q.count else { return false }
            pending.append(contentsOf: zip(p, q).map { ($0, $1) })
        case (.mapping(let p), .mapping(let q)):
            guard p.count == q.count else { return false }
            for (e, f) in zip(p, q) {
                pending.append((e.key, f.key))
                pending.append((e.value, f.value))
            }
        default:
            guard x == y else { return false }
        }
    }
    return true
}
