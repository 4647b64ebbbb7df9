import MSModel
import MSRender
import MSYAML
import Testing

/// `app.kubernetes.io/version: V` is on every object's labels and every pod template's
/// labels, and in no selector (SPEC 3): a selector is immutable, so a new V must not
/// change it.
@Suite struct VersionLabelRenderTests {
    static let key = "app.kubernetes.io/version"

    static let full = makeService {
        $0.prefill = RoleSpec()
        $0.routingProxy = RoutingProxySpec()
        $0.inferencePool = InferencePoolSpec()
        $0.monitoring = MonitoringSpec(podMonitor: PodMonitorSpec(enabled: true))
    }

    /// Every mapping under a `selector` or `matchLabels` key, anywhere in `value`.
    static func selectors(_ value: Value) -> [Value] {
        switch value {
        case .sequence(let items): return items.flatMap(selectors)
        case .mapping(let entries):
            return entries.flatMap { e -> [Value] in
                let here = e.key == "selector" || e.key == "matchLabels" ? [e.value] : []
                return here + selectors(e.value)
            }
        default: return []
        }
    }

    @Test(arguments: [(RenderOptions(), "v1.0.1"), (RenderOptions(versionLabel: "v2"), "v2")])
    func onEveryObjectAndTemplate(options: RenderOptions, version: String) {
        let out = render(Self.full, options)
        #expect(out.count == 17)
        for r in out {
            #expect(r.body.at("metadata.labels")?[Self.key] == .string(version), "\(r.kind) \(r.name)")
            if let template = r.body.at("spec.template") {
                #expect(template.at("metadata.labels")?[Self.key] == .string(version), "\(r.kind) \(r.name)")
            }
            for s in Self.selectors(r.body) {
                #expect(s[Self.key] == nil && s["matchLabels"]?[Self.key] == nil, "\(r.kind) \(r.name)")
            }
        }
    }

    @Test func emptyOmitsIt() {
        let out = render(Self.full, RenderOptions(versionLabel: ""))
        for r in out {
            #expect(r.body.at("metadata.labels")?[Self.key] == nil)
            #expect(r.body.at("spec.template.metadata.labels")?[Self.key] == nil)
        }
    }
}
