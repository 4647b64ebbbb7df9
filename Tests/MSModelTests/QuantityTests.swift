import Testing

@testable import MSModel

/// Quantity parsing and canonical form, including every row of SPEC section 1's table.
struct QuantityTests {
    static let canonicalTable: [(String, String)] = [
        // SPEC section 1, column 1
        ("100m", "100m"), ("0.5", "500m"), ("1000m", "1"), ("0.1", "100m"), ("1000", "1k"),
        ("1.5G", "1500M"), ("1.0", "1"), ("+5", "5"), ("0", "0"),
        // column 2
        ("1Ki", "1Ki"), ("1.5Ki", "1536"), ("0.5Ki", "512"), ("1024Mi", "1Gi"),
        ("1536Mi", "1536Mi"), ("1024Ti", "1Pi"), ("16Gi", "16Gi"), ("01", "1"), ("1024", "1024"),
        // column 3
        ("1e3", "1e3"), ("1E3", "1e3"), ("1.5e3", "1500"), ("12e-3", "12e-3"), ("1e9", "1e9"),
        ("0.0001", "100u"), ("1.1m", "1100u"), ("1.23456789", "1234567890n"),
        // more
        ("1.5Gi", "1536Mi"), ("2048Mi", "2Gi"), ("2000m", "2"), ("4096Mi", "4Gi"),
        ("8", "8"), ("-1", "-1"), ("-1.5", "-1500m"), ("-1Ki", "-1Ki"), ("0.1Ki", "102400m"),
        ("1.", "1"), (".5", "500m"), ("0.9n", "1n"), ("0.1n", "1n"), ("1.0000000001", "1000000001n"),
        ("-0.1n", "-1n"), ("1n", "1n"), ("1u", "1u"), ("1E", "1E"), ("1000E", "1e21"),
        ("1000P", "1E"), ("12345", "12345"), ("100k", "100k"), ("1e-12", "1e-9"), ("1e0", "1"),
        ("10e2", "1e3"), ("1e+3", "1e3"), ("0Ki", "0"), ("-0", "0"), ("0e7", "0"), ("000.000", "0"),
        ("8Ei", "9223372036854775807"), ("4Ei", "4Ei"), ("1023Ei", "9223372036854775807"),
        ("1.0001Ki", "1024102400u"), ("1e2147483647", "10e2147483646"),
        ("1e-2147483648", "1e-9"), ("18446744073709551616", "18446744073709551616"),
        ("100000000000000000000000", "100e21"),
    ]

    @Test(arguments: canonicalTable)
    func canonicalForm(input: String, expected: String) {
        let q = Quantity(parsing: input)
        #expect(q?.canonical == expected, "\(input)")
        // The canonical text reads back as the same value.
        if let q { #expect(Quantity(parsing: q.canonical) == q) }
    }

    static let invalid = [
        "16GB", "", "abc", "1e", "1.5.5", "Ki", "1 Ki", "1ki", "1K", "--1", "+", ".", "1e1.5",
        "1e99999999999", "0x10", "1_000", " 1", "1Mi ", "1i", "1Kii", "e3",
        // The Kelvin sign is not a K (canonically equivalent strings are not the same text).
        "1\u{212A}i",
    ]

    @Test(arguments: invalid)
    func rejects(input: String) {
        #expect(Quantity(parsing: input) == nil, "\(input)")
    }

    @Test func unknownSuffixMessage() {
        guard case .failure(let e) = Quantity.parse("16GB") else {
            Issue.record("16GB parsed")
            return
        }
        #expect(e.message.contains("unknown suffix \"GB\""))
    }

    static let ordered: [(String, String)] = [
        ("100m", "1"), ("1", "1001m"), ("1Ki", "1025"), ("1023", "1Ki"), ("-1", "0"), ("-2", "-1"),
        ("1Gi", "1.1G"), ("999E", "1e21"), ("1n", "1u"), ("1e-9", "2n"), ("8Gi", "16Gi"),
    ]

    @Test(arguments: ordered)
    func comparesValues(smaller: String, larger: String) throws {
        let a = try #require(Quantity(parsing: smaller))
        let b = try #require(Quantity(parsing: larger))
        #expect(a < b)
        #expect(!(b < a))
        #expect(a != b)
    }

    static let equal: [(String, String)] = [
        ("1Ki", "1024"), ("1000m", "1"), ("1e3", "1k"), ("0.5", "500m"), ("0", "-0Ki"), ("2Gi", "2048Mi"),
    ]

    @Test(arguments: equal)
    func equalValues(a: String, b: String) throws {
        #expect(try #require(Quantity(parsing: a)) == (try #require(Quantity(parsing: b))))
    }

    @Test func integers() {
        #expect(Quantity(2).canonical == "2")
        #expect(Quantity(1000).canonical == "1k")
        #expect(Quantity(-7).canonical == "-7")
        #expect(Quantity(Int.min).canonical == "-9223372036854775808")
        #expect(Quantity(8) == Quantity(canonical: "8"))
    }

    @Test func verbatimFallback() {
        let q = Quantity(canonical: "not-a-quantity")
        #expect(q.canonical == "not-a-quantity")
    }

    @Test func hugeInputDoesNotBlowUp() {
        let text = String(repeating: "9", count: 100_000) + "Ei"
        #expect(Quantity(parsing: text)?.canonical == "9223372036854775807")
        let small = "0." + String(repeating: "0", count: 100_000) + "1"
        #expect(Quantity(parsing: small)?.canonical == "1n")
    }
}
