/// Equality and hashing by bytes: strings and number texts compare as UTF-8 bytes,
/// mappings entry by entry in order, so equal Values are the same data, spelled the same.
extension Value: Hashable {
    public static func == (a: Value, b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return UTF8Text.equal(x, y)
        case (.sequence(let x), .sequence(let y)): return x == y
        case (.mapping(let x), .mapping(let y)): return x == y
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null:
            hasher.combine(0 as UInt8)
        case .bool(let b):
            hasher.combine(1 as UInt8)
            hasher.combine(b)
        case .number(let n):
            hasher.combine(2 as UInt8)
            hasher.combine(n)
        case .string(let s):
            hasher.combine(3 as UInt8)
            UTF8Text.hash(s, into: &hasher)
        case .sequence(let items):
            hasher.combine(4 as UInt8)
            hasher.combine(items)
        case .mapping(let entries):
            hasher.combine(5 as UInt8)
            hasher.combine(entries)
        }
    }
}
