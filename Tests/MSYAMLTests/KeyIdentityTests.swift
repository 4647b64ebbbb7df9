import Testing

@testable import MSYAML

/// Which keys YAML calls the same: the reader's duplicate check (with positions) and
/// `Value.keyIdentity`, which the writers share.
@Suite struct KeyIdentityTests {
    /// Two keys of one mapping that are duplicates, with the error's position and text.
    @Test(
        arguments: [
            ("a: 1\na: 2\n", "2:1", #"duplicate mapping key "a" (first at 1:1)"#),
            ("1: x\n0x1: y\n", "2:1", "duplicate mapping key 0x1 (first at 1:1)"),
            ("1: x\n+1: y\n", "2:1", "duplicate mapping key +1 (first at 1:1)"),
            ("1: x\n0o1: y\n", "2:1", "duplicate mapping key 0o1 (first at 1:1)"),
            ("15: x\n0o17: y\n", "2:1", "duplicate mapping key 0o17 (first at 1:1)"),
            ("1.10: x\n1.1: y\n", "2:1", "duplicate mapping key 1.1 (first at 1:1)"),
            ("100.0: x\n1e2: y\n", "2:1", "duplicate mapping key 1e2 (first at 1:1)"),
            ("0.0: x\n-0.0: y\n", "2:1", "duplicate mapping key -0.0 (first at 1:1)"),
            (".nan: x\n.NaN: y\n", "2:1", "duplicate mapping key .NaN (first at 1:1)"),
            (".inf: x\n+.INF: y\n", "2:1", "duplicate mapping key +.INF (first at 1:1)"),
            ("~: x\nnull: y\n", "2:1", "duplicate mapping key null (first at 1:1)"),
            ("true: x\nTrue: y\n", "2:1", "duplicate mapping key True (first at 1:1)"),
            (
                "12345678901234567890: x\n0xab54a98ceb1f0ad2: y\n", "2:1",
                "duplicate mapping key 0xab54a98ceb1f0ad2 (first at 1:1)"
            ),
            ("!!float 1: x\n1.0: y\n", "2:1", "duplicate mapping key 1.0 (first at 1:1)"),
            ("{a: 1, b: 2, 'a': 3}\n", "1:14", #"duplicate mapping key "a" (first at 1:2)"#),
        ] as [(String, String, String)])
    func duplicates(_ yaml: String, _ position: String, _ message: String) {
        let e = ReaderSupport.error(yaml)
        #expect(e?.message == message)
        #expect(e?.mark.description == position)
    }

    /// Keys YAML tells apart: different types, or different bytes.
    @Test(
        arguments: [
            "1: x\n\"1\": y\n", "1: x\n1.0: y\n", "true: x\n\"true\": y\n", "~: x\n\"\": y\n",
            "\"caf\u{E9}\": x\n\"cafe\u{301}\": y\n", "\"\u{212A}\": x\nK: y\n", "1e400: x\n1e401: y\n",
            "0x1F: x\n0x1E: y\n", "100: x\n1e2: y\n",
        ])
    func distinct(_ yaml: String) throws {
        #expect(ReaderSupport.error(yaml) == nil, "\(yaml.debugDescription)")
        guard case .mapping(let entries) = try ReaderSupport.value(yaml) else { return }
        #expect(entries.count == 2)
    }

    /// More than eight keys use the hashed set; it finds the same duplicates.
    @Test func manyKeys() {
        let keys = (0..<20).map { "k\($0): \($0)\n" }.joined()
        #expect(ReaderSupport.error(keys) == nil)
        let e = ReaderSupport.error(keys + "0x10: a\n16: b\n")
        #expect(e?.message == "duplicate mapping key 16 (first at 21:1)")
        #expect(ReaderSupport.error(keys + "\"caf\u{E9}\": 1\n\"cafe\u{301}\": 2\n") == nil)
    }

    /// The canonical forms behind the identity.
    @Test(
        arguments: [
            ("0x1F", "31"), ("-007", "-7"), ("-0", "0"), ("0o17", "15"), ("1.10", "11e-1"), ("100.0", "1e2"),
            ("-0.0", "0"), (".5e-3", "5e-4"), ("+1.5E3", "15e2"), ("-.inf", "-inf"), (".NaN", "nan"),
            ("0xab54a98ceb1f0ad2", "12345678901234567890"),
        ] as [(String, String)])
    func canonical(_ text: String, _ expected: String) throws {
        let v = try ReaderSupport.value(text)
        #expect(v.keyIdentity.numberValue?.text == expected)
    }

    /// Beyond the conversion limit a radix form is its own key, never a wrong one.
    @Test func hugeRadixFormsAreTheirOwnKeys() throws {
        let digits = String(repeating: "f", count: RadixDigits.maxDigits + 1)
        let v = try ReaderSupport.value("0x" + digits)
        #expect(v.keyIdentity.numberValue?.text == "~0x" + digits)
    }
}
