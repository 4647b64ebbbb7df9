import MSModel
import MSRender
import MSYAML
import Testing

@Suite struct ServingDeploymentTests {
    static func vllm(_ ms: ModelService, _ role: String = "decode", _ options: RenderOptions = RenderOptions())
        -> Value?
    {
        render(ms, options).first("Deployment", "m-" + role)?.body.at("spec.template.spec.containers[0]")
    }

    static func nixl(_ env: [EnvVar], port: Int = 8000) -> ModelService {
        makeService { $0.engine = EngineSpec(env: env, port: port) }
    }

    @Test(
        arguments: [
            ("5600", 5600), ("+5600", 5600), ("05600", 5600), ("65535", 65535), ("1", 1),
            ("5600x", nil), ("0", nil), ("70000", nil), ("-5600", nil), ("", nil), (" 5600", nil), ("5_600", nil),
            ("99999999999999999999", nil),
        ] as [(String, Int?)])
    func nixlPortParsing(value: String, port: Int?) throws {
        let ports = try #require(
            Self.vllm(Self.nixl([EnvVar(name: "VLLM_NIXL_SIDE_CHANNEL_PORT", value: value)]))?.at("ports"))
        if let port {
            #expect(ports.count == 2)
            #expect(ports.at("[1]") == ["name": "nixl-side", "containerPort": .int(port), "protocol": "TCP"])
        } else {
            #expect(ports.count == 1)
        }
    }

    @Test func nixlUsesFirstEntryOnly() throws {
        let ms = Self.nixl([
            EnvVar(name: "VLLM_NIXL_SIDE_CHANNEL_PORT", value: "bad"),
            EnvVar(name: "VLLM_NIXL_SIDE_CHANNEL_PORT", value: "5600"),
        ])
        #expect(Self.vllm(ms)?.at("ports")?.count == 1)
    }

    @Test func nixlWithValueFromIsIgnored() throws {
        let ms = Self.nixl([EnvVar(name: "VLLM_NIXL_SIDE_CHANNEL_PORT", valueFrom: ["fieldRef": ["fieldPath": "x"]])])
        #expect(Self.vllm(ms)?.at("ports")?.count == 1)
    }

    @Test func nixlDuplicateOfHTTPPortIsNotAdded() throws {
        let ms = Self.nixl([EnvVar(name: "VLLM_NIXL_SIDE_CHANNEL_PORT", value: "8000")])
        #expect(Self.vllm(ms)?.at("ports")?.count == 1)
    }

    @Test func nixlPortOnPrefillToo() throws {
        var ms = Self.nixl([EnvVar(name: "VLLM_NIXL_SIDE_CHANNEL_PORT", value: "5600")])
        ms.spec.prefill = RoleSpec()
        #expect(Self.vllm(ms, "prefill")?.at("ports[1].containerPort") == 5600)
    }

    @Test(arguments: [
        (AcceleratorType.nvidia, "nvidia.com/gpu"), (.amd, "amd.com/gpu"), (.intelGaudi, "habana.ai/gaudi"),
        (.google, "google.com/tpu"),
    ])
    func gpuCountPerAccelerator(type: AcceleratorType, resource: String) throws {
        let ms = makeService(accelerator: type) {
            $0.decode.parallelism = Parallelism(tensor: 2, data: 4, dataLocal: 3)
        }
        let r = try #require(Self.vllm(ms)?.at("resources"))
        #expect(
            r == [
                "limits": .object([(resource, Value.string("6"))]),
                "requests": .object([(resource, Value.string("6"))]),
            ])
    }

    @Test func cpuGetsNoGPU() throws {
        let ms = makeService(accelerator: .cpu) { $0.decode.parallelism = Parallelism(tensor: 2) }
        #expect(Self.vllm(ms)?.at("resources") == [:])
    }

    @Test func gpuOverridesUserValueAndKeepsOthers() throws {
        let q = { (s: String) in Quantity(canonical: s) }
        let ms = makeService {
            $0.decode.parallelism = Parallelism(tensor: 4)
            $0.decode.resources = ResourceRequirements(
                requests: [ResourceAmount(name: "cpu", quantity: q("2"))],
                limits: [
                    ResourceAmount(name: "nvidia.com/gpu", quantity: q("1")),
                    ResourceAmount(name: "memory", quantity: q("64Gi")),
                ])
        }
        let r = try #require(Self.vllm(ms)?.at("resources"))
        #expect(r["limits"] == ["nvidia.com/gpu": "4", "memory": "64Gi"])
        #expect(r["requests"] == ["cpu": "2", "nvidia.com/gpu": "4"])
    }

    @Test func parallelismArgsAndEnv() throws {
        let ms = makeService {
            $0.decode.parallelism = Parallelism(tensor: 2, data: 4, dataLocal: 2)
            $0.engine.args = ["--enforce-eager"]
            $0.engine.env = [EnvVar(name: "A", value: "b"), EnvVar(name: "EMPTY", value: "")]
        }
        let c = try #require(Self.vllm(ms))
        #expect(
            c.at("args")?.strings == [
                "/models", "--port", "8000", "--served-model-name", "org/model", "--tensor-parallel-size", "2",
                "--data-parallel-size", "4", "--data-parallel-size-local", "2", "--enforce-eager",
            ])
        #expect(c.at("env")?.sequenceNames == ["TP_SIZE", "DP_SIZE", "DP_SIZE_LOCAL", "A", "EMPTY"])
        #expect(c.at("env[1].value") == "4")
        #expect(c.at("env[4]") == ["name": "EMPTY"])
    }

    @Test func routingProxyOnlyOnDecode() throws {
        let ms = makeService {
            $0.prefill = RoleSpec()
            $0.routingProxy = RoutingProxySpec()
        }
        let out = render(ms)
        let decode = try #require(out.first("Deployment", "m-decode")?.body.at("spec.template.spec"))
        let prefill = try #require(out.first("Deployment", "m-prefill")?.body.at("spec.template.spec"))
        #expect(decode.at("initContainers")?.sequenceNames == ["model-unpack", "routing-proxy"])
        #expect(prefill.at("initContainers")?.sequenceNames == ["model-unpack"])
        #expect(decode.at("containers[0].ports[0].containerPort") == 8200)
        #expect(prefill.at("containers[0].ports[0].containerPort") == 8000)
        let proxy = try #require(decode.at("initContainers[1]"))
        #expect(
            proxy.at("args")?.strings == [
                "--port", "8000", "--vllm-port", "8200", "--connector", "nixlv2", "--secure-proxy=false",
            ])
        #expect(proxy.at("image") == "ghcr.io/llm-d/llm-d-routing-sidecar:v0.6.0")
        #expect(proxy.at("restartPolicy") == "Always")
        #expect(proxy.at("env") == nil)
    }

    @Test func routingProxyTracingEnv() throws {
        let ms = makeService { $0.routingProxy = RoutingProxySpec(prefillerUseTLS: false) }
        let options = RenderOptions(tracing: TracingOptions(enabled: true, otelExporterEndpoint: "http://o:4317"))
        let proxy = try #require(
            render(ms, options).first("Deployment", "m-decode")?.body.at("spec.template.spec.initContainers[1]"))
        #expect(proxy.at("args")?.strings.suffix(2) == ["--secure-proxy=false", "--prefiller-use-tls=false"])
        #expect(
            proxy.at("env")?.sequenceNames == [
                "OTEL_SERVICE_NAME", "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_TRACES_EXPORTER", "OTEL_TRACES_SAMPLER",
                "OTEL_TRACES_SAMPLER_ARG",
            ])
    }

    @Test func noKitImageMeansNoUnpack() throws {
        let spec = try #require(
            render(makeService(), RenderOptions(kitImage: "")).first("Deployment", "m-decode")?.body.at(
                "spec.template.spec"))
        #expect(spec.at("initContainers") == nil)
    }

    @Test func pullSecretsMountDockerConfig() throws {
        let ms = makeService {
            $0.model.imagePullSecrets = ["regcred", "other"]
            $0.model.mountPath = "/data"
        }
        let spec = try #require(render(ms).first("Deployment", "m-decode")?.body.at("spec.template.spec"))
        #expect(spec.at("imagePullSecrets") == [["name": "regcred"], ["name": "other"]])
        #expect(spec.at("volumes[2].secret.secretName") == "regcred")
        #expect(spec.at("initContainers[0].env")?.sequenceNames.last == "DOCKER_CONFIG")
        #expect(spec.at("initContainers[0].volumeMounts[2].mountPath") == "/.docker")
        #expect(spec.at("initContainers[0].volumeMounts[1].mountPath") == "/data")
        #expect(spec.at("containers[0].args[0]") == "/data")
    }

    @Test func optionalPodFieldsAppearOnlyWhenSet() throws {
        let plain = try #require(render(makeService()).first("Deployment", "m-decode")?.body)
        for key in ["imagePullSecrets", "nodeSelector", "tolerations"] {
            #expect(plain.at("spec.template.spec." + key) == nil)
        }
        #expect(plain.at("spec.template.metadata.annotations") == nil)
        #expect(plain.at("spec.template.spec.containers[0].imagePullPolicy") == nil)
        let ms = makeService {
            $0.decode.nodeSelector = [(key: "gpu", value: "a100")]
            $0.decode.tolerations = [["key": "gpu", "operator": "Exists"]]
            $0.decode.annotations = [(key: "team", value: "ml")]
            $0.engine.imagePullPolicy = "Always"
        }
        let set = try #require(render(ms).first("Deployment", "m-decode")?.body)
        #expect(set.at("spec.template.spec.nodeSelector") == ["gpu": "a100"])
        #expect(set.at("spec.template.spec.tolerations[0].operator") == "Exists")
        #expect(set.at("spec.template.metadata.annotations") == ["team": "ml"])
        #expect(set.at("spec.template.spec.containers[0].imagePullPolicy") == "Always")
    }

    @Test func podLabelsContainEverySelector() throws {
        let out = render(makeService { $0.prefill = RoleSpec() }, RenderOptions(versionLabel: "1.0"))
        let poolSelector = try #require(out.first("InferencePool")?.body.at("spec.selector.matchLabels"))
        for role in ["decode", "prefill"] {
            let dep = try #require(out.first("Deployment", "m-" + role)?.body)
            let pod = try #require(dep.at("spec.template.metadata.labels"))
            for selector in [dep.at("spec.selector.matchLabels"), poolSelector] {
                guard case .mapping(let entries)? = selector else { continue }
                for e in entries { #expect(pod[e.key.stringValue ?? ""] == e.value) }
            }
            #expect(pod["app.kubernetes.io/version"] == "1.0")
        }
    }

    @Test func namespaceFallsBackToSetting() throws {
        let out = render(makeService(namespace: nil), RenderOptions(namespace: "team-a"))
        #expect(out.allSatisfy { $0.namespace == "team-a" || $0.namespace == nil })
        #expect(
            render(makeService(namespace: nil), RenderOptions(namespace: "")).first("Service")?.namespace == "default")
    }
}
