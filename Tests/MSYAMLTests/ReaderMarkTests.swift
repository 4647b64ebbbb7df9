import MSYAML
import Testing

/// Nodes carry 1-based line and column marks, columns counted in Unicode scalars.
@Suite struct ReaderMarkTests {
    @Test func blockMarks() throws {
        let docs = try YAMLReader.read("name: web\nspec:\n  ports:\n    - 80\n")
        let root = docs[0].root
        #expect(root.mark.description == "1:1")
        guard case .mapping(let pairs) = root.content else { return }
        #expect(pairs[0].key.mark.description == "1:1")
        #expect(pairs[0].value.mark.description == "1:7")
        #expect(pairs[1].value.mark.description == "3:3")
        guard case .mapping(let spec) = pairs[1].value.content,
            case .sequence(let ports) = spec[0].value.content
        else { return }
        #expect(ports[0].mark.description == "4:7")
        #expect(ports[0].mark.offset == 31)
    }

    @Test func columnsCountScalarsNotBytes() throws {
        let docs = try YAMLReader.read("é😀: [ü, x]\n")
        guard case .mapping(let pairs) = docs[0].root.content,
            case .sequence(let items) = pairs[0].value.content
        else { return }
        #expect(pairs[0].value.mark.description == "1:5")
        #expect(items[1].mark.description == "1:9")
    }

    @Test func bomDoesNotShiftColumns() throws {
        let docs = try YAMLReader.read([0xEF, 0xBB, 0xBF] + Array("a: b".utf8))
        guard case .mapping(let pairs) = docs[0].root.content else { return }
        #expect(pairs[0].value.mark.description == "1:4")
    }

    @Test func crlfLines() throws {
        let docs = try YAMLReader.read("a: 1\r\nb: 2\r\n")
        guard case .mapping(let pairs) = docs[0].root.content else { return }
        #expect(pairs[1].value.mark.description == "2:4")
    }

    @Test func propertiesStartTheNode() throws {
        let docs = try YAMLReader.read("a: &x !!str v\n")
        guard case .mapping(let pairs) = docs[0].root.content else { return }
        #expect(pairs[0].value.mark.description == "1:4")
        #expect(pairs[0].value.anchor == "x")
        #expect(pairs[0].value.tag == Tag.str)
    }
}
