import MSYAML

/// What the parser read from a command line: option values by name, and operands.
struct ParsedArguments: Sendable {
    /// Every option given, in command-line order; flags hold "true"/"false". A list, not
    /// a table: a command line holds a few options, and names compare as bytes.
    private var given: [(name: String, value: String)] = []
    /// Operands (files, folders, `-`), in order.
    var operands: [String] = []

    mutating func add(_ name: String, _ value: String) { given.append((name, value)) }

    /// The last value given for an option (later flags win, as in kubectl).
    func value(_ name: String) -> String? { given.last(where: { UTF8Text.equal($0.name, name) })?.value }

    /// Every value given for an option, in order.
    func all(_ name: String) -> [String] { given.filter { UTF8Text.equal($0.name, name) }.map(\.value) }

    func has(_ name: String) -> Bool { given.contains { UTF8Text.equal($0.name, name) } }

    /// A flag's value: nil when absent.
    func flag(_ name: String) -> Bool? {
        guard let v = value(name) else { return nil }
        return v == "true"
    }
}
