import MSYAML

/// An input object that is not a ModelService, copied into the output unchanged
/// (`--others=pass`): its node tree, written back with every scalar's text and style,
/// and the identity it is ordered and checked by.
public struct PassedObject: Sendable {
    /// The input's display name, for the `# Source:` line.
    public var source: String
    public var node: Node
    /// The object as data, for `--format json` (nil when only YAML is written).
    public var value: Value?
    public var apiVersion: String
    public var kind: String
    public var name: String
    /// `metadata.namespace` as written; nil when the object has none.
    public var namespace: String?

    public init(
        source: String, node: Node, value: Value?, apiVersion: String, kind: String, name: String, namespace: String?
    ) {
        self.source = source
        self.node = node
        self.value = value
        self.apiVersion = apiVersion
        self.kind = kind
        self.name = name
        self.namespace = namespace
    }

    /// The API group: `apiVersion` before its `/`, empty for the core group (`v1`).
    public var group: Substring { Self.group(of: apiVersion) }

    public static func group(of apiVersion: String) -> Substring {
        guard let slash = apiVersion.utf8.firstIndex(of: UInt8(ascii: "/")) else { return "" }
        return Substring(apiVersion[..<slash])
    }

    /// `Kind name` or `Kind namespace/name`, as messages name the object.
    public var displayName: String { "\(kind) \(namespace.map { $0 + "/" } ?? "")\(name)" }
}

/// Where passed objects go among the rendered ones (SPEC 6, README "--others").
///
/// The rendered objects stay one block in exactly the order they have without passed
/// objects. Passed objects of the kinds workloads may need (`InstallOrder.precedesWorkloads`:
/// namespaces, CRDs, quotas, storage, ServiceAccounts, Secrets, ConfigMaps, RBAC,
/// Services) come before that block, all others (workloads, custom resources, unknown
/// kinds, webhook configurations) after it; each group sorted by apply order, then kind,
/// group, namespace (none first), name and input file, all as bytes.
public enum PassOrder {
    public static func split(_ objects: [PassedObject]) -> (before: [PassedObject], after: [PassedObject]) {
        let sorted = objects.enumerated().sorted { l, r in
            let c = compare(l.element, r.element)
            return c != 0 ? c < 0 : l.offset < r.offset
        }.map(\.element)
        return (
            sorted.filter { InstallOrder.precedesWorkloads($0.kind) },
            sorted.filter { !InstallOrder.precedesWorkloads($0.kind) }
        )
    }

    private static func compare(_ a: PassedObject, _ b: PassedObject) -> Int {
        let (ra, rb) = (InstallOrder.rank(of: a.kind), InstallOrder.rank(of: b.kind))
        if ra != rb { return ra < rb ? -1 : 1 }
        for (x, y) in [
            (a.kind, b.kind), (String(a.group), String(b.group)), (a.namespace ?? "", b.namespace ?? ""),
            (a.name, b.name), (a.source, b.source),
        ] {
            let c = UTF8Text.compare(x, y)
            if c != 0 { return c }
        }
        return 0
    }
}
