/// Writes one document as a compact JSON line straight from the parser's events, with no
/// Node or Value tree: the common case of `convert --to json` (block and flow
/// collections of untagged scalars with string keys).
///
/// It gives up (returns false) on whatever needs the general path to be exact: an
/// anchor, alias or tag; a collection or a non-string scalar as a key (`1:`, `true:`,
/// whose JSON names and key identities differ); two keys with the same bytes (an error,
/// or a refusal, that the general path words); a number JSON refuses; a document
/// nested past `maxDepth`; any reading error. The caller then rereads the document
/// from its start through the general path (`StreamConverter`), so the fast path only
/// ever writes what `JSONWriter` would have written for that document.
enum FastJSON {
    /// Writes the document whose start event was just read, through its end event, and a
    /// line break; false, with `out` and `parser` to be restored, when it gave up.
    static func document(_ parser: inout Parser, into out: inout [UInt8], maxDepth: Int) -> Bool {
        do throws(YAMLError) {
            return try write(&parser, into: &out, maxDepth: maxDepth)
        } catch {
            return false
        }
    }

    /// An open collection: how many entries it has so far, and for a mapping whether a
    /// key comes next and the keys seen.
    private struct Frame {
        var isMapping: Bool
        var count = 0
        var keyNext = true
        var keys = KeyBytes()
    }

    private static func write(_ parser: inout Parser, into out: inout [UInt8], maxDepth: Int) throws(YAMLError)
        -> Bool
    {
        var stack: [Frame] = []
        while true {
            guard let event = try parser.next() else { return false }
            let inKey = stack.last.map { $0.isMapping && $0.keyNext } ?? false
            switch event.kind {
            case .scalar(let text, let style, let props):
                guard props.anchor == nil, props.tag == nil else { return false }
                let value = style == .plain ? Constructor.plain(text) : Value.string(text)
                if inKey {
                    guard case .string = value, stack[stack.count - 1].keys.insert(text) else { return false }
                    if stack[stack.count - 1].count > 0 { out.append(0x2C) }
                    stack[stack.count - 1].count += 1
                    stack[stack.count - 1].keyNext = false
                    var key = text
                    key.withUTF8 { JSONTreeWriter.writeString($0, to: &out) }
                    out.append(0x3A)
                    continue
                }
                separate(&stack, &out)
                do throws(NumberSpelling.JSONRefusal) { try JSONTreeWriter.writeScalar(value, to: &out) } catch {
                    return false
                }
            case .sequenceStart(let props), .mappingStart(let props):
                guard props.anchor == nil, props.tag == nil, !inKey, stack.count < maxDepth else { return false }
                separate(&stack, &out)
                var isMapping = false
                if case .mappingStart = event.kind { isMapping = true }
                out.append(isMapping ? 0x7B : 0x5B)
                stack.append(Frame(isMapping: isMapping))
                continue
            case .sequenceEnd, .mappingEnd:
                guard let frame = stack.popLast(), !frame.isMapping || frame.keyNext else { return false }
                out.append(frame.isMapping ? 0x7D : 0x5D)
            default:
                return false
            }
            // A value is complete.
            guard !stack.isEmpty else {
                _ = try parser.next()  // the document end
                out.append(0x0A)
                return true
            }
            if stack[stack.count - 1].isMapping { stack[stack.count - 1].keyNext = true }
        }
    }

    /// The comma before a sequence item that is not the first (a mapping's comma comes
    /// before its key).
    private static func separate(_ stack: inout [Frame], _ out: inout [UInt8]) {
        guard let top = stack.last, !top.isMapping else { return }
        if top.count > 0 { out.append(0x2C) }
        stack[stack.count - 1].count += 1
    }
}

/// The keys of one mapping as bytes: pairwise while few (a fingerprint of each key's
/// bytes first, so most unequal keys cost one comparison), hashed beyond.
private struct KeyBytes {
    private var small: [(fingerprint: UInt64, key: String)] = []
    private var large: Set<Value>? = nil

    /// Adds a key; false if one with the same bytes is there already.
    mutating func insert(_ key: String) -> Bool {
        if large != nil { return large?.insert(.string(key)).inserted ?? false }
        let f = UTF8Text.fingerprint(key)
        for k in small where k.fingerprint == f && UTF8Text.equal(k.key, key) { return false }
        if small.isEmpty { small.reserveCapacity(9) }  // one allocation, not four
        small.append((f, key))
        if small.count > 8 {
            large = Set(small.map { Value.string($0.key) })
            small = []
        }
        return true
    }
}
