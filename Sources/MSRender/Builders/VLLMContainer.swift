import MSModel
import MSYAML

/// The `vllm` container of a serving pod (SPEC 5.1).
///
/// Invariant: its `http` port is the port the InferencePool targets (or, behind the
/// routing proxy, the proxy's `--vllm-port`), and it mounts the volume the
/// model-unpack container fills.
enum VLLMContainer {
    static func build(_ ctx: RenderContext, _ role: Role) -> Value {
        let r = ctx.roleSpec(role) ?? RoleSpec()
        let port = ctx.vllmPort(role)
        let t = max(r.parallelism.tensor, 1)
        let d = max(r.parallelism.data, 1)
        let l = max(r.parallelism.dataLocal, 1)

        var args: [Value] = [
            .string(ctx.mountPath), "--port", .string(String(port)), "--served-model-name",
            .string(ctx.spec.model.name),
        ]
        if t > 1 { args += ["--tensor-parallel-size", .string(String(t))] }
        if d > 1 { args += ["--data-parallel-size", .string(String(d))] }
        if l > 1 { args += ["--data-parallel-size-local", .string(String(l))] }
        args += ctx.spec.engine.args.map { Value.string($0) }

        var env: [Value] = [
            Fragments.env("TP_SIZE", String(t)), Fragments.env("DP_SIZE", String(d)),
            Fragments.env("DP_SIZE_LOCAL", String(l)),
        ]
        env += ctx.spec.engine.env.map { Fragments.env($0) }

        var ports: [Value] = [Fragments.port("http", port)]
        if let nixl = ctx.nixlSideChannelPort, nixl != port {
            ports.append(Fragments.port("nixl-side", nixl))
        }

        // Keys in byte order, the writer's (it then need not sort them).
        var fields: [(String, Value)] = [
            ("args", .sequence(args)), ("command", ["vllm", "serve"]), ("env", .sequence(env)),
            ("image", .string(ctx.engineImage)),
        ]
        if let policy = ctx.spec.engine.imagePullPolicy, !policy.isEmpty {
            fields.append(("imagePullPolicy", .string(policy)))
        }
        fields += [
            ("name", "vllm"),
            ("ports", .sequence(ports)),
            ("resources", Fragments.resources(ctx.servingResources(role))),
            ("securityContext", Fragments.containerSecurityContext),
            (
                "volumeMounts",
                [["mountPath": .string(ctx.mountPath), "name": .string(Defaults.modelVolume), "readOnly": true]]
            ),
        ]
        return .object(fields)
    }
}
