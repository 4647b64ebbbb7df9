import MSYAML

/// A small JSON reader for the test suite's `in.json` files: a stream of zero or more
/// concatenated JSON texts (one per YAML document), read into `Value`s so that numbers,
/// booleans and key order compare exactly.
struct ConformanceJSON {
    private let b: [UInt8]
    private var i = 0

    /// All JSON texts of a file, or nil if the file is not a JSON stream.
    static func values(_ bytes: [UInt8]) -> [Value]? {
        var r = ConformanceJSON(b: bytes)
        var out: [Value] = []
        while true {
            r.skipSpace()
            if r.i >= r.b.count { return out }
            guard let v = r.value(depth: 0) else { return nil }
            out.append(v)
        }
    }

    private init(b: [UInt8]) { self.b = b }

    private mutating func skipSpace() {
        while i < b.count && (b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09) { i += 1 }
    }

    private mutating func value(depth: Int) -> Value? {
        guard depth < 1000 else { return nil }
        skipSpace()
        guard i < b.count else { return nil }
        switch b[i] {
        case UInt8(ascii: "{"):
            i += 1
            var entries: [Value.Entry] = []
            skipSpace()
            if i < b.count && b[i] == UInt8(ascii: "}") {
                i += 1
                return .mapping(entries)
            }
            while true {
                skipSpace()
                guard let k = string() else { return nil }
                skipSpace()
                guard i < b.count, b[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                guard let v = value(depth: depth + 1) else { return nil }
                entries.append(Value.Entry(key: .string(k), value: v))
                skipSpace()
                guard i < b.count else { return nil }
                if b[i] == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                if b[i] == UInt8(ascii: "}") {
                    i += 1
                    return .mapping(entries)
                }
                return nil
            }
        case UInt8(ascii: "["):
            i += 1
            var items: [Value] = []
            skipSpace()
            if i < b.count && b[i] == UInt8(ascii: "]") {
                i += 1
                return .sequence(items)
            }
            while true {
                guard let v = value(depth: depth + 1) else { return nil }
                items.append(v)
                skipSpace()
                guard i < b.count else { return nil }
                if b[i] == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                if b[i] == UInt8(ascii: "]") {
                    i += 1
                    return .sequence(items)
                }
                return nil
            }
        case UInt8(ascii: "\""):
            return string().map { .string($0) }
        default:
            return literal()
        }
    }

    private mutating func literal() -> Value? {
        let from = i
        while i < b.count
            && !(b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 || b[i] == 0x2C
                || b[i] == 0x5D || b[i] == 0x7D)
        {
            i += 1
        }
        let t = String(decoding: b[from..<i], as: UTF8.self)
        switch t {
        case "null": return .null
        case "true": return .bool(true)
        case "false": return .bool(false)
        default:
            if let n = Int(t) { return .int(n) }
            if let d = Double(t) { return .float(d) }
            return nil
        }
    }

    private mutating func string() -> String? {
        guard i < b.count, b[i] == UInt8(ascii: "\"") else { return nil }
        i += 1
        var out: [UInt8] = []
        var pendingHigh: UInt32? = nil
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if c != UInt8(ascii: "\\") {
                out.append(c)
                i += 1
                continue
            }
            guard i + 1 < b.count else { return nil }
            let e = b[i + 1]
            i += 2
            switch e {
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "u"):
                guard i + 4 <= b.count, let v = UInt32(String(decoding: b[i..<i + 4], as: UTF8.self), radix: 16)
                else { return nil }
                i += 4
                var scalar = v
                if (0xD800...0xDBFF).contains(v) {
                    pendingHigh = v
                    continue
                }
                if (0xDC00...0xDFFF).contains(v), let h = pendingHigh {
                    scalar = 0x10000 + ((h - 0xD800) << 10) + (v - 0xDC00)
                }
                pendingHigh = nil
                if let u = Unicode.Scalar(scalar) { out.append(contentsOf: Array(String(Character(u)).utf8)) }
            default: return nil
            }
        }
        return nil
    }
}
