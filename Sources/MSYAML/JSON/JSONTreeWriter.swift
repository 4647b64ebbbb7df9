/// The JSON writer's loop over open objects and arrays.
struct JSONTreeWriter {
    var out: [UInt8]
    let pretty: Bool
    let sortKeys: Bool
    /// How many collection keys enclose this writer: a collection key is written by a
    /// nested writer, and past `maxKeyDepth` the key is replaced (see `keyText`).
    let keyDepth: Int
    private var stack: [Frame] = []

    static let maxKeyDepth = 32

    /// An open object (its keys already converted to text) or array.
    private enum Frame {
        case object(keys: [String], values: [Value], order: [Int]?, next: Int)
        case array([Value], next: Int)
    }

    init(out: [UInt8], pretty: Bool, sortKeys: Bool, keyDepth: Int) {
        self.out = out
        self.pretty = pretty
        self.sortKeys = sortKeys
        self.keyDepth = keyDepth
    }

    mutating func write(root: Value) {
        place(root)
        while let top = stack.popLast() {
            let depth = stack.count  // enclosing open collections
            switch top {
            case .object(let keys, let values, let order, let next):
                guard next < keys.count else {
                    close(0x7D, depth: depth)
                    continue
                }
                stack.append(.object(keys: keys, values: values, order: order, next: next + 1))
                separate(first: next == 0, depth: depth + 1)
                let i = order?[next] ?? next
                var key = keys[i]
                key.withUTF8 { Self.writeString($0, to: &out) }
                out.append(0x3A)
                if pretty { out.append(0x20) }
                place(values[i])
            case .array(let items, let next):
                guard next < items.count else {
                    close(0x5D, depth: depth)
                    continue
                }
                stack.append(.array(items, next: next + 1))
                separate(first: next == 0, depth: depth + 1)
                place(items[next])
            }
        }
    }

    /// The comma before every element but the first, then (pretty) a line break and
    /// the element's indentation.
    private mutating func separate(first: Bool, depth: Int) {
        if !first { out.append(0x2C) }
        if pretty {
            out.append(0x0A)
            Indentation.write(2 * depth, to: &out)
        }
    }

    private mutating func close(_ bracket: UInt8, depth: Int) {
        if pretty {
            out.append(0x0A)
            Indentation.write(2 * depth, to: &out)
        }
        out.append(bracket)
    }

    private mutating func place(_ value: Value) {
        switch value {
        case .null: ScalarText.append("null", to: &out)
        case .bool(let b): ScalarText.append(b ? "true" : "false", to: &out)
        case .int(let i): ScalarText.writeInt(i, to: &out)
        case .float(let d):
            var text = Self.floatText(d)
            text.withUTF8 { d.isFinite ? out.append(contentsOf: $0) : Self.writeString($0, to: &out) }
        case .string(let s):
            var s = s
            s.withUTF8 { Self.writeString($0, to: &out) }
        case .sequence(let items):
            out.append(0x5B)
            if items.isEmpty {
                out.append(0x5D)
            } else {
                stack.append(.array(items, next: 0))
            }
        case .mapping(let entries):
            out.append(0x7B)
            if entries.isEmpty {
                out.append(0x7D)
            } else {
                let keys = entries.map { keyText($0.key) }
                let order = sortKeys ? KeyOrder.sortedIndices(keys) : nil
                stack.append(.object(keys: keys, values: entries.map(\.value), order: order, next: 0))
            }
        }
    }

    /// A key as JSON object member name (see `JSONWriter`).
    private func keyText(_ key: Value) -> String {
        switch key {
        case .string(let s): return s
        case .float(let d): return Self.floatText(d)
        case .sequence, .mapping:
            guard keyDepth < Self.maxKeyDepth else { return "<key nested too deeply>" }
            var nested = JSONTreeWriter(out: [], pretty: false, sortKeys: sortKeys, keyDepth: keyDepth + 1)
            nested.write(root: key)
            return String(decoding: nested.out, as: UTF8.self)
        default:
            return KeyOrder.sortText(key) ?? ""
        }
    }

    /// Swift's shortest round-trip digits are valid JSON numbers; non-finite values
    /// take their YAML names.
    static func floatText(_ d: Double) -> String {
        if d.isNaN { return ".nan" }
        if d.isInfinite { return d < 0 ? "-.inf" : ".inf" }
        return d.description
    }

    /// A JSON string: `"`, `\` and C0 controls escaped, everything else as is.
    static func writeString(_ b: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(0x22)
        var runStart = 0
        for i in 0..<b.count {
            let c = b[i]
            if c < 0x20 || c == 0x22 || c == 0x5C {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<i]))
                ScalarText.writeEscape(UInt32(c), to: &out)
                runStart = i + 1
            }
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[runStart..<b.count]))
        out.append(0x22)
    }
}
