import MSYAML

/// The schema rules of the HTTPRoute (gateway.networking.k8s.io v1.4.1) and PodMonitor
/// (monitoring.coreos.com v0.90.1) CRDs on the fields msrender copies from
/// `spec.httpRoute` and `spec.monitoring.podMonitor`: the ModelService CRD does not
/// repeat them, so the API server would accept the ModelService and reject the objects.
public enum RouteMonitorRules {
    /// HTTPRoute `spec.hostnames`: at most this many.
    public static let maxHostnames = 16
    /// A hostname, and a parentRef name: at most this many characters.
    public static let maxNameLength = 253
    /// A parentRef namespace: at most this many characters.
    public static let maxNamespaceLength = 63

    static func check(_ spec: Value, _ checker: inout SchemaChecker) {
        let route = FieldPath("spec").child("httpRoute")
        if let gateway = spec["httpRoute"]?["gatewayRef"] {
            let path = route.child("gatewayRef")
            if let name = gateway["name"]?.stringValue, name.unicodeScalars.count > maxNameLength {
                checker.error(Message.tooLong("parentRefs[].name", maxNameLength, name), path.child("name"))
            }
            // Empty means "the ModelService's namespace": the builder leaves it out.
            if let ns = gateway["namespace"]?.stringValue, !ns.isEmpty {
                checkNamespace(ns, at: path.child("namespace"), &checker)
            }
        }
        let hostnames = spec["httpRoute"]?["hostnames"]?.items ?? []
        if hostnames.count > maxHostnames {
            checker.error(Message.tooManyHostnames(hostnames.count), atKeyOf: route.child("hostnames"))
        }
        for (i, item) in hostnames.enumerated() {
            guard let host = item.stringValue else { continue }
            let path = route.child("hostnames").index(i)
            if host.isEmpty {
                checker.error("must not be empty: an HTTPRoute hostname has at least 1 character", path)
            } else if host.unicodeScalars.count > maxNameLength {
                checker.error(Message.tooLong("hostnames[]", maxNameLength, host), path)
            } else if !CRDPatterns.isHostname(host) {
                checker.error(Message.hostname(host), path)
            }
        }
        checkPodMonitor(spec, &checker)
    }

    private static func checkNamespace(_ ns: String, at path: FieldPath, _ checker: inout SchemaChecker) {
        let bytes = Array(ns.utf8)[...]
        if ns.unicodeScalars.count > maxNamespaceLength {
            checker.error(Message.tooLong("parentRefs[].namespace", maxNamespaceLength, ns), path)
        } else if !CRDPatterns.isLabel(bytes) {
            checker.error(Message.namespace(ns), path)
        }
    }

    /// Only an enabled podMonitor renders PodMonitors; an empty interval gives the default.
    private static func checkPodMonitor(_ spec: Value, _ checker: inout SchemaChecker) {
        guard let monitor = spec["monitoring"]?["podMonitor"], monitor["enabled"]?.boolValue == true,
            let interval = monitor["interval"]?.stringValue, !CRDPatterns.isDuration(interval)
        else { return }
        let path = FieldPath("spec").child("monitoring").child("podMonitor").child("interval")
        checker.error(Message.duration(interval), path)
    }

    /// The texts, in the API server's terms (`should match '<pattern>'`).
    enum Message {
        static func tooLong(_ field: String, _ max: Int, _ value: String) -> String {
            "must be at most \(max) characters long, found \(value.unicodeScalars.count): the HTTPRoute's "
                + "\(field) holds at most \(max)"
        }

        static func tooManyHostnames(_ count: Int) -> String {
            "\(count) hostnames: an HTTPRoute has at most \(maxHostnames)"
        }

        static func hostname(_ host: String) -> String {
            "invalid hostname \(DecodeMessages.quoted(host)): an HTTPRoute hostname should match '"
                + CRDPatterns.hostname + "' (lowercase DNS labels, optionally after a leading '*.'; no port, "
                + "no trailing dot)"
        }

        static func namespace(_ ns: String) -> String {
            "invalid namespace \(DecodeMessages.quoted(ns)): an HTTPRoute parentRef namespace should match '"
                + CRDPatterns.namespace + "' (a lowercase DNS-1123 label)"
        }

        static func duration(_ interval: String) -> String {
            "invalid interval \(DecodeMessages.quoted(interval)): a PodMonitor interval should match '"
                + CRDPatterns.duration + "' (like 30s, 1m30s or 500ms)"
        }
    }
}
