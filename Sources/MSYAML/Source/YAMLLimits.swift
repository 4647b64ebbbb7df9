/// The resource caps a read enforces, so no input can exhaust the stack or memory.
///
/// The defaults are far above what any hand-written manifest needs and far below what
/// would hurt the machine: a 512-level document is already unreadable to people, and
/// a million alias-copied nodes is the point where a billion-laughs file is clearly
/// an attack rather than configuration.
public struct YAMLLimits: Sendable, Hashable {
    /// The deepest nesting of collections (block indentation levels or flow brackets).
    public var maxDepth: Int
    /// The total number of nodes that alias copies may add to a stream.
    public var maxAliasExpansion: Int
    /// The largest input accepted, in bytes.
    public var maxInputBytes: Int
    /// The longest scalar accepted, in source bytes: the reader stops at the limit
    /// instead of copying a huge scalar (an application reading Kubernetes objects,
    /// which must fit in etcd's 1.5 MiB, can set a few MiB).
    public var maxScalarBytes: Int

    public init(
        maxDepth: Int = 512, maxAliasExpansion: Int = 1_000_000, maxInputBytes: Int = 256 << 20,
        maxScalarBytes: Int = 256 << 20
    ) {
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
        self.maxInputBytes = maxInputBytes
        self.maxScalarBytes = maxScalarBytes
    }

    /// 512 levels, one million alias-copied nodes, 256 MiB of input and per scalar.
    public static let `default` = YAMLLimits()
}
