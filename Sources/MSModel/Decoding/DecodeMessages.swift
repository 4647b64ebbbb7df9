import MSYAML

/// Every message the decoder and the input checks raise, in one alphabetised place, so
/// wording stays consistent and reviewable.
public enum DecodeMessages {
    static func badTag(_ tag: String) -> String {
        "unsupported tag \(tag) (use a plain or quoted scalar)"
    }

    /// Two keys of a string map with the same text: `first` and `second` as written.
    static func duplicateKey(_ key: String, first: String, at mark: Mark, second: String) -> String {
        "duplicate key \(quoted(key)): \(first) (at \(mark)) and \(second) are the same key in a map of strings"
    }

    static func duplicateName(_ name: String, list: String) -> String {
        "duplicate \(list) entry \(quoted(name))"
    }

    /// A type error; `quoteHint` (the scalar's text) adds how to make it a string.
    static func expected(_ what: String, found: NodeReading, quoteHint: String? = nil) -> String {
        let message = "expected \(what), found \(found.described)"
        guard let text = quoteHint else { return message }
        return message + "; quote it to make it a string: \(quoted(text))"
    }

    static func invalidQuantity(_ error: QuantityError) -> String { error.message }

    static func mustBe(_ what: String, found: String) -> String {
        "must be \(what), found \(found)"
    }

    static func notOneOf(_ value: String, allowed: [String], suggestion: String?) -> String {
        let list = allowed.joined(separator: ", ")
        return "unsupported value \(quoted(value)): must be one of \(list)" + didYouMean(suggestion)
    }

    static func nonStringKey(found: NodeReading) -> String {
        "mapping keys must be strings, found \(found.described)"
    }

    static func outOfRange(_ text: String, range: ClosedRange<Int>) -> String {
        "\(clipped(text)) is out of range (\(range.lowerBound)...\(range.upperBound))"
    }

    static func required(_ name: String) -> String { "required field \(quoted(name)) is missing" }

    static func tooLong(max: Int, count: Int) -> String {
        "must be at most \(max) characters long, found \(count)"
    }

    static func tooShort(min: Int, count: Int) -> String {
        min == 1 ? "must not be empty" : "must be at least \(min) characters long, found \(count)"
    }

    static func tooLarge(max: Int, value: String) -> String { "must be at most \(max), found \(clipped(value))" }

    static func tooSmall(min: Int, value: String) -> String { "must be at least \(min), found \(clipped(value))" }

    static func unknownField(_ name: String, suggestion: String?) -> String {
        "unknown field \(quoted(name))" + didYouMean(suggestion)
    }

    static func yaml11Boolean(_ text: String) -> String {
        "\(quoted(text)) is a string here, but YAML 1.1 readers such as kubectl read it as a boolean; quote it"
    }

    static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Values longer than this are shown cut, with their length: a diagnostic must stay
    /// one readable line even for a 100 MB scalar.
    static let maxShown = 80

    /// A value in double quotes, with quotes, backslashes and control characters escaped,
    /// cut after `maxShown` characters.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        var shown = 0
        for u in s.unicodeScalars {
            shown += 1
            if shown > maxShown {
                return out + "\"... (\(s.unicodeScalars.count) characters)"
            }
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case _ where u.value < 0x20 || u.value == 0x7F:
                out += "\\u{" + String(u.value, radix: 16) + "}"
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }

    /// A number's text as written, cut like `quoted` when very long.
    static func clipped(_ s: String) -> String {
        s.unicodeScalars.count <= maxShown
            ? s : String(s.unicodeScalars.prefix(maxShown)) + "... (\(s.unicodeScalars.count) characters)"
    }
}

extension DecodeMessages {
    /// A field written in the wrong object; `holders` are the paths of the objects that
    /// have it (`""` is the top level).
    static func misplacedField(_ name: String, holders: [String]) -> String {
        let places = holders.map { $0.isEmpty ? "the top level" : $0 }
        let list =
            places.count < 2
            ? places.joined() : places.dropLast().joined(separator: ", ") + " or " + places[places.count - 1]
        let topLevel = holders.count == 1 && holders[0].isEmpty
        return "unknown field \(quoted(name)) here; it belongs \(topLevel ? "at" : "under") \(list)"
    }
}
