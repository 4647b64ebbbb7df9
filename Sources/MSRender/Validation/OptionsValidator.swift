import MSModel

/// Checks the render settings that end up in objects (SPEC 2), for the CLI to report
/// as usage errors before any input is read.
extension RenderOptions {
    /// One message per invalid setting; empty when all are usable.
    public var problems: [String] {
        var out: [String] = []
        if !DNS.isLabelValue(versionLabel) {
            out.append(
                "version label \"\(versionLabel)\" is not a valid label value (at most 63 characters of "
                    + "[A-Za-z0-9_.-], starting and ending with an alphanumeric)")
        }
        if !namespace.isEmpty, !DNS.isDNS1123Label(namespace) {
            out.append("namespace \"\(namespace)\" is not a DNS-1123 label")
        }
        if !defaultGatewayName.isEmpty, !DNS.isDNS1123Subdomain(defaultGatewayName) {
            out.append("default gateway name \"\(defaultGatewayName)\" is not a DNS-1123 subdomain")
        }
        let images = [
            ("kit image", kitImage), ("default engine image", defaultEngineImage),
            ("default EPP image", defaultEPPImage), ("default routing proxy image", defaultRoutingProxyImage),
        ]
        for (what, image) in images {
            if let problem = ImageRules.problem(image) { out.append(what + ": " + problem) }
        }
        for flag in eppFlags where flag.key.isEmpty {
            out.append("EPP flag \"=\(flag.value)\" has an empty key")
        }
        return out
    }
}
