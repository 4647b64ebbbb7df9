/// A command line msrender cannot act on; printed as `msrender: error: ...`, exit 2.
struct UsageError: Error, Sendable, Equatable {
    var message: String
    /// The command whose help to point at (`msrender help build`).
    var command: String?

    init(_ message: String, command: String? = nil) {
        self.message = message
        self.command = command
    }
}
