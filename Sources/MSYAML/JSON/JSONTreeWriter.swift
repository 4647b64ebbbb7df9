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

    mutating func write(root: Value) throws(EmitError) {
        try place(root)
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
                try place(values[i])
            case .array(let items, let next):
                guard next < items.count else {
                    close(0x5D, depth: depth)
                    continue
                }
                stack.append(.array(items, next: next + 1))
                separate(first: next == 0, depth: depth + 1)
                try place(items[next])
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

    private mutating func place(_ value: Value) throws(EmitError) {
        switch value {
        case .null, .bool, .string: try? Self.writeScalar(value, to: &out)
        case .number(let n):
            do throws(NumberSpelling.JSONRefusal) {
                try Self.writeScalar(value, to: &out)
            } catch .notFinite {
                throw path().error(EmitMessage.notFinite(n.text))
            } catch {
                throw path().error(EmitMessage.tooManyDigits(RadixDigits.maxDigits))
            }
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
                var keys: [String] = []
                keys.reserveCapacity(entries.count)
                for (i, e) in entries.enumerated() {
                    do throws(EmitError) {
                        keys.append(try keyText(e.key))
                    } catch {
                        var p = path()
                        p.entry(i, key: nil, inKey: true)
                        throw EmitError(error.message, steps: p.steps + error.steps, path: p.text + error.path)
                    }
                }
                let order = sortKeys ? KeyOrder.sortedIndices(keys) : nil
                if let d = duplicate(keys, entries, order: order) {
                    var error = path().error(EmitMessage.duplicateKey("\"" + ReaderMessage.clip(keys[d]) + "\""))
                    error.steps.append(.key(d))
                    throw error
                }
                stack.append(.object(keys: keys, values: entries.map(\.value), order: order, next: 0))
            }
        }
    }

    /// The later of two scalar keys with the same member name (JSON names are text:
    /// `1` and `"1"` are one name), or nil. Sorted, equal names are side by side; else
    /// `DuplicateKeys` compares them. Collection keys are not compared, as the reader
    /// does not compare them (the YAML test suite has `{[a, b]: 1, *alias-of-[a, b]: 2}`).
    private func duplicate(_ keys: [String], _ entries: [Value.Entry], order: [Int]?) -> Int? {
        guard let order else {
            let found = DuplicateKeys.find(keys.count) { i in
                entries[i].key.isScalar ? Value.string(keys[i]) : Optional.none
            }
            return found?.later
        }
        var scalarInRun: Int? = nil  // a scalar key among the run of equal names so far
        for (i, k) in order.enumerated() {
            if i > 0 && !UTF8Text.equal(keys[order[i - 1]], keys[k]) { scalarInRun = nil }
            guard entries[k].key.isScalar else { continue }
            if let j = scalarInRun { return max(j, k) }
            scalarInRun = k
        }
        return nil
    }

    /// The path down the open frames to the value being placed.
    private func path() -> EmitPath {
        var path = EmitPath()
        for frame in stack {
            switch frame {
            case .object(let keys, _, let order, let next):
                let at = order?[next - 1] ?? next - 1
                path.entry(at, key: keys[at])
            case .array(_, let next):
                path.item(next - 1)
            }
        }
        return path
    }

    /// A key as JSON object member name (see `JSONWriter`): a number as written.
    private func keyText(_ key: Value) throws(EmitError) -> String {
        switch key {
        case .string(let s): return s
        case .number(let n): return n.text
        case .sequence, .mapping:
            guard keyDepth < Self.maxKeyDepth else { return "<key nested too deeply>" }
            var nested = JSONTreeWriter(out: [], pretty: false, sortKeys: sortKeys, keyDepth: keyDepth + 1)
            try nested.write(root: key)
            return String(decoding: nested.out, as: UTF8.self)
        default:
            return KeyOrder.sortText(key) ?? ""
        }
    }

    /// A scalar (null, boolean, number, string) as JSON; only a number can be refused.
    /// Collections write nothing here.
    static func writeScalar(_ value: Value, to out: inout [UInt8]) throws(NumberSpelling.JSONRefusal) {
        switch value {
        case .null: ScalarText.append("null", to: &out)
        case .bool(let b): ScalarText.append(b ? "true" : "false", to: &out)
        case .number(let n): try NumberSpelling.writeJSON(n, to: &out)
        case .string(let s):
            var s = s
            s.withUTF8 { writeString($0, to: &out) }
        case .sequence, .mapping: return
        }
    }

    /// A JSON string: `", `\` and C0 controls escaped, and also the characters YAML
    /// does not allow raw (DEL, C1 controls, U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF), so
    /// the output is YAML as well as JSON; everything else as is.
    static func writeString(_ b: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        // Printable ASCII but `"` and `\` needs no escape: copied as it is.
        if b.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }) {
            out.append(0x22)
            out.append(contentsOf: b)
            out.append(0x22)
            return
        }
        // The YAML double-quoted writer escapes exactly that set, with JSON spellings.
        ScalarText.writeDoubleQuoted(b, to: &out)
    }
}
