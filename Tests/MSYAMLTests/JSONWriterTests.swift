import Testing

@testable import MSYAML

/// The JSON writer against exact expected text.
@Suite struct JSONWriterTests {
    let tree: Value = [
        "b": [1, 2.5, true, nil, "s"], "a": ["y": [:], "x": []], "c": "q\"\\\n\u{1}é",
    ]

    @Test func pretty() {
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
        #expect(JSONWriter.write(tree, pretty: true, sortKeys: true) == expected)
    }

    @Test func compactUnsorted() {
        let expected = #"{"b":[1,2.5,true,null,"s"],"a":{"y":{},"x":[]},"c":"q\"\\\n\u0001é"}"#
        #expect(JSONWriter.write(tree, pretty: false, sortKeys: false) == expected)
    }

    @Test(arguments: [
        (Value.float(.nan), #"".nan""#), (Value.float(.infinity), #"".inf""#),
        (Value.float(-.infinity), #""-.inf""#), (1e-5, "1e-05"), (1e20, "1e+20"), (3.0, "3.0"),
        ("", #""""#), ([:], "{}"), ([], "[]"), (Value.int(Int.min), "-9223372036854775808"),
    ] as [(Value, String)])
    func scalars(_ v: Value, _ text: String) {
        #expect(JSONWriter.write(v, pretty: true, sortKeys: true) == text)
    }

    @Test func nonStringKeys() {
        let v: Value = .mapping([
            .init(key: 2, value: 0), .init(key: 1.5, value: 0), .init(key: true, value: 0),
            .init(key: nil, value: 0), .init(key: ["k": [1, "a"]], value: 0),
        ])
        let expected = #"{"1.5":0,"2":0,"null":0,"true":0,"{\"k\":[1,\"a\"]}":0}"#
        #expect(JSONWriter.write(v, pretty: false, sortKeys: true) == expected)
    }

    @Test func deepTree() {
        var v: Value = 1
        for _ in 0..<5000 { v = ["k": [v]] }
        let text = JSONWriter.write(v, pretty: false, sortKeys: true)
        #expect(text.utf8.count == 5000 * 8 + 1)
        #expect(text.contains(#"{"k":[1]}]}"#))
        var small: Value = 1
        for _ in 0..<2 { small = ["k": [small]] }
        #expect(JSONWriter.write(small, pretty: false, sortKeys: true) == #"{"k":[{"k":[1]}]}"#)
    }
}
