import MSModel
import MSRender
import MSYAML
import Testing

@Suite struct OutputTests {
    @Test func installOrderTable() throws {
        let kinds = render(WorkedExamples.monitoringEnabledPool).kinds
        #expect(
            kinds == [
                "ServiceAccount", "Secret", "ConfigMap", "ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding",
                "Service", "Deployment", "Deployment", "Deployment", "DestinationRule", "HTTPRoute", "InferencePool",
                "PodMonitor", "PodMonitor", "ServiceMonitor",
            ])
        let deployments = render(WorkedExamples.monitoringEnabledPool).all("Deployment").map(\.name)
        #expect(deployments == ["granite-8b-decode", "granite-8b-epp", "granite-8b-prefill"])
    }

    @Test func unknownKindsSortLastByName() throws {
        let a = Resource(apiVersion: "x/v1", kind: "Zed", name: "b", namespace: "n", body: [:])
        let b = Resource(apiVersion: "x/v1", kind: "Alpha", name: "a", namespace: "n", body: [:])
        let c = Resource(apiVersion: "v1", kind: "Service", name: "z", namespace: "n", body: [:])
        #expect(InstallOrder.sort([a, b, c]).map(\.kind) == ["Service", "Alpha", "Zed"])
    }

    @Test func servicesOrderedByNamespaceThenName() throws {
        let services = [
            makeService(name: "b", namespace: "x"), makeService(name: "a", namespace: "y"),
            makeService(name: "a", namespace: "x"), makeService(name: "c", namespace: nil),
        ]
        let docs = ManifestWriter.documents(services, options: RenderOptions())
        let firstNames = docs.filter { $0.resource.kind == "InferencePool" }.map {
            ($0.resource.namespace ?? "") + "/" + $0.resource.name
        }
        #expect(firstNames == ["default/c", "x/a", "x/b", "y/a"])
    }

    @Test func yamlStreamFraming() throws {
        let docs = ManifestWriter.documents([WorkedExamples.minimal], options: RenderOptions())
        let text = try ManifestWriter.yaml(docs)
        #expect(text.hasPrefix("---\n# Source: minimal.yaml\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n"))
        #expect(text.components(separatedBy: "---\n# Source: minimal.yaml\n").count == docs.count + 1)
        #expect(text.contains("        - '8000'\n") || text.contains("        - \"8000\"\n"))
        #expect(text.hasSuffix("\n"))
    }

    @Test func sourceLineEscapesLineBreaks() throws {
        var ms = WorkedExamples.minimal
        ms.source = "a\nb.yaml"
        let text = try ManifestWriter.yaml(ManifestWriter.documents([ms], options: RenderOptions()))
        #expect(text.hasPrefix("---\n# Source: a\\nb.yaml\n"))
    }

    @Test func jsonList() throws {
        let docs = ManifestWriter.documents([WorkedExamples.minimal], options: RenderOptions())
        let text = try ManifestWriter.json(docs)
        #expect(text.hasPrefix("{\n  \"apiVersion\": \"v1\",\n  \"items\": [\n    {\n      \"apiVersion\": \"v1\",\n"))
        #expect(text.hasSuffix("  \"kind\": \"List\",\n  \"metadata\": {\n    \"resourceVersion\": \"\"\n  }\n}\n"))
    }

    @Test func deterministicAcrossRuns() throws {
        let services = WorkedExamples.all.map(\.service)
        let a = try ManifestWriter.yaml(ManifestWriter.documents(services, options: RenderOptions()))
        let b = try ManifestWriter.yaml(ManifestWriter.documents(services.reversed(), options: RenderOptions()))
        #expect(a == b)
    }

    @Test func emptyRunWritesNothingAndAnEmptyList() throws {
        #expect(try ManifestWriter.yaml([]) == "")
        #expect(try ManifestWriter.json([]).contains("\"items\": []"))
    }
}
