/// Why a writer refused a tree: a mapping with two equal keys (which no reader would
/// accept back), or, in JSON, a number JSON cannot spell exactly. Writers never drop or
/// change data to get around either.
///
/// `steps` lead from the root to the place, so a caller holding the Node tree the
/// Value came from can point at the source (`Node.node(at:)`); `path` is the same place
/// as text (`spec.template.spec.nodeSelector`, `items[3]`).
public struct EmitError: Error, Sendable, Equatable {
    /// One step down a tree: into a sequence item, a mapping entry's value, or a
    /// mapping entry's key (indexes are the entries' order in the tree, not as written).
    public enum Step: Sendable, Equatable {
        case item(Int)
        case value(Int)
        case key(Int)
    }

    public var message: String
    public var steps: [Step]
    public var path: String

    public init(_ message: String, steps: [Step], path: String) {
        self.message = message
        self.steps = steps
        self.path = path
    }
}

/// Builds an `EmitError`'s path text, one step at a time.
struct EmitPath {
    var steps: [EmitError.Step] = []
    var text = ""

    /// Into item `i` of a sequence.
    mutating func item(_ i: Int) {
        steps.append(.item(i))
        text += "[\(i)]"
    }

    /// Into the value (or, with `inKey`, the key) of entry `i`, whose key reads `key`.
    mutating func entry(_ i: Int, key: String?, inKey: Bool = false) {
        steps.append(inKey ? .key(i) : .value(i))
        guard let key else {
            text += "[\(i)]"
            return
        }
        if !key.isEmpty && key.utf8.allSatisfy(Self.isNameByte) {
            text += text.isEmpty ? key : "." + key
        } else {
            text += "[" + key + "]"
        }
    }

    private static func isNameByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c == 0x5F || c == 0x2D
    }

    func error(_ message: String) -> EmitError { EmitError(message, steps: steps, path: text) }
}

/// Finds two equal keys in one mapping, by whatever identity (a Value, compared as
/// bytes) the writer's output has.
enum DuplicateKeys {
    /// The positions (in `0..<count`) of the first key equal to an earlier one and of
    /// that earlier one, or nil; keys for which `key` is nil are not compared (YAML
    /// writers skip collection keys, as the reader does). Pairwise for small mappings,
    /// hashed beyond.
    static func find(_ count: Int, _ key: (Int) -> Value?) -> (earlier: Int, later: Int)? {
        guard count > 1 else { return nil }
        if count <= 8 {
            var keys: [(Value, Int)] = []
            keys.reserveCapacity(count)
            for i in 0..<count {
                guard let k = key(i) else { continue }
                if let j = keys.first(where: { $0.0 == k }) { return (j.1, i) }
                keys.append((k, i))
            }
            return nil
        }
        var seen: [Value: Int] = [:]
        seen.reserveCapacity(count)
        for i in 0..<count {
            guard let k = key(i) else { continue }
            if let j = seen[k] { return (j, i) }
            seen[k] = i
        }
        return nil
    }
}

/// The writers' messages, alphabetised.
enum EmitMessage {
    static func duplicateKey(_ key: String) -> String {
        "duplicate mapping key \(key): a mapping cannot be written with two equal keys"
    }
    static func notFinite(_ text: String) -> String {
        "JSON has no number \(text); quote it to make it a string"
    }
    static func tooManyDigits(_ limit: Int) -> String {
        "an integer of more than \(limit) hexadecimal or octal digits cannot be converted to JSON"
    }
}
