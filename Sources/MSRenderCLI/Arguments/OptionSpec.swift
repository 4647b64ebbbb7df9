/// One command-line option a command accepts, with its help text and an example.
struct OptionSpec: Sendable {
    enum Kind: Sendable {
        /// `--quiet`; also accepts `--quiet=true|false`.
        case flag
        /// `--namespace NS` or `--namespace=NS`.
        case value(placeholder: String)
        /// `--epp-flag K=V`, may be given many times.
        case repeated(placeholder: String)
    }

    var name: String
    var short: Character?
    var kind: Kind
    var help: String
    var example: String?

    init(_ name: String, short: Character? = nil, _ kind: Kind, help: String, example: String? = nil) {
        self.name = name
        self.short = short
        self.kind = kind
        self.help = help
        self.example = example
    }

    var takesValue: Bool {
        if case .flag = kind { return false }
        return true
    }

    /// `--namespace NS`, `-o, --output DIR`, as shown in help.
    var synopsis: String {
        var s = short.map { "-\($0), " } ?? ""
        s += "--\(name)"
        switch kind {
        case .flag: break
        case .value(let p), .repeated(let p): s += " \(p)"
        }
        return s
    }
}
