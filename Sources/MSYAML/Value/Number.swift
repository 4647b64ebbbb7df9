/// A number as it was written: its source text and its core-schema kind.
///
/// The text is kept as written (`1.10`, `0x1F`, `12345678901234567890`, `1e3`), so data
/// msrender does not own is written back exactly, whatever its size or precision; it is
/// resolved to `Int` or `Double` only where a typed value is needed. `kind` is the
/// kind the text resolves to, or the one a tag gave it (`!!float 1` is a float spelled
/// `1`). Two Numbers are equal when their kind and text bytes are: equality is about
/// the data, so `1.10` and `1.1` differ; `Value.keyIdentity` compares values.
public struct Number: Sendable, Hashable {
    /// The core-schema type of the number.
    public enum Kind: UInt8, Sendable {
        case integer
        case float
    }

    public let text: String
    public let kind: Kind

    /// A number from text the core schema reads as a number; nil otherwise. `kind`
    /// defaults to the text's own; `.float` may be asked of integer text, not the reverse.
    public init?(_ text: String, kind: Kind? = nil) {
        var t = text
        guard let syntax = t.withUTF8({ NumberSyntax.parse($0) }) else { return nil }
        let own: Kind = syntax.isInteger ? .integer : .float
        guard kind != .integer || own == .integer else { return nil }
        self.init(unchecked: text, kind: kind ?? own)
    }

    /// For text already known to be a number of that kind (the resolver's).
    init(unchecked text: String, kind: Kind) {
        self.text = text
        self.kind = kind
    }

    /// An integer built by a program, in decimal.
    public init(_ i: Int) {
        self.init(unchecked: String(i), kind: .integer)
    }

    /// A float built by a program: the shortest digits that read back as `d`, spelled so
    /// that YAML 1.1 and 1.2 readers both take it for a float (`1.0e+20`, `0.5`, `.inf`).
    public init(_ d: Double) {
        var out: [UInt8] = []
        NumberSpelling.writeFloat(d, to: &out)
        self.init(unchecked: String(decoding: out, as: UTF8.self), kind: .float)
    }

    public static func == (a: Number, b: Number) -> Bool {
        a.kind == b.kind && UTF8Text.equal(a.text, b.text)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        UTF8Text.hash(text, into: &hasher)
    }

    /// Calls `body` with the text's bytes and their syntax (always present: the
    /// initialisers only accept numbers).
    func withSyntax<R>(_ body: (UnsafeBufferPointer<UInt8>, NumberSyntax) -> R) -> R {
        var t = text
        return t.withUTF8 { u in body(u, NumberSyntax.parse(u) ?? NumberSyntax()) }
    }
}

extension Number {
    /// The integer this is, when it is an integer that fits `Int` (not for floats,
    /// even integral ones).
    public var intValue: Int? {
        guard kind == .integer else { return nil }
        return withSyntax { u, s in
            guard s.isInteger else { return nil }
            if s.radix == 10 { return Int(text) }
            return Int(String(decoding: UnsafeBufferPointer(rebasing: u[s.digits]), as: UTF8.self), radix: s.radix)
        }
    }

    /// The nearest Double (integers of any size included): `.inf`, `.nan` as such.
    public var doubleValue: Double {
        withSyntax { u, s in
            switch s.special {
            case .infinity: return s.negative ? -Double.infinity : Double.infinity
            case .nan: return Double.nan
            case .none: break
            }
            if s.radix == 10 { return Double(text) ?? Double.nan }
            var d = 0.0
            for c in u[s.digits] { d = d * Double(s.radix) + Double(RadixDigits.value(c)) }
            return d
        }
    }

    /// False for `.inf`, `-.inf` and `.nan`.
    public var isFinite: Bool { withSyntax { _, s in s.special == .none } }
}
