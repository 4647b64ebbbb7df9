import Testing

@testable import MSYAML

/// The JSON writer against exact expected text.
@Suite struct JSONWriterTests {
    let tree: Value = [
        "b": [1, 2.5, true, nil, "s"], "a": ["y": [:], "x": []], "c": "q\"\\\n\u{1}é",
    ]

    @Test func pretty() throws {
        let expected = """
            {
              "a": {
                "x": [],
                "y": {}
              },
              "b": [
                1,
                2.5,
                true,
                null,
                "s"
              ],
              "c": "q\\"\\\\\\n\\u0001é"
            }
            """
        #expect(try JSONWriter.write(tree, pretty: true, sortKeys: true) == expected)
    }

    @Test func compactUnsorted() throws {
        let expected = #"{"b":[1,2.5,true,null,"s"],"a":{"y":{},"x":[]},"c":"q\"\\\n\u0001é"}"#
        #expect(try JSONWriter.write(tree, pretty: false, sortKeys: false) == expected)
    }

    @Test(
        arguments: [
            (1e-5, "1.0e-05"), (1e20, "1.0e+20"), (3.0, "3.0"),
            ("", #""""#), ([:], "{}"), ([], "[]"), (Value.int(Int.min), "-9223372036854775808"),
        ] as [(Value, String)])
    func scalars(_ v: Value, _ text: String) throws {
        #expect(try JSONWriter.write(v, pretty: true, sortKeys: true) == text)
    }

    /// Characters YAML forbids raw are escaped, so JSON output is also YAML.
    @Test func escapesYAMLNonPrintables() throws {
        let v: Value = "\u{7F}\u{85}\u{2028}\u{FEFF}\u{FFFE}\u{A0}é😀\t"
        let expected = #""\u007F\u0085\u2028\uFEFF\uFFFE\#u{A0}é😀\t""#
        #expect(try JSONWriter.write(v, pretty: false, sortKeys: false) == expected)
    }

    @Test func nonStringKeys() throws {
        let v: Value = .mapping([
            .init(key: 2, value: 0), .init(key: 1.5, value: 0), .init(key: true, value: 0),
            .init(key: nil, value: 0), .init(key: ["k": [1, "a"]], value: 0),
        ])
        let expected = #"{"1.5":0,"2":0,"null":0,"true":0,"{\"k\":[1,\"a\"]}":0}"#
        #expect(try JSONWriter.write(v, pretty: false, sortKeys: true) == expected)
    }

    @Test func deepTree() throws {
        var v: Value = 1
        for _ in 0..<5000 { v = ["k": [v]] }
        let text = try JSONWriter.write(v, pretty: false, sortKeys: true)
        #expect(text.utf8.count == 5000 * 8 + 1)
        #expect(text.contains(#"{"k":[1]}]}"#))
        var small: Value = 1
        for _ in 0..<2 { small = ["k": [small]] }
        #expect(try JSONWriter.write(small, pretty: false, sortKeys: true) == #"{"k":[{"k":[1]}]}"#)
    }
}
