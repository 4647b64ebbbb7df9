import MSYAML
import Testing

@testable import MSRender

/// Where passed objects go (`--others=pass`): around the rendered block, by apply order.
struct PassOrderTests {
    static func object(
        _ kind: String, _ name: String, namespace: String? = nil, apiVersion: String = "v1", source: String = "a.yaml"
    )
        -> PassedObject
    {
        PassedObject(
            source: source, node: Node(.scalar("", .plain), mark: .start), value: nil, apiVersion: apiVersion,
            kind: kind,
            name: name, namespace: namespace)
    }

    @Test func splitAroundTheRenderedBlock() {
        let objects = [
            Self.object("Widget", "w", namespace: "ml", apiVersion: "example.com/v1"),
            Self.object("ValidatingWebhookConfiguration", "guard", apiVersion: "admissionregistration.k8s.io/v1"),
            Self.object("Deployment", "web", namespace: "ml", apiVersion: "apps/v1"),
            Self.object("ConfigMap", "b", namespace: "ml"),
            Self.object("ConfigMap", "a", namespace: "ml"),
            Self.object("ConfigMap", "z"),
            Self.object("Service", "s", namespace: "ml"),
            Self.object("CustomResourceDefinition", "widgets.example.com", apiVersion: "apiextensions.k8s.io/v1"),
            Self.object("Namespace", "ml"),
            Self.object("Job", "j", namespace: "ml", apiVersion: "batch/v1"),
            Self.object("Alpha", "x", namespace: "ml", apiVersion: "example.com/v1"),
        ]
        let (before, after) = PassOrder.split(objects)
        #expect(
            before.map(\.displayName) == [
                "Namespace ml", "CustomResourceDefinition widgets.example.com", "ConfigMap z", "ConfigMap ml/a",
                "ConfigMap ml/b", "Service ml/s",
            ])
        #expect(
            after.map(\.displayName) == [
                "Deployment ml/web", "Job ml/j", "Alpha ml/x", "Widget ml/w", "ValidatingWebhookConfiguration guard",
            ])
        // Input order does not matter.
        let again = PassOrder.split(objects.reversed())
        #expect(again.before.map(\.displayName) == before.map(\.displayName))
        #expect(again.after.map(\.displayName) == after.map(\.displayName))
    }

    @Test func tiesBreakOnGroupThenInputFile() {
        let objects = [
            Self.object("Service", "s", namespace: "ml", apiVersion: "serving.knative.dev/v1"),
            Self.object("Service", "s", namespace: "ml", source: "b.yaml"),
            Self.object("Service", "s", namespace: "ml", source: "a.yaml"),
        ]
        let (before, after) = PassOrder.split(objects)
        #expect(after.isEmpty)
        #expect(
            before.map { "\($0.apiVersion) \($0.source)" } == [
                "v1 a.yaml", "v1 b.yaml", "serving.knative.dev/v1 a.yaml",
            ])
    }

    /// The kinds msrender renders keep their order among themselves (goldens unchanged).
    @Test func renderedKindsKeepTheirOrder() {
        let rendered = [
            "ServiceAccount", "Secret", "ConfigMap", "ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding",
            "Service", "Deployment", "DestinationRule", "HTTPRoute", "InferencePool", "PodMonitor", "ServiceMonitor",
        ]
        let ranks = rendered.map(InstallOrder.rank(of:))
        #expect(ranks == ranks.sorted() && Set(ranks).count == ranks.count)
        #expect(InstallOrder.rank(of: "Namespace") == 0)
        #expect(InstallOrder.rank(of: "NoSuchKind") < InstallOrder.rank(of: "MutatingWebhookConfiguration"))
        #expect(InstallOrder.precedesWorkloads("Service") && !InstallOrder.precedesWorkloads("Pod"))
    }
}
