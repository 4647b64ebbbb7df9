/// What the parser read from a command line: option values by name, and operands.
struct ParsedArguments: Sendable {
    /// Every value given for each option, in order; flags hold "true"/"false".
    private(set) var values: [String: [String]] = [:]
    /// Operands (files, folders, `-`), in order.
    var operands: [String] = []

    mutating func add(_ name: String, _ value: String) { values[name, default: []].append(value) }

    /// The last value given for an option (later flags win, as in kubectl).
    func value(_ name: String) -> String? { values[name]?.last }

    func all(_ name: String) -> [String] { values[name] ?? [] }

    func has(_ name: String) -> Bool { values[name] != nil }

    /// A flag's value: nil when absent.
    func flag(_ name: String) -> Bool? {
        guard let v = value(name) else { return nil }
        return v == "true"
    }
}
