/// Choices for `YAMLEmitter`; the defaults give `kubectl get -o yaml` output.
public struct EmitterOptions: Sendable, Equatable {
    /// Sort mapping keys by the UTF-8 bytes of their text (kubectl does); otherwise keep
    /// each mapping's order.
    public var sortKeys: Bool

    public init(sortKeys: Bool = true) {
        self.sortKeys = sortKeys
    }
}
