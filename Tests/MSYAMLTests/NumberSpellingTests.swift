import Testing

@testable import MSYAML

/// How the writers spell numbers read from a source: as written when every reader
/// agrees, else an exact respelling; JSON refuses what it cannot hold.
@Suite struct NumberSpellingTests {
    @Test(
        arguments: [
            // exact for YAML 1.1 and 1.2 readers: kept
            ("12345678901234567890", "12345678901234567890"), ("-12345678901234567890123", "-12345678901234567890123"),
            ("1.10", "1.10"), ("0x1F", "0x1F"), ("+12", "+12"), ("0", "0"), ("-0.5", "-0.5"), ("1.", "1."),
            ("1.5e+3", "1.5e+3"), (".inf", ".inf"), ("-.Inf", "-.Inf"), (".NaN", ".NaN"),
            ("3.14159265358979323846264338327950288", "3.14159265358979323846264338327950288"),
            // respelled: YAML 1.1 reads these differently (string, octal) or not as floats
            ("0o17", "15"), ("010", "10"), ("-007", "-7"), ("00", "0"), ("1e3", "1.0e+3"), ("1E3", "1.0E+3"),
            ("+1.5E3", "+1.5E+3"), (".5", "0.5"), ("-.5e-3", "-0.5e-3"),
            ("0o7777777777777777777777777", "37778931862957161709567"),
        ] as [(String, String)])
    func yaml(_ text: String, _ written: String) throws {
        #expect(try YAMLEmitter.emit(ReaderSupport.number(text)) == written + "\n")
    }

    /// Integer text under `!!float` is written so that it stays a float.
    @Test(arguments: [("1", "1.0"), ("-007", "-7.0"), ("0x10", "16.0"), ("0o17", "15.0")] as [(String, String)])
    func taggedFloats(_ text: String, _ written: String) throws {
        #expect(try YAMLEmitter.emit(ReaderSupport.number(text, kind: .float)) == written + "\n")
        #expect(
            try JSONWriter.write(ReaderSupport.number(text, kind: .float), pretty: false, sortKeys: false) == written)
    }

    @Test(
        arguments: [
            ("12345678901234567890", "12345678901234567890"), ("-12345678901234567890123", "-12345678901234567890123"),
            ("0x1F", "31"), ("0o17", "15"), ("0xab54a98ceb1f0ad2", "12345678901234567890"), ("+12", "12"),
            ("-007", "-7"), ("1.10", "1.10"), ("1e3", "1e3"), ("1E+3", "1E+3"), (".5", "0.5"), ("-.5", "-0.5"),
            ("+.5e-3", "0.5e-3"), ("1.", "1.0"), ("007.50", "7.50"), ("-0.0", "-0.0"),
            ("0x1FFFFFFFFFFFFFFFFFFF", "151115727451828646838271"),
        ] as [(String, String)])
    func json(_ text: String, _ written: String) throws {
        #expect(try JSONWriter.write(ReaderSupport.number(text), pretty: false, sortKeys: false) == written)
    }

    /// `.inf` and `.nan` have no JSON spelling: refused with the path, never a string.
    @Test(arguments: [".inf", "-.inf", ".NaN"])
    func jsonRefusesNonFinite(_ text: String) throws {
        let tree: Value = ["spec": ["list": [1, ReaderSupport.number(text)]]]
        var out: [UInt8] = Array("keep".utf8)
        #expect(
            throws: EmitError(
                "JSON has no number \(text); quote it to make it a string",
                steps: [.value(0), .value(0), .item(1)], path: "spec.list[1]")
        ) {
            try JSONWriter.write(tree, pretty: true, sortKeys: true, into: &out)
        }
        #expect(out == Array("keep".utf8), "nothing is appended on an error")
        // YAML can hold them.
        #expect(try YAMLEmitter.emit(ReaderSupport.number(text)) == text + "\n")
    }

    /// A radix form too long to convert is refused by JSON and kept as written by YAML.
    @Test func hugeRadixForms() throws {
        let text = "0x" + String(repeating: "F", count: RadixDigits.maxDigits + 1)
        #expect(throws: EmitError.self) {
            try JSONWriter.write(ReaderSupport.number(text), pretty: false, sortKeys: false)
        }
        #expect(try YAMLEmitter.emit(ReaderSupport.number(text)) == text + "\n")
        let fits = "0x" + String(repeating: "F", count: RadixDigits.maxDigits)
        let json = try JSONWriter.write(ReaderSupport.number(fits), pretty: false, sortKeys: false)
        #expect(json.utf8.count == 12_042)  // 16^10000 - 1 has 12,042 decimal digits
    }

    /// Conversion of the digits, cross-checked against UInt64 arithmetic.
    @Test(arguments: ["0", "1", "7", "10", "777", "1777777777777777777777", "ffffffffffffffff", "123456789abcdef"])
    func radixDigits(_ digits: String) {
        for radix in [8, 16] where digits.utf8.allSatisfy({ radix == 16 || NumberSyntax.isOctal($0) }) {
            guard let expected = UInt64(digits, radix: radix) else { continue }
            let got = Array(digits.utf8).withUnsafeBufferPointer { RadixDigits.decimal($0, 0..<$0.count, radix: radix) }
            #expect(got.map { String(decoding: $0, as: UTF8.self) } == String(expected), "\(digits) radix \(radix)")
        }
    }
}
