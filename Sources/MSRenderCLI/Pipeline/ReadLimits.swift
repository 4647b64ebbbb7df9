import MSYAML

/// Reader limits for Kubernetes manifests: the defaults, but no scalar over 3 MiB (an
/// object must fit etcd's 1.5 MiB request limit, so a longer string cannot be applied;
/// stopping early keeps a hostile 100 MB scalar from costing 100 MB twice).
enum ReadLimits {
    static let kubernetes = YAMLLimits(maxScalarBytes: 3 << 20)
}
