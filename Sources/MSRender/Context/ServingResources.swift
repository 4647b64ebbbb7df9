import MSModel

extension RenderContext {
    /// The vLLM container's resources: the role's own, with the GPU count G written into
    /// both limits and requests under the accelerator's resource name. Validation and
    /// the Deployment builder both use this, so "request <= limit" is checked on what
    /// is written.
    public func servingResources(_ role: Role) -> ResourceRequirements {
        guard var resources = roleSpec(role)?.resources else { return ResourceRequirements() }
        let count = gpuCount(role)
        guard let gpu = gpuResourceName, count > 0 else { return resources }
        let amount = ResourceAmount(name: gpu, quantity: Quantity(count))
        resources.limits = Self.setting(amount, in: resources.limits ?? [])
        resources.requests = Self.setting(amount, in: resources.requests ?? [])
        return resources
    }

    /// Replaces the entries named like `amount` (keeping the first one's place) or appends.
    static func setting(_ amount: ResourceAmount, in list: [ResourceAmount]) -> [ResourceAmount] {
        var out: [ResourceAmount] = []
        var placed = false
        for entry in list {
            if entry.name == amount.name {
                if !placed { out.append(amount) }
                placed = true
            } else {
                out.append(entry)
            }
        }
        if !placed { out.append(amount) }
        return out
    }

    /// The NIXL side-channel port: the first `VLLM_NIXL_SIDE_CHANNEL_PORT` env entry's
    /// value when it is a base-10 integer (optional sign) in 1...65535, as Go's
    /// strconv.ParseInt reads it in the operator.
    public var nixlSideChannelPort: Int? {
        guard let entry = spec.engine.env.first(where: { $0.name == "VLLM_NIXL_SIDE_CHANNEL_PORT" }),
            let text = entry.value
        else { return nil }
        guard let port = Self.parseGoInt(text), port >= 1, port <= 65535 else { return nil }
        return port
    }

    /// Base-10 `[+-]?[0-9]+`, no spaces or underscores; nil when it does not fit an Int32.
    static func parseGoInt(_ text: String) -> Int? {
        var bytes = Array(text.utf8)[...]
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        guard !bytes.isEmpty else { return nil }
        var value = 0
        for b in bytes {
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(b - UInt8(ascii: "0"))
            if value > Int(Int32.max) + 1 { return nil }
        }
        value = negative ? -value : value
        guard value >= Int(Int32.min), value <= Int(Int32.max) else { return nil }
        return value
    }
}
