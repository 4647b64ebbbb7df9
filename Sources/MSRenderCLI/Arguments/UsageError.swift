import MSModel

/// A command line msrender cannot act on; printed as `msrender: error: ...` with the
/// command's one-line usage, exit 2.
struct UsageError: Error, Sendable, Equatable {
    var message: String
    /// The command whose usage and help to point at (`msrender help build`); nil: msrender's.
    var command: String?

    init(_ message: String, command: String? = nil) {
        self.message = message
        self.command = command
    }

    /// `; did you mean 'build'?` when a candidate is near `name`, else nothing.
    static func didYouMean(_ name: String, in candidates: [String]) -> String {
        Suggestion.closest(to: name, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }
}
