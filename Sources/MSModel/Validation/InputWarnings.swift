import MSYAML

/// The warnings of SPEC section 9 that the input alone decides: the document is valid
/// and renders, but probably not as its author meant.
enum InputWarnings {
    /// Connectors the default routing sidecar (v0.6.0) accepts; it exits on any other.
    static let knownConnectors = ["nixlv2", "shared-storage", "sglang"]

    static func check(_ spec: Value, _ checker: inout SchemaChecker) {
        let root = FieldPath("spec")
        let podMonitor = root.child("monitoring").child("podMonitor")
        if checker.isWritten(podMonitor) && !checker.isWritten(podMonitor.child("enabled")) {
            checker.warning(
                "podMonitor is set without \"enabled\", which defaults to false: no PodMonitor is rendered "
                    + "(add enabled: true to keep them)", podMonitor)
        }
        // The first entry is also the docker-config volume, where empty is an error (RenderValidator).
        for (i, secret) in (spec["model"]?["imagePullSecrets"]?.items ?? []).enumerated().dropFirst()
        where secret["name"]?.stringValue?.isEmpty ?? true {
            checker.warning(
                "an empty name refers to no Secret: the API server accepts it with the warning \"invalid empty "
                    + "name\"", root.child("model").child("imagePullSecrets").index(i).child("name"))
        }
        let hasProxy = spec["routingProxy"] != nil
        if spec["prefill"] != nil && !hasProxy {
            checker.warning(
                "prefill is set without routingProxy: decode pods get no routing sidecar to hand "
                    + "requests to the prefill pods", root.child("prefill"))
        }
        let accelerator = AcceleratorType(rawValue: spec["accelerator"]?["type"]?.stringValue ?? "")
        if let gpu = accelerator?.resourceName {
            for role in ["decode", "prefill"] {
                for list in ["limits", "requests"] {
                    guard spec[role]?["resources"]?[list]?[gpu] != nil else { continue }
                    checker.warning(
                        "\(gpu) is set by msrender to tensor x dataLocal parallelism; this value is overwritten",
                        root.child(role).child("resources").child(list).key(gpu))
                }
            }
        }
        let connectorPath = root.child("routingProxy").child("connector")
        if checker.isWritten(connectorPath), let connector = spec["routingProxy"]?["connector"]?.stringValue,
            !knownConnectors.contains(connector)
        {
            checker.warning(
                "connector \(DecodeMessages.quoted(connector)) is not one the default routing sidecar (v0.6.0) "
                    + "accepts (" + knownConnectors.joined(separator: ", ") + "); it logs an error and exits",
                connectorPath)
        }
        if let replicas = spec["inferencePool"]?["endpointPicker"]?["replicas"]?.intValue, replicas > 1 {
            checker.warning(
                "\(replicas) endpoint picker replicas: the EPP Deployment uses the Recreate strategy and only "
                    + "the leader is ready, so it never reports Available (GitOps health checks stay Progressing)",
                root.child("inferencePool").child("endpointPicker").child("replicas"))
        }
        if hasProxy, let data = spec["decode"]?["parallelism"]?["data"]?.intValue, data > 1 {
            checker.warning(
                "data parallelism \(data) with a routing proxy: the sidecar is not told the data-parallel "
                    + "size, so it proxies to rank 0 only",
                root.child("decode").child("parallelism").child("data"))
        }
    }
}
