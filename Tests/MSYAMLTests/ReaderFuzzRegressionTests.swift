import MSYAML
import Testing

/// Inputs the fuzzer (Fuzz/run-reader-fuzz.sh) found to crash or hang the reader, each
/// with what it used to do. Every one must now read or fail cleanly.
@Suite struct ReaderFuzzRegressionTests {
    @Test(
        arguments: [
            // Hung: a block scalar header at the end of the input rewound to the line start.
            ("--- |", [Value.string("")])
        ] as [(String, [Value])])
    func reads(_ yaml: String, _ expected: [Value]) throws {
        let docs = try YAMLReader.read(yaml)
        #expect(try docs.map { try $0.root.toValue() } == expected)
    }
}
