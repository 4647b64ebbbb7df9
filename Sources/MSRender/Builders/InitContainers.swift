import MSModel
import MSYAML

/// The serving pod's init containers: model-unpack, then (decode only) the routing
/// proxy as a native sidecar (`restartPolicy: Always`).
///
/// Invariant: model-unpack writes to the `model` volume at M that vllm mounts
/// read-only; the proxy listens on P (the pool's target port) and forwards to the
/// vllm port.
enum InitContainers {
    static let unpackScript = """
        set -euo pipefail
        export KITOPS_HOME="${KITOPS_HOME:-/tmp/model-oci}"
        mkdir -p "$KITOPS_HOME"
        kit unpack "$OCI_MODEL_IMAGE" --plain-http -o -d "$MODEL_MOUNT_PATH"

        """

    static func build(_ ctx: RenderContext, _ role: Role) -> [Value] {
        var out: [Value] = []
        if let unpack = modelUnpack(ctx) { out.append(unpack) }
        if role == .decode, let proxy = routingProxy(ctx) { out.append(proxy) }
        return out
    }

    static func modelUnpack(_ ctx: RenderContext) -> Value? {
        let kit = ctx.kitImage
        let model = ctx.spec.model
        guard !kit.isEmpty else { return nil }
        let secrets = !model.imagePullSecrets.isEmpty
        var env: [Value] = [
            Fragments.env("OCI_MODEL_IMAGE", ctx.modelImage), Fragments.env("MODEL_MOUNT_PATH", ctx.mountPath),
            Fragments.env("KITOPS_HOME", Defaults.modelTmpMountPath),
        ]
        if secrets { env.append(Fragments.env("DOCKER_CONFIG", Defaults.dockerConfigMountPath)) }
        let mounts: [Value] = unpackMounts(ctx).map { m in
            var fields: [(String, Value)] = [("mountPath", .string(m.path)), ("name", .string(m.volume))]
            if m.readOnly { fields.append(("readOnly", true)) }
            return .object(fields)
        }
        return [
            "args": [.string(unpackScript)], "command": ["/bin/sh", "-c"], "env": .sequence(env),
            "image": .string(kit), "name": "model-unpack", "resources": [:],
            "securityContext": Fragments.containerSecurityContext, "volumeMounts": .sequence(mounts),
        ]
    }

    /// model-unpack's mounts in order: kit's cache, the model volume at M and, with pull
    /// secrets, the docker config. The validator checks that their paths differ.
    static func unpackMounts(_ ctx: RenderContext) -> [(volume: String, path: String, readOnly: Bool)] {
        var out = [
            (volume: Defaults.modelTmpVolume, path: Defaults.modelTmpMountPath, readOnly: false),
            (volume: Defaults.modelVolume, path: ctx.mountPath, readOnly: false),
        ]
        if !ctx.spec.model.imagePullSecrets.isEmpty {
            out.append((volume: Defaults.dockerConfigVolume, path: Defaults.dockerConfigMountPath, readOnly: true))
        }
        return out
    }

    static func routingProxy(_ ctx: RenderContext) -> Value? {
        guard let proxy = ctx.spec.routingProxy, let image = ctx.routingProxyImage else { return nil }
        var args: [Value] = [
            "--port", .string(String(ctx.enginePort)), "--vllm-port", .string(String(proxy.targetPort)),
            "--connector", .string(proxy.connector),
        ]
        if let x = proxy.zapEncoder, !x.isEmpty { args += ["--zap-encoder", .string(x)] }
        if let x = proxy.zapLogLevel, !x.isEmpty { args += ["--zap-log-level", .string(x)] }
        args.append(.string("--secure-proxy=\(proxy.secureProxy ?? false)"))
        if let tls = proxy.prefillerUseTLS { args.append(.string("--prefiller-use-tls=\(tls)")) }
        if let x = proxy.certPath, !x.isEmpty { args += ["--cert-path", .string(x)] }

        var fields: [(String, Value)] = [
            ("name", "routing-proxy"), ("image", .string(image)), ("args", .sequence(args)),
        ]
        let tracing = ctx.options.tracing
        if tracing.enabled {
            var env: [Value] = [
                Fragments.env("OTEL_SERVICE_NAME", "llm-d-routing-sidecar"),
                Fragments.env("OTEL_EXPORTER_OTLP_ENDPOINT", tracing.otelExporterEndpoint),
                Fragments.env("OTEL_TRACES_EXPORTER", "otlp"),
            ]
            if !tracing.sampler.isEmpty { env.append(Fragments.env("OTEL_TRACES_SAMPLER", tracing.sampler)) }
            if !tracing.samplerArg.isEmpty {
                env.append(Fragments.env("OTEL_TRACES_SAMPLER_ARG", tracing.samplerArg))
            }
            fields.append(("env", .sequence(env)))
        }
        fields += [
            ("ports", [Fragments.port("proxy", ctx.enginePort)]),
            ("restartPolicy", "Always"),
            ("resources", [:]),
            ("securityContext", Fragments.containerSecurityContext),
        ]
        return .object(fields)
    }
}
