import MSModel
import MSRender
import Testing

/// When each optional object exists (SPEC 5.2-5.6).
@Suite struct ConditionalObjectsTests {
    static let withPool = makeService { $0.inferencePool = InferencePoolSpec() }
    static let withoutPool = makeService()

    @Test func alwaysRenderedWithoutPool() {
        let kinds = render(Self.withoutPool).kinds
        #expect(
            kinds == [
                "ServiceAccount", "ConfigMap", "Role", "RoleBinding", "Service", "Deployment", "Deployment",
                "DestinationRule", "HTTPRoute", "InferencePool", "PodMonitor",
            ])
    }

    @Test(arguments: [
        (Provider.istio, true, true, true), (.none, true, true, true), (.gke, true, false, true),
        (.istio, false, false, false), (.gke, false, false, false),
    ])
    func secretAndClusterRBACWithPool(provider: Provider, auth: Bool, secret: Bool, clusterRBAC: Bool) {
        let out = render(Self.withPool, RenderOptions(provider: provider, metricsEndpointAuth: auth))
        #expect((out.first("Secret") != nil) == secret)
        #expect((out.first("ClusterRole") != nil) == clusterRBAC)
        #expect((out.first("ClusterRoleBinding") != nil) == clusterRBAC)
    }

    @Test func noSecretOrClusterRBACWithoutPool() {
        let out = render(Self.withoutPool)
        #expect(out.first("Secret") == nil)
        #expect(out.first("ClusterRole") == nil)
        #expect(out.first("ClusterRoleBinding") == nil)
    }

    @Test func secretContents() throws {
        let s = try #require(render(Self.withPool).first("Secret"))
        #expect(s.name == "m-epp-sa-metrics-reader-secret")
        #expect(s.body.at("metadata.annotations")?["kubernetes.io/service-account.name"] == "m-epp")
        #expect(s.body["type"] == "kubernetes.io/service-account-token")
    }

    @Test func clusterRBACIsClusterScopedAndNamedWithNamespace() throws {
        let out = render(Self.withPool)
        let role = try #require(out.first("ClusterRole"))
        let binding = try #require(out.first("ClusterRoleBinding"))
        #expect(role.name == "ns-m-epp" && role.namespace == nil)
        #expect(role.body.at("metadata.namespace") == nil)
        #expect(binding.body.at("roleRef.name") == "ns-m-epp")
        #expect(binding.body.at("subjects[0].name") == "m-epp")
        #expect(binding.body.at("subjects[0].namespace") == "ns")
        #expect(role.body.at("rules[2].nonResourceURLs")?.strings == ["/metrics"])
    }

    @Test(arguments: [(Provider.istio, true), (.gke, false), (.none, false)])
    func destinationRuleOnlyWithIstio(provider: Provider, exists: Bool) {
        let out = render(Self.withoutPool, RenderOptions(provider: provider))
        #expect((out.first("DestinationRule") != nil) == exists)
    }

    @Test func destinationRuleHost() throws {
        let dr = try #require(render(Self.withoutPool).first("DestinationRule"))
        #expect(dr.body.at("spec.host") == "m-epp.ns.svc.cluster.local")
        #expect(dr.body.at("spec.trafficPolicy.tls.insecureSkipVerify") == true)
    }

    @Test func defaultGatewayRoute() throws {
        let route = try #require(render(Self.withoutPool).first("HTTPRoute"))
        #expect(route.body.at("spec.parentRefs[0].name") == "otterscale-llm-d-infra-inference-gateway")
        #expect(route.body.at("spec.parentRefs[0].namespace") == "llm-d")
        #expect(route.body.at("spec.parentRefs[0].kind") == "Gateway")
        #expect(route.body.at("spec.hostnames") == nil)
        #expect(route.body.at("spec.rules[0].backendRefs[0].name") == "m")
        #expect(route.body.at("spec.rules[0].matches[0].headers[0].value") == "m")
    }

    @Test func noRouteWithoutGatewayNameOrSpec() {
        #expect(render(Self.withoutPool, RenderOptions(defaultGatewayName: "")).first("HTTPRoute") == nil)
    }

    @Test func explicitRouteInOtherNamespace() throws {
        let ms = makeService {
            $0.httpRoute = HTTPRouteSpec(
                gatewayRef: GatewayRef(name: "gw", namespace: "infra"), hostnames: ["a.example"])
        }
        let route = try #require(render(ms, RenderOptions(defaultGatewayName: "")).first("HTTPRoute"))
        #expect(route.body.at("spec.parentRefs[0]") == ["name": "gw", "namespace": "infra"])
        #expect(route.body.at("spec.hostnames")?.strings == ["a.example"])
    }

    @Test(arguments: [nil, "ns"])
    func explicitRouteNamespaceOmittedWhenSame(namespace: String?) throws {
        let ms = makeService { $0.httpRoute = HTTPRouteSpec(gatewayRef: GatewayRef(name: "gw", namespace: namespace)) }
        let route = try #require(render(ms).first("HTTPRoute"))
        #expect(route.body.at("spec.parentRefs[0]") == ["name": "gw"])
    }

    @Test func podMonitorsFollowRoles() {
        let ms = makeService { $0.prefill = RoleSpec() }
        #expect(render(ms).all("PodMonitor").map(\.name) == ["m-decode", "m-prefill"])
        #expect(render(Self.withoutPool).all("PodMonitor").map(\.name) == ["m-decode"])
    }

    @Test func podMonitorDisabledByEmptyPodMonitorObject() {
        // `monitoring: {podMonitor: {}}` defaults enabled to false: monitoring turns off.
        let ms = makeService { $0.monitoring = MonitoringSpec(podMonitor: PodMonitorSpec()) }
        #expect(render(ms).first("PodMonitor") == nil)
        #expect(render(ms).first("ServiceMonitor") == nil)
    }

    @Test func podMonitorOnWithEmptyMonitoring() {
        let ms = makeService { $0.monitoring = MonitoringSpec() }
        #expect(render(ms).first("PodMonitor") != nil)
    }

    @Test func podMonitorDefaultsAndOverrides() throws {
        let defaults = try #require(render(Self.withoutPool).first("PodMonitor"))
        #expect(defaults.body.at("spec.podMetricsEndpoints[0].port") == "http")
        #expect(defaults.body.at("spec.podMetricsEndpoints[0].path") == "/metrics")
        #expect(defaults.body.at("spec.podMetricsEndpoints[0].interval") == "30s")
        let ms = makeService {
            $0.monitoring = MonitoringSpec(
                podMonitor: PodMonitorSpec(enabled: true, portName: "metrics", path: "/m", interval: "10s"))
        }
        let custom = try #require(render(ms).first("PodMonitor"))
        #expect(custom.body.at("spec.podMetricsEndpoints[0].port") == "metrics")
        #expect(custom.body.at("spec.podMetricsEndpoints[0].path") == "/m")
        #expect(custom.body.at("spec.podMetricsEndpoints[0].interval") == "10s")
        let empty = makeService {
            $0.monitoring = MonitoringSpec(
                podMonitor: PodMonitorSpec(enabled: true, portName: "", path: "", interval: ""))
        }
        let fallback = try #require(render(empty).first("PodMonitor"))
        #expect(fallback.body.at("spec.podMetricsEndpoints[0].port") == "http")
    }

    @Test func podMonitorSelectorEqualsDeploymentSelector() throws {
        let out = render(Self.withoutPool)
        let pm = try #require(out.first("PodMonitor"))
        let dep = try #require(out.first("Deployment", "m-decode"))
        #expect(pm.body.at("spec.selector.matchLabels") == dep.body.at("spec.selector.matchLabels"))
    }

    @Test(arguments: [(true, true, true), (true, false, false), (false, true, false)])
    func serviceMonitor(pool: Bool, enabled: Bool, exists: Bool) {
        let ms = makeService {
            if pool { $0.inferencePool = InferencePoolSpec() }
            $0.monitoring = MonitoringSpec(podMonitor: PodMonitorSpec(enabled: enabled))
        }
        #expect((render(ms).first("ServiceMonitor") != nil) == exists)
    }

    @Test(arguments: [true, false])
    func serviceMonitorAuthorization(auth: Bool) throws {
        let ms = makeService {
            $0.inferencePool = InferencePoolSpec()
            $0.monitoring = MonitoringSpec(podMonitor: PodMonitorSpec(enabled: true))
        }
        let sm = try #require(render(ms, RenderOptions(metricsEndpointAuth: auth)).first("ServiceMonitor"))
        let credentials = sm.body.at("spec.endpoints[0].authorization.credentials")
        #expect(credentials == (auth ? ["name": "m-epp-sa-metrics-reader-secret", "key": "token"] : nil))
        #expect(sm.body.at("spec.endpoints[0].port") == "http-metrics")
    }
}
