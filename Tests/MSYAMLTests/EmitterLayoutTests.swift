import Testing

@testable import MSYAML

/// The emitter's layout against exact expected text (kubectl `get -o yaml` style).
@Suite struct EmitterLayoutTests {
    @Test func kubectlLayout() throws {
        let pod: Value = [
            "kind": "Pod",
            "apiVersion": "v1",
            "metadata": ["name": "web", "labels": [:], "annotations": nil],
            "spec": [
                "containers": [
                    ["name": "c", "args": ["--port", "8080"], "ports": [["containerPort": 80]]],
                    ["name": "d", "env": []],
                ]
            ],
        ]
        let expected = """
            apiVersion: v1
            kind: Pod
            metadata:
              annotations: null
              labels: {}
              name: web
            spec:
              containers:
              - args:
                - --port
                - "8080"
                name: c
                ports:
                - containerPort: 80
              - env: []
                name: d

            """
        #expect(try YAMLEmitter.emit(pod) == expected)
    }

    @Test func keepsOrderWhenNotSorting() throws {
        let v: Value = ["b": 1, "a": 2]
        #expect(try YAMLEmitter.emit(v, options: .init(sortKeys: false)) == "b: 1\na: 2\n")
        #expect(try YAMLEmitter.emit(v) == "a: 2\nb: 1\n")
    }

    @Test func sortsByBytesNotByUnicodeRules() throws {
        let v: Value = ["é": 1, "Z": 2, "a": 3, "_": 4, "A": 5]
        #expect(try YAMLEmitter.emit(v) == "A: 5\nZ: 2\n_: 4\na: 3\né: 1\n")
    }

    @Test func nestedSequences() throws {
        let v: Value = [[1, 2], [], [[3]], ["k": [4]]]
        let expected = """
            - - 1
              - 2
            - []
            - - - 3
            - k:
              - 4

            """
        #expect(try YAMLEmitter.emit(v) == expected)
    }

    @Test(
        arguments: [
            (Value.null, "null\n"), (true, "true\n"), (false, "false\n"), (0, "0\n"),
            (-42, "-42\n"), (Value.int(Int.min), "-9223372036854775808\n"),
            (Value.int(Int.max), "9223372036854775807\n"), (1.5, "1.5\n"), (3.0, "3.0\n"),
            (-0.0, "-0.0\n"), (1e20, "1.0e+20\n"), (1e-5, "1.0e-05\n"),
            (1.2345678901234568e+20, "1.2345678901234568e+20\n"), (Value.float(.infinity), ".inf\n"),
            (Value.float(-.infinity), "-.inf\n"), (Value.float(.nan), ".nan\n"), ("", "\"\"\n"),
            ([:], "{}\n"), ([], "[]\n"),
        ] as [(Value, String)])
    func rootScalars(value: Value, text: String) throws {
        #expect(try YAMLEmitter.emit(value) == text)
    }

    @Test func literalBlocks() throws {
        let v: Value = [
            "clip": "a\nb\n", "strip": "a\n\nb", "keep": "a\n\n\n", "lead": "  x\ny\n",
            "tab": "\tx\ny", "empty1": "\na",
        ]
        let expected = """
            clip: |
              a
              b
            empty1: |2-

              a
            keep: |+
              a


            lead: |2
                x
              y
            strip: |-
              a

              b
            tab: |2-
              \tx
              y

            """
        #expect(try YAMLEmitter.emit(v) == expected)
    }

    @Test func literalInSequencesAndRoot() throws {
        #expect(try YAMLEmitter.emit(["a\nb"]) == "- |-\n  a\n  b\n")
        #expect(try YAMLEmitter.emit([["k": [" a\nb\n"]]]) == "- k:\n  - |2\n     a\n    b\n")
        #expect(try YAMLEmitter.emit("a\nb\n") == "|\n  a\n  b\n")
        // At the root an indentation indicator is ambiguous between readers: quote.
        #expect(try YAMLEmitter.emit(" a\nb") == "\" a\\nb\"\n")
    }

    @Test func blankBeforeLineBreakIsQuoted() throws {
        #expect(try YAMLEmitter.emit(["k": "a \nb"]) == "k: \"a \\nb\"\n")
        #expect(try YAMLEmitter.emit(["k": "a\nb "]) == "k: \"a\\nb \"\n")
        #expect(try YAMLEmitter.emit(["k": "a\n  \nb"]) == "k: \"a\\n  \\nb\"\n")
        #expect(try YAMLEmitter.emit(["k": "\n\n"]) == "k: \"\\n\\n\"\n")
        #expect(try YAMLEmitter.emit(["k": "a\r\nb"]) == "k: \"a\\r\\nb\"\n")
    }

    @Test func nonStringKeys() throws {
        let v: Value = .mapping([
            .init(key: 1, value: "one"), .init(key: true, value: "t"), .init(key: nil, value: 0),
            .init(key: 2.5, value: "f"), .init(key: "yes", value: "s"),
        ])
        #expect(
            try YAMLEmitter.emit(v, options: .init(sortKeys: false))
                == "1: one\ntrue: t\nnull: 0\n2.5: f\n\"yes\": s\n")
        #expect(try YAMLEmitter.emit(v) == "1: one\n2.5: f\nnull: 0\ntrue: t\n\"yes\": s\n")
    }

    @Test func collectionKeysUseExplicitSyntax() throws {
        let v: Value = .mapping([
            .init(key: [1, 2], value: ["a": 1, "b": [3]]),
            .init(key: ["k": "v"], value: [4, 5]),
            .init(key: [], value: "e"),
            .init(key: "z", value: 1),
        ])
        let expected = """
            z: 1
            ? - 1
              - 2
            : a: 1
              b:
              - 3
            ? k: v
            : - 4
              - 5
            ? []
            : e

            """
        #expect(try YAMLEmitter.emit(v) == expected)
    }

    @Test func longKeysUseExplicitSyntax() throws {
        let key = String(repeating: "k", count: 1001)
        #expect(try YAMLEmitter.emit(["a": [key: 1]]) == "a:\n  ? \(key)\n  : 1\n")
        let short = String(repeating: "k", count: 1000)
        #expect(try YAMLEmitter.emit([short: 1]) == "\(short): 1\n")
    }

    @Test func multiLineKeysAreDoubleQuoted() throws {
        #expect(try YAMLEmitter.emit(["a\nb": 1]) == "\"a\\nb\": 1\n")
    }

    @Test func deepTreeDoesNotRecurse() throws {
        var v: Value = "leaf"
        for _ in 0..<5000 { v = ["k": v] }
        let text = try YAMLEmitter.emit(v)
        #expect(text.hasSuffix("k: leaf\n"))
        var s: Value = 1
        for _ in 0..<5000 { s = [s] }
        #expect(try YAMLEmitter.emit(s).hasSuffix("- 1\n"))
    }

    @Test func appendsToBuffer() throws {
        var out = Array("---\n".utf8)
        try YAMLEmitter.emit(["a": 1], into: &out)
        #expect(String(decoding: out, as: UTF8.self) == "---\na: 1\n")
    }
}
