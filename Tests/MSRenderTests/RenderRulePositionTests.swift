import MSModel
import MSRender
import MSYAML
import Testing

/// The checks that need the rendered pod next to the input (RenderValidator): resources
/// as the container gets them, mount paths beside model-unpack's, the EPP Service's
/// ports, env-file volumes. Each is reported at the input value, with its field path.
struct RenderRulePositionTests {
    /// The input of a case: `spec` lines after a fixed head, so line 5 is the first.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var spec: String
        var expected: [String]
        var kitImage = Defaults.kitImage
        var testDescription: String { name }
    }

    static let head = """
        apiVersion: model.otterscale.io/v1alpha1
        kind: ModelService
        metadata: {name: m, namespace: ns}
        spec:

        """

    /// `LINE:COL severity: PATH: message` of decoding and then render validation.
    static func lines(_ c: Case) throws -> [String] {
        var spec = c.spec
        if !spec.contains("  model:") { spec += "\n  model: {name: org/model, image: reg/m:v1}" }
        if !spec.contains("  accelerator:") { spec += "\n  accelerator: {type: cpu}" }
        if !spec.contains("  decode:") { spec += "\n  decode: {}" }
        if !spec.contains("  engine:") { spec += "\n  engine: {}" }
        let root = try #require(try YAMLReader.read(Array((head + spec + "\n").utf8)).first?.root)
        let decoded = ModelServiceDecoder.decode(root, file: "in.yaml", defaultNamespace: nil)
        let service = try #require(decoded.modelService, "\(decoded.diagnostics.map(\.formatted))")
        var options = RenderOptions()
        options.kitImage = c.kitImage
        return (decoded.diagnostics + RenderValidator.validate(service, options: options)).map { d in
            "\(d.mark.line):\(d.mark.column) \(d.severity.rawValue): \(d.path): \(d.message)"
        }
    }

    static let clash =
        "; mount paths must be unique within a container, so the API server rejects the Deployment"
    static let notOvercommitted = "extended resources and hugepages cannot be overcommitted"

    static let cases: [Case] = [
        Case(
            name: "model path on kit's cache", spec: "  model: {name: m, image: i, mountPath: /tmp/model-oci}",
            expected: [
                "5:41 error: spec.model.mountPath: mount path \"/tmp/model-oci\" is where the model-unpack container "
                    + "already mounts the model-tmp volume" + clash
            ]),
        Case(
            name: "model path on the docker config",
            spec: "  model:\n    name: m\n    image: i\n    mountPath: /.docker\n    imagePullSecrets: [{name: r}]",
            expected: [
                "8:16 error: spec.model.mountPath: mount path \"/.docker\" is where the model-unpack container already "
                    + "mounts the docker-config volume" + clash
            ]),
        Case(
            name: "docker path without pull secrets", spec: "  model: {name: m, image: i, mountPath: /.docker}",
            expected: []),
        Case(
            name: "a different spelling", spec: "  model: {name: m, image: i, mountPath: /tmp/model-oci/}", expected: []
        ),
        Case(
            name: "no model-unpack without a kit image",
            spec: "  model: {name: m, image: i, mountPath: /tmp/model-oci}",
            expected: [], kitImage: ""),
        Case(
            name: "picker port on the metrics port", spec: "  inferencePool: {endpointPicker: {port: 9090}}",
            expected: [
                "5:42 error: spec.inferencePool.endpointPicker.port: port 9090 is the endpoint picker's metrics port: "
                    + "the EPP Service would list port 9090/TCP twice, which the API server rejects"
            ]),
        Case(
            name: "env file in a missing volume",
            spec:
                "  engine:\n    env:\n    - {name: X, valueFrom: {fileKeyRef: {key: K, path: env, volumeName: cache}}}",
            expected: [
                "7:73 error: spec.engine.env[0].valueFrom.fileKeyRef.volumeName: volume \"cache\" not found: the "
                    + "serving pod's volumes are model, model-tmp"
            ]),
        Case(
            name: "extended resources",
            spec: "  decode:\n    resources:\n      requests: {example.com/a: 1, example.com/b: 1}\n"
                + "      limits: {example.com/b: 2, example.com/c: 500m}",
            expected: [
                "7:33 error: spec.decode.resources.requests[example.com/a]: a limit must be set for example.com/a: "
                    + notOvercommitted + ", so a request needs an equal limit",
                "7:51 error: spec.decode.resources.requests[example.com/b]: request 1 must be equal to the limit 2 for "
                    + "example.com/b: " + notOvercommitted,
                "8:49 error: spec.decode.resources.limits[example.com/c]: must be an integer, found 500m: "
                    + "example.com/c is an extended resource",
            ]),
        Case(
            name: "hugepages",
            spec: "  prefill:\n    resources:\n      limits: {hugepages-2Mi: 3Mi}",
            expected: [
                "6:5 warning: spec.prefill: prefill is set without routingProxy: decode pods get no routing sidecar to "
                    + "hand requests to the prefill pods",
                "7:7 error: spec.prefill.resources: hugepages require cpu or memory: set a cpu or memory request or "
                    + "limit too",
                "7:31 error: spec.prefill.resources.limits[hugepages-2Mi]: 3Mi is not a positive integer multiple of "
                    + "hugepages-2Mi",
            ]),
        Case(
            name: "hugepages with memory",
            spec: "  decode:\n    resources:\n      limits: {hugepages-1Gi: 2Gi, memory: 4Gi}", expected: []),
        Case(
            name: "native resources may be fractional and overcommitted",
            spec: "  decode:\n    resources:\n      requests: {cpu: 500m, example.kubernetes.io/x: 1}\n"
                + "      limits: {cpu: 1, example.kubernetes.io/x: 1500m}",
            expected: []),
        Case(
            name: "picker resources",
            spec: "  inferencePool: {endpointPicker: {resources: {requests: {example.com/a: 1}}}}",
            expected: [
                "5:74 error: spec.inferencePool.endpointPicker.resources.requests[example.com/a]: a limit must be set "
                    + "for example.com/a: " + notOvercommitted + ", so a request needs an equal limit"
            ]),
        Case(
            name: "the GPU count is written in both lists",
            spec: "  accelerator: {type: nvidia}\n  decode:\n    parallelism: {tensor: 2}\n"
                + "    resources: {requests: {cpu: 1}}",
            expected: []),
    ]

    @Test(arguments: cases)
    func reports(_ c: Case) throws {
        let got = try Self.lines(c)
        #expect(got == c.expected)
    }

    /// An image setting with white space is a usage error, like every invalid setting.
    @Test func imageSettings() {
        var options = RenderOptions()
        options.defaultEPPImage = "epp:v1 "
        #expect(
            options.problems == [
                "default EPP image: invalid image \"epp:v1 \": must not have leading or trailing whitespace (the API "
                    + "server accepts the Deployment but rejects every pod created from it)"
            ])
    }
}
