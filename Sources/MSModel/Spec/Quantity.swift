/// A Kubernetes resource quantity (`100m`, `1.5Gi`, `1e3`), kept in the API server's
/// canonical form. Placeholder interface: the model work fills in parsing.
public struct Quantity: Sendable, Hashable {
    /// The canonical text, as the API server writes it back (`1536Mi`, `500m`).
    public var canonical: String

    public init(canonical: String) { self.canonical = canonical }

    /// An integer quantity (a GPU count).
    public init(_ integer: Int) { self.canonical = String(integer) }
}
