import Testing

@testable import MSYAML

/// The reader's shortcuts against the general code they stand in for.
@Suite struct ReaderShortcutTests {
    /// `Constructor.plain` skips the resolver for text that can only be a string or a
    /// number; it must agree with `Resolver.resolvePlain` everywhere.
    @Test(arguments: [
        "null", "Null", "NULL", "nulL", "nUll", "nul", "nulls", "true", "True", "TRUE", "tRue", "trUe", "tru",
        "trues", "false", "False", "FALSE", "fAlse", "falsy", "fals", "name", "nope", "fast", "Fals", "tr", "n",
        "t", "f", "F", "N", "T", "nana", "tara", "faaaa", "1", "-", ".", "+", "+1", "-1", ".5", "1.", ".inf",
        "-.inf", "+.Inf", ".nan", ".NaN", "1e3", "0x1F", "0o17", "-x", "1a", "0.", "-.", "~", "~x", "",
    ])
    func plainAgreesWithResolver(_ text: String) {
        #expect(Constructor.plain(text) == Resolver.resolvePlain(text), "\(text)")
    }

    /// `Constructor.mayResolve` is false only for first bytes after which `plain` gives a
    /// string whatever follows.
    @Test func mayResolveIsFalseOnlyForStrings() {
        for c in 0x21...0x7E {
            for rest in ["", "1", "ull", "rue", "alse", "x", ".5", "0", "e3", "inf", " a"] {
                let text = String(UnicodeScalar(UInt8(c))) + rest
                if !Constructor.mayResolve(first: UInt8(c)) {
                    #expect(Constructor.plain(text) == .string(text), "\(text)")
                    #expect(Resolver.resolvePlain(text) == .string(text), "\(text)")
                }
            }
        }
    }

    /// The input check tests 8 bytes at a time: a bad byte is found, at its column,
    /// wherever it falls in a word.
    @Test(arguments: [0x01, 0x08, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xFF] as [UInt8])
    func badByteAtEveryOffset(_ bad: UInt8) {
        for k in 0..<20 {
            var bytes = Array(repeating: UInt8(ascii: "a"), count: 24)
            bytes.insert(contentsOf: "k: ".utf8, at: 0)
            bytes[3 + k] = bad
            bytes.append(0x0A)
            do {
                _ = try YAMLReader.read(bytes)
                Issue.record("byte \(bad) at \(k) was accepted")
            } catch {
                #expect(error.mark.line == 1 && error.mark.column == 4 + k, "byte \(bad) at \(k): \(error.mark)")
            }
        }
    }

    /// The 8-byte test judges every byte as the byte-by-byte test does, whatever its
    /// neighbours (a line feed, a byte that borrows, one with the high bit).
    @Test func wordCheckAgreesWithByteCheck() {
        func printable(_ c: UInt8) -> Bool { (c >= 0x20 && c < 0x7F) || c == 0x0A }
        for neighbour: UInt8 in [0x61, 0x0A, 0x20, 0x7E, 0x7F, 0x80, 0xFF, 0x0B, 0x09, 0x01, 0x00, 0x1F, 0x21] {
            for v in 0...255 {
                for k in 0..<8 {
                    var word = [UInt8](repeating: neighbour, count: 8)
                    word[k] = UInt8(v)
                    let expected = word.allSatisfy(printable)
                    let got = word.withUnsafeBufferPointer { InputCheck.isPrintableASCII8($0, at: 0) }
                    #expect(got == expected, "byte \(v) at \(k) among \(neighbour)")
                }
            }
        }
    }

    /// Printable ASCII, tabs and line breaks in every position of a word still read.
    @Test func printableTextReads() throws {
        let text = "a: \"x\ty ~}{|\u{7E}\"\nb: [1, 2]  \t# note\nc: 3\r\n"
        let docs = try YAMLReader.read(text)
        #expect(try docs.map { try $0.root.toValue() } == [["a": "x\ty ~}{|~", "b": [1, 2], "c": 3]])
    }
}
