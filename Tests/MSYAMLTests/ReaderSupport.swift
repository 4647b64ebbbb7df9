import MSYAML
import Testing

/// Shared helpers for the reader tests.
enum ReaderSupport {
    /// The value of the only document of `text`.
    static func value(_ text: String) throws -> Value {
        let docs = try YAMLReader.read(text)
        guard docs.count == 1 else { throw ReaderTestError.documentCount(docs.count) }
        return try docs[0].root.toValue()
    }

    /// The number Value with exactly this text (and its own kind, or `kind`).
    static func number(_ text: String, kind: Number.Kind? = nil) -> Value {
        guard let n = Number(text, kind: kind) else { return .string("not a number: " + text) }
        return .number(n)
    }

    /// The error reading `text` (and converting it), or nil if it reads.
    static func error(_ text: String, limits: YAMLLimits = .default) -> YAMLError? {
        error(Array(text.utf8), limits: limits)
    }

    /// Expects reading `text` to fail at `position` ("line:column") with `message`.
    static func expectError(
        _ text: String, at position: String, _ message: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let e = error(text)
        #expect(e?.message == message, sourceLocation: sourceLocation)
        #expect(e?.mark.description == position, sourceLocation: sourceLocation)
    }

    static func error(_ bytes: [UInt8], limits: YAMLLimits = .default) -> YAMLError? {
        do {
            for d in try YAMLReader.read(bytes, limits: limits) { _ = try d.root.toValue() }
            return nil
        } catch {
            return error
        }
    }
}

enum ReaderTestError: Error {
    case documentCount(Int)
}
