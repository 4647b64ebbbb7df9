import Testing

@testable import MSYAML

/// The value model: numbers keep their source text, typed readings on demand, and
/// equality and hashing by bytes.
@Suite struct ValueModelTests {
    /// Plain scalars read to numbers with exactly their text and core-schema kind.
    @Test(
        arguments: [
            ("12345678901234567890", Number.Kind.integer), ("-123456789012345678901234567890", .integer),
            ("0x1F", .integer), ("0o17", .integer), ("007", .integer), ("+12", .integer), ("1.10", .float),
            ("1e3", .float), ("1E+3", .float), (".5", .float), ("-.5", .float), ("1.", .float),
            ("3.14159265358979323846264338327950288", .float), (".inf", .float), ("-.Inf", .float),
            (".NaN", .float),
        ] as [(String, Number.Kind)])
    func numbersKeepTheirText(_ text: String, _ kind: Number.Kind) throws {
        let v = try ReaderSupport.value("a: " + text)
        guard case .number(let n) = v["a"] else {
            Issue.record("\(text) read as \(String(describing: v["a"]))")
            return
        }
        #expect(n.text == text)
        #expect(n.kind == kind)
    }

    /// Text that only looks like a number stays a string.
    @Test(arguments: ["0x", "0o8", "+0x1F", "1_000", "1:20", "0b101", "1e", ".", "+.nan", "1.2.3", "2024-01-02"])
    func notNumbers(_ text: String) throws {
        #expect(try ReaderSupport.value("a: " + text)["a"] == .string(text))
    }

    @Test(
        arguments: [
            ("0", 0), ("-7", -7), ("+5", 5), ("-007", -7), ("0x1F", 31), ("0o17", 15), ("0x7FFFFFFFFFFFFFFF", Int.max),
            ("-9223372036854775808", Int.min),
        ] as [(String, Int)])
    func intValue(_ text: String, _ expected: Int) {
        #expect(Number(text)?.intValue == expected)
    }

    /// No Int for integers too large for it, nor for floats (even integral ones).
    @Test(arguments: ["9223372036854775808", "0x10000000000000000", "1.0", "1e3"])
    func noIntValue(_ text: String) {
        #expect(Number(text) != nil)
        #expect(Number(text)?.intValue == nil)
    }

    @Test(
        arguments: [
            ("1.10", 1.1), ("1e3", 1000), (".5", 0.5), ("-.5", -0.5), ("1.", 1), ("0x1F", 31), ("0o17", 15),
            ("12345678901234567890", 12_345_678_901_234_567_890), ("0x1FFFFFFFFFFFFFFFFFFF", 0x1p77),
            (".inf", .infinity), ("-.INF", -.infinity),
        ] as [(String, Double)])
    func doubleValue(_ text: String, _ expected: Double) {
        #expect(Number(text)?.doubleValue == expected)
        #expect(Number(text)?.isFinite == expected.isFinite)
    }

    @Test func nanIsNotFinite() {
        #expect(Number(".nan")?.doubleValue.isNaN == true)
        #expect(Number(".NaN")?.isFinite == false)
    }

    /// A number must be one; a tag may make integer text a float, not the reverse.
    @Test func numbersAreChecked() {
        #expect(Number("abc") == nil)
        #expect(Number("") == nil)
        #expect(Number("1.5", kind: .integer) == nil)
        #expect(Number("1", kind: .float)?.kind == .float)
        #expect(Number("0x10", kind: .float)?.doubleValue == 16)
    }

    /// Builders: integers in decimal, floats in the shortest exact YAML 1.1 float form.
    @Test func builtNumbers() {
        #expect(Value.int(8000) == .number(Number(unchecked: "8000", kind: .integer)))
        #expect(Value.int(-1).numberValue?.text == "-1")
        #expect(Value.float(1e20).numberValue?.text == "1.0e+20")
        #expect(Value.float(0.5).numberValue?.text == "0.5")
        #expect(Value.float(-.infinity).numberValue?.text == "-.inf")
        let literal: Value = [1, 2.5]
        #expect(literal == [.int(1), .float(2.5)])
        #expect(Value.int(42).intValue == 42)
        #expect(Value.float(2.5).doubleValue == 2.5)
        #expect(Value.string("42").intValue == nil)
    }

    /// Equality is about the data as written: `1.10` and `1.1` are different Values.
    @Test func equalityIsBySpelling() throws {
        #expect(try ReaderSupport.value("1.10") != ReaderSupport.value("1.1"))
        #expect(try ReaderSupport.value("0x1F") != ReaderSupport.value("31"))
        #expect(try ReaderSupport.value("1.10") == ReaderSupport.value("1.10"))
        #expect(Value.number(Number("1", kind: .float)!) != Value.int(1))
    }

    static let nfc = "caf\u{E9}"
    static let nfd = "cafe\u{301}"

    /// Strings and keys compare and hash by bytes: NFC and NFD are different (Swift's
    /// `String ==` calls them equal).
    @Test func stringsCompareByBytes() {
        #expect(Self.nfc == Self.nfd, "the premise: Swift's == is canonical equivalence")
        #expect(Value.string(Self.nfc) != Value.string(Self.nfd))
        #expect(Set([Value.string(Self.nfc), .string(Self.nfd)]).count == 2)
        #expect(Value.string("\u{212A}") != Value.string("K"))  // Kelvin sign
        let map: Value = .mapping([.init(key: .string(Self.nfc), value: 1), .init(key: .string(Self.nfd), value: 2)])
        #expect(map[Self.nfd] == 2)
        #expect(map[Self.nfc] == 1)
        #expect(!UTF8Text.equal(Self.nfc, Self.nfd))
        #expect(UTF8Text.less(Self.nfd, Self.nfc))  // "e" (0x65) before "é" (0xC3)
    }

    /// Equal Values hash equally; a Dictionary keyed by Values tells NFC from NFD.
    @Test func hashingAgreesWithEquality() throws {
        let a = try ReaderSupport.value("{n: 12345678901234567890, s: x, l: [1, 1.10]}")
        let b = try ReaderSupport.value("{n: 12345678901234567890, s: x, l: [1, 1.10]}")
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        var d: [Value: Int] = [:]
        d[.string(Self.nfc)] = 1
        d[.string(Self.nfd)] = 2
        #expect(d.count == 2)
        #expect(Set([Value.number(Number("1.10")!), .number(Number("1.1")!)]).count == 2)
    }

    /// Not indirect: a Value is held inline (17 bytes), not behind a box per scalar.
    @Test func valueIsLean() {
        #expect(MemoryLayout<Value>.size <= 17)
        #expect(MemoryLayout<Value.Entry>.stride <= 48)
    }
}
