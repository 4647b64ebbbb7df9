/// A problem in a YAML text, at a position, in plain words.
///
/// The message reads as the tail of a compiler diagnostic:
/// `ms.yaml:3:7: error: expected ':' after the mapping key "name"`.
public struct YAMLError: Error, Sendable, Equatable, CustomStringConvertible {
    public var mark: Mark
    public var message: String

    public init(_ message: String, at mark: Mark) {
        self.message = message
        self.mark = mark
    }

    public var description: String { "\(mark): \(message)" }
}
