import MSYAML
import Testing

/// UTF-8 only: a BOM is skipped, UTF-16/32 refused, malformed bytes reported with a position.
@Suite struct ReaderEncodingTests {
    @Test func bomIsSkipped() throws {
        let docs = try YAMLReader.read([0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8))
        #expect(try docs[0].root.toValue() == ["a": 1])
    }

    @Test(
        arguments: [
            ([0xFF, 0xFE, 0x61, 0x00], "UTF-16"),
            ([0xFE, 0xFF, 0x00, 0x61], "UTF-16"),
            ([0x61, 0x00, 0x3A, 0x00], "UTF-16"),
            ([0xFF, 0xFE, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00], "UTF-32"),
            ([0x00, 0x00, 0x00, 0x61], "UTF-32"),
        ] as [([UInt8], String)])
    func wideEncodingsAreRefused(_ bytes: [UInt8], _ name: String) {
        let e = ReaderSupport.error(bytes)
        #expect(e?.message == "the input is \(name); msrender reads UTF-8 only (convert it, e.g. with iconv -t UTF-8)")
        #expect(e?.mark.description == "1:1")
    }

    @Test(
        arguments: [
            (Array("a: b\nc: \u{e9}".utf8.dropLast()), "2:4"),  // truncated sequence
            (Array("a: ".utf8) + [0xC0, 0x80], "1:4"),  // overlong NUL
            (Array("ab".utf8) + [0xED, 0xA0, 0x80], "1:3"),  // surrogate
            (Array("x".utf8) + [0xFF], "1:2"),
        ] as [([UInt8], String)])
    func invalidUTF8(_ bytes: [UInt8], _ position: String) {
        let e = ReaderSupport.error(bytes)
        #expect(e?.message == "the input is not valid UTF-8")
        #expect(e?.mark.description == position)
    }

    @Test func controlCharactersAreRefused() {
        let e = ReaderSupport.error("a: b\u{7}\n")
        #expect(e?.message == "found the control character U+0007, which YAML does not allow")
        #expect(e?.mark.description == "1:5")
    }
}
