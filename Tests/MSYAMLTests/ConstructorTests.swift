import MSYAML
import Testing

/// Node to Value: core tags, the non-specific tag, unknown tags.
@Suite struct ConstructorTests {
    @Test(
        arguments: [
            ("!!str 12", Value.string("12")),
            ("!!int '12'", .int(12)),
            ("!!int 0x10", ReaderSupport.number("0x10")),
            ("!!float 1", ReaderSupport.number("1", kind: .float)),
            ("!!float 0o17", ReaderSupport.number("0o17", kind: .float)),
            ("!!bool \"true\"", .bool(true)),
            ("!!null ''", .null),
            ("! 12", .string("12")),
            ("!local 12", .int(12)),
            ("!local '12'", .string("12")),
            ("!<tag:yaml.org,2002:str> true", .string("true")),
            ("!!seq", .sequence([])),
            ("!!map {a: 1}", ["a": 1]),
            ("!!seq [1]", [1]),
            ("!custom {a: 1}", ["a": 1]),
            ("'null'", .string("null")),
            ("---", .null),
        ] as [(String, Value)])
    func tags(_ yaml: String, _ expected: Value) throws {
        #expect(try ReaderSupport.value(yaml) == expected)
    }

    @Test(
        arguments: [
            ("!!int 1.5", "1:1", "!!int expects an integer, found \"1.5\""),
            ("- !!float x", "1:3", "!!float expects a number, found \"x\""),
            ("!!null 0", "1:1", "!!null expects null, found \"0\""),
            ("!!str [a]", "1:1", "the tag !!str cannot be used on a sequence"),
            ("!!seq {a: 1}", "1:1", "the tag !!seq cannot be used on a mapping"),
            ("!!map x", "1:1", "the tag !!map needs a collection, but the node is a scalar"),
        ] as [(String, String, String)])
    func tagErrors(_ yaml: String, _ position: String, _ message: String) {
        let e = ReaderSupport.error(yaml)
        #expect(e?.message == message)
        #expect(e?.mark.description == position)
    }

    @Test func deepTreeConvertsWithoutRecursion() throws {
        // A programmatic tree deeper than the parser allows (deeper still would overflow the stack in Swift's own recursive deallocation).
        var node = Node(.scalar("x", .plain), mark: .start)
        for _ in 0..<1_000 { node = Node(.sequence([node]), mark: .start) }
        var v = try node.toValue()
        var depth = 0
        while case .sequence(let items) = v, let first = items.first {
            v = first
            depth += 1
        }
        #expect(depth == 1_000)
    }
}
