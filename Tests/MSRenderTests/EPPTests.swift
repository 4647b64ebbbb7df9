import MSModel
import MSRender
import MSYAML
import Testing

@Suite struct EPPTests {
    static func pool(replicas: Int = 1, port: Int = 9002, mode: FailureMode = .failOpen) -> ModelService {
        makeService {
            $0.inferencePool = InferencePoolSpec(
                endpointPicker: EndpointPickerSpec(replicas: replicas, port: port, failureMode: mode))
        }
    }

    @Test func failureModeWithoutPoolIsFailClose() throws {
        let pool = try #require(render(makeService()).first("InferencePool"))
        #expect(pool.body.at("spec.endpointPickerRef.failureMode") == "FailClose")
    }

    @Test(arguments: [(FailureMode.failOpen, "FailOpen"), (.failClose, "FailClose")])
    func failureModeWithPool(mode: FailureMode, text: String) throws {
        let pool = try #require(render(Self.pool(mode: mode)).first("InferencePool"))
        #expect(pool.body.at("spec.endpointPickerRef.failureMode") == .string(text))
        #expect(pool.body.at("spec.endpointPickerRef.group") == "")
    }

    @Test func customPortIsUsedEverywhere() throws {
        let out = render(Self.pool(port: 9100))
        let dep = try #require(out.first("Deployment", "m-epp"))
        let svc = try #require(out.first("Service"))
        let pool = try #require(out.first("InferencePool"))
        #expect(dep.body.at("spec.template.spec.containers[0].args")?.strings.contains("--grpc-port=9100") == true)
        #expect(dep.body.at("spec.template.spec.containers[0].ports[0].containerPort") == 9100)
        #expect(svc.body.at("spec.ports[0].port") == 9100)
        #expect(svc.body.at("spec.ports[0].targetPort") == 9100)
        #expect(pool.body.at("spec.endpointPickerRef.port.number") == 9100)
    }

    @Test func singleReplica() throws {
        let out = render(Self.pool(replicas: 1))
        let c = try #require(out.first("Deployment", "m-epp")?.body.at("spec.template.spec.containers[0]"))
        #expect(c.at("readinessProbe.grpc.service") == "inference-extension")
        #expect(c.at("livenessProbe.grpc.service") == "inference-extension")
        #expect(c.at("args")?.strings.contains("--ha-enable-leader-election") == false)
        #expect(out.first("Role")?.body.at("rules")?.count == 3)
    }

    @Test(arguments: [2, 3])
    func multipleReplicas(replicas: Int) throws {
        let out = render(Self.pool(replicas: replicas))
        let dep = try #require(out.first("Deployment", "m-epp"))
        let c = try #require(dep.body.at("spec.template.spec.containers[0]"))
        #expect(dep.body.at("spec.replicas") == .int(replicas))
        #expect(c.at("readinessProbe.grpc.service") == "readiness")
        #expect(c.at("livenessProbe.grpc.service") == "liveness")
        #expect(c.at("args")?.strings.contains("--ha-enable-leader-election") == true)
        let rules = try #require(out.first("Role")?.body.at("rules"))
        #expect(rules.count == 5)
        #expect(rules.at("[3].resources")?.strings == ["leases"])
        #expect(rules.at("[3].verbs")?.strings == ["get", "list", "watch", "create", "update", "patch", "delete"])
        #expect(rules.at("[4].resources")?.strings == ["events"])
        #expect(rules.at("[4].verbs")?.strings == ["create", "patch"])
    }

    @Test func zeroReplicasIsNotHA() throws {
        let dep = try #require(render(Self.pool(replicas: 0)).first("Deployment", "m-epp"))
        #expect(dep.body.at("spec.replicas") == 0)
        #expect(dep.body.at("spec.template.spec.containers[0].readinessProbe.grpc.service") == "inference-extension")
    }

