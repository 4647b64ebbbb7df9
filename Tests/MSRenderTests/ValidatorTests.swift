import MSModel
import MSRender
import MSYAML
import Testing

@Suite struct ValidatorTests {
    static func marked(_ ms: ModelService, _ paths: [String: Int]) -> ModelService {
        var ms = ms
        for (path, line) in paths { ms.marks.marks[path] = Mark(line: line, column: 3, offset: line * 10) }
        return ms
    }

    static func q(_ s: String) -> Quantity { Quantity(canonical: s) }

    @Test func validServiceHasNoDiagnostics() {
        for (_, ms) in WorkedExamples.all {
            #expect(RenderValidator.validate(ms, options: RenderOptions()).isEmpty)
        }
    }

    @Test func longNameIsALabelValueError() throws {
        let name = String(repeating: "a", count: 64)
        let ms = Self.marked(makeService(name: name), ["metadata.name": 4])
        let d = RenderValidator.validate(ms, options: RenderOptions())
        #expect(d.count == 1)
        let first = try #require(d.first)
        #expect(first.severity == .error)
        #expect(first.path == "metadata.name")
        #expect(first.mark.line == 4)
        #expect(first.file == "in.yaml")
        #expect(first.message.contains("label value"))
    }

    @Test func longNameStillGetsAValidEPPName() {
        // 63 characters is allowed; dns1035 would give a 67-character E without the hash.
        let ms = makeService(name: String(repeating: "a", count: 63))
        #expect(RenderValidator.validate(ms, options: RenderOptions()).isEmpty)
        #expect(render(ms).first("Service")?.name.count == 63)
    }

    @Test(arguments: ["Upper", "a_b", "-a", "a..b"])
    func invalidNameIsReportedOnce(name: String) {
        let d = RenderValidator.validate(makeService(name: name), options: RenderOptions())
        #expect(d.count >= 1)
        #expect(d.allSatisfy { $0.path == "metadata.name" && $0.severity == .error })
        #expect(d.filter { $0.message.contains("DNS-1123 subdomain") }.count == 1)
    }

    @Test func invalidNamespace() {
        let d = RenderValidator.validate(makeService(namespace: "a.b"), options: RenderOptions())
        #expect(d.map(\.path) == ["metadata.namespace"])
    }

    @Test func requestAboveLimitPointsAtTheRequest() throws {
        var ms = makeService {
            $0.prefill = RoleSpec(
                resources: ResourceRequirements(
                    requests: [ResourceAmount(name: "memory", quantity: Self.q("2Gi"))],
                    limits: [ResourceAmount(name: "memory", quantity: Self.q("2000Mi"))]))
        }
        ms = Self.marked(ms, ["spec.prefill.resources.requests[memory]": 12, "spec.prefill": 9])
        let d = RenderValidator.validate(ms, options: RenderOptions())
        let first = try #require(d.first)
        #expect(d.count == 1)
        #expect(first.path == "spec.prefill.resources.requests[memory]")
        #expect(first.mark.line == 12)
        #expect(
            first.formatted
                == "in.yaml:12:3: error: spec.prefill.resources.requests[memory]: request 2Gi is greater than the limit 2000Mi for memory"
        )
    }

    @Test func equalOrLowerRequestIsFine() {
        let ms = makeService {
            $0.decode.resources = ResourceRequirements(
                requests: [
                    ResourceAmount(name: "cpu", quantity: Self.q("500m")),
                    ResourceAmount(name: "memory", quantity: Self.q("1Gi")),
                ],
                limits: [
                    ResourceAmount(name: "cpu", quantity: Self.q("1")),
                    ResourceAmount(name: "memory", quantity: Self.q("1024Mi")),
                ])
        }
        #expect(RenderValidator.validate(ms, options: RenderOptions()).isEmpty)
    }

    @Test func gpuValuesAreCheckedAfterInjection() {
        // The user's request 8 > limit 1 is overwritten by G on both sides: no error.
        let ms = makeService {
            $0.decode.parallelism = Parallelism(tensor: 2)
            $0.decode.resources = ResourceRequirements(
                requests: [ResourceAmount(name: "nvidia.com/gpu", quantity: Self.q("8"))],
                limits: [ResourceAmount(name: "nvidia.com/gpu", quantity: Self.q("1"))])
        }
        #expect(RenderValidator.validate(ms, options: RenderOptions()).isEmpty)
        // With a CPU accelerator nothing is injected, so the same values are an error.
        var cpu = ms
        cpu.spec.accelerator = AcceleratorSpec(type: .cpu)
        #expect(
            RenderValidator.validate(cpu, options: RenderOptions()).map(\.path) == [
                "spec.decode.resources.requests[nvidia.com/gpu]"
            ])
    }

    @Test func eppRequestAboveLimit() {
        let ms = makeService {
            $0.inferencePool = InferencePoolSpec(
                endpointPicker: EndpointPickerSpec(
                    resources: ResourceRequirements(
                        requests: [ResourceAmount(name: "cpu", quantity: Self.q("4"))],
                        limits: [ResourceAmount(name: "cpu", quantity: Self.q("2"))])))
        }
        #expect(
            RenderValidator.validate(ms, options: RenderOptions()).map(\.path) == [
                "spec.inferencePool.endpointPicker.resources.requests[cpu]"
            ])
    }

    @Test func markFallsBackToNearestAncestor() throws {
        var ms = makeService {
            $0.decode.resources = ResourceRequirements(
                requests: [ResourceAmount(name: "cpu", quantity: Self.q("2"))],
                limits: [ResourceAmount(name: "cpu", quantity: Self.q("1"))])
        }
        ms = Self.marked(ms, ["spec.decode.resources": 7])
        let d = try #require(RenderValidator.validate(ms, options: RenderOptions()).first)
        #expect(d.mark.line == 7)
    }

    @Test(arguments: [
        (RenderOptions(versionLabel: "v1.0"), 0), (RenderOptions(versionLabel: "-bad"), 1),
        (RenderOptions(versionLabel: String(repeating: "v", count: 64)), 1), (RenderOptions(namespace: "A"), 1),
        (RenderOptions(defaultGatewayName: "Gw"), 1), (RenderOptions(defaultGatewayName: ""), 0),
        (RenderOptions(eppFlags: [(key: "", value: "x")]), 1),
    ])
    func settingsProblems(options: RenderOptions, count: Int) {
        #expect(options.problems.count == count)
    }
}

@Suite struct PullSecretValidationTests {
    @Test func emptyFirstPullSecretIsAnError() {
        let ms = makeService { $0.model.imagePullSecrets = ["", "b"] }
        #expect(
            RenderValidator.validate(ms, options: RenderOptions()).map(\.path) == [
                "spec.model.imagePullSecrets[0].name"
            ])
        let later = makeService { $0.model.imagePullSecrets = ["a", ""] }
        #expect(RenderValidator.validate(later, options: RenderOptions()).isEmpty)
        let spec = render(later).first("Deployment", "m-decode")?.body.at("spec.template.spec")
        #expect(spec?.at("imagePullSecrets") == [["name": "a"], [:]])
    }
}