    @Test func argsWithSettings() throws {
        let options = RenderOptions(
            metricsEndpointAuth: false,
            tracing: TracingOptions(enabled: true, otelExporterEndpoint: "http://otel:4317"),
            eppFlags: [
                (key: "v", value: "4"), (key: "kv-cache-usage-percentage-metric", value: "x"), (key: "v", value: "5"),
            ])
        let dep = try #require(render(makeService(), options).first("Deployment", "m-epp"))
        let args = dep.body.at("spec.template.spec.containers[0].args")?.strings
        #expect(
            args == [
                "--pool-name=m", "--pool-namespace=ns", "--pool-group=inference.networking.k8s.io",
                "--config-file=/config/default-plugins.yaml", "--grpc-port=9002", "--zap-encoder=json",
                "--tracing=true", "--metrics-endpoint-auth=false", "--kv-cache-usage-percentage-metric=x", "--v=5",
            ])
        let env = try #require(dep.body.at("spec.template.spec.containers[0].env"))
        #expect(
            env.sequenceNames == [
                "NAMESPACE", "POD_NAME", "OTEL_SERVICE_NAME", "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_TRACES_EXPORTER",
                "OTEL_RESOURCE_ATTRIBUTES_NODE_NAME", "OTEL_RESOURCE_ATTRIBUTES_POD_NAME", "OTEL_RESOURCE_ATTRIBUTES",
                "OTEL_TRACES_SAMPLER", "OTEL_TRACES_SAMPLER_ARG",
            ])
        #expect(env.at("[3].value") == "http://otel:4317")
        #expect(env.at("[5].valueFrom.fieldRef") == ["apiVersion": "v1", "fieldPath": "spec.nodeName"])
        #expect(env.at("[9].value") == "0.01")
    }

    @Test func tracingWithoutSamplerOmitsIt() throws {
        let options = RenderOptions(tracing: TracingOptions(enabled: true, sampler: "", samplerArg: ""))
        let env = try #require(
            render(makeService(), options).first("Deployment", "m-epp")?.body.at("spec.template.spec.containers[0].env")
        )
        #expect(env.sequenceNames.last == "OTEL_RESOURCE_ATTRIBUTES")
    }

    @Test func defaultResourcesWhenNoneGiven() throws {
        let c = try #require(
            render(Self.pool()).first("Deployment", "m-epp")?.body.at("spec.template.spec.containers[0]"))
        #expect(c.at("resources") == ["limits": ["memory": "16Gi"], "requests": ["cpu": "4", "memory": "8Gi"]])
        #expect(c.at("image") == "ghcr.io/llm-d/llm-d-inference-scheduler:v0.6.0")
    }

    @Test func givenResourcesReplaceDefaults() throws {
        let ms = makeService {
            $0.inferencePool = InferencePoolSpec(
                endpointPicker: EndpointPickerSpec(
                    resources: ResourceRequirements(limits: [
                        ResourceAmount(name: "cpu", quantity: Quantity(canonical: "2"))
                    ])))
        }
        let c = try #require(render(ms).first("Deployment", "m-epp")?.body.at("spec.template.spec.containers[0]"))
        #expect(c.at("resources") == ["limits": ["cpu": "2"]])
    }

    @Test func labelsAndSelectorsAgree() throws {
        let out = render(Self.pool(), RenderOptions(versionLabel: "v1.2"))
        let dep = try #require(out.first("Deployment", "m-epp"))
        let svc = try #require(out.first("Service"))
        let podLabels = try #require(dep.body.at("spec.template.metadata.labels"))
        for selector in [dep.body.at("spec.selector.matchLabels"), svc.body.at("spec.selector")] {
            guard case .mapping(let entries)? = selector else {
                Issue.record("no selector")
                continue
            }
            for e in entries { #expect(podLabels[e.key.stringValue ?? ""] == e.value) }
        }
        #expect(dep.body.at("metadata.labels")?["app.kubernetes.io/version"] == "v1.2")
        #expect(dep.body.at("spec.selector.matchLabels")?["app.kubernetes.io/version"] == nil)
        #expect(dep.body.at("spec.template.spec.serviceAccountName") == "m-epp")
    }
}

extension Value {
    /// The `name` of each entry of a sequence of mappings.
    var sequenceNames: [String] {
        guard case .sequence(let items) = self else { return [] }
        return items.compactMap { $0["name"]?.stringValue }
    }
}
