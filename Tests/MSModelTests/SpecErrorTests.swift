import Testing

@testable import MSModel

/// Every spec rule's failure path: the exact position, field path and message.
/// Snippets start at line 11, column 3 of the document (see DecodeFixture).
struct SpecErrorTests {
    typealias Case = DecodeFixture.SnippetCase

    static let cases: [Case] = [
        Case(
            name: "integer given as a word", snippet: "decode:\n  replicas: two",
            expected: ["12:15 error: spec.decode.replicas: expected an integer, found the string \"two\""]),
        Case(
            name: "below minimum", snippet: "decode:\n  parallelism:\n    tensor: 0",
            expected: ["13:15 error: spec.decode.parallelism.tensor: must be at least 1, found 0"]),
        Case(
            name: "negative replicas", snippet: "decode:\n  replicas: -1",
            expected: ["12:15 error: spec.decode.replicas: must be at least 0, found -1"]),
        Case(
            name: "float for integer", snippet: "decode:\n  replicas: 2.0",
            expected: ["12:15 error: spec.decode.replicas: expected an integer, found the number 2.0"]),
        Case(
            name: "above int32", snippet: "decode:\n  replicas: 3000000000",
            expected: ["12:15 error: spec.decode.replicas: 3000000000 is out of range (-2147483648...2147483647)"]),
        Case(
            name: "above maximum", snippet: "engine:\n  port: 70000",
            expected: ["12:11 error: spec.engine.port: must be at most 65535, found 70000"]),
        Case(
            name: "huge integer", snippet: "engine:\n  port: 99999999999999999999999",
            expected: ["12:11 error: spec.engine.port: must be at most 65535, found 99999999999999999999999"]),
        Case(
            name: "misspelt field", snippet: "decode:\n  replica: 2",
            expected: ["12:5 error: spec.decode.replica: unknown field \"replica\"; did you mean 'replicas'?"]),
        Case(
            name: "misspelt nested field", snippet: "decode:\n  parallelism:\n    tensr: 2",
            expected: [
                "13:7 error: spec.decode.parallelism.tensr: unknown field \"tensr\"; did you mean 'tensor'?"
            ]),
        Case(
            name: "unknown field without suggestion", snippet: "decode:\n  gpus: 2",
            expected: ["12:5 error: spec.decode.gpus: unknown field \"gpus\""]),
        Case(
            name: "misspelt spec field", snippet: "prefil: {}",
            expected: ["11:3 error: spec.prefil: unknown field \"prefil\"; did you mean 'prefill'?"]),
        Case(
            name: "number where a string is expected",
            snippet: "engine:\n  env:\n  - name: A\n    value: x\n  - name: B\n  - name: P\n    value: 5600",
            expected: [
                "17:14 error: spec.engine.env[2].value: expected a string, found the integer 5600; "
                    + "quote it to make it a string: \"5600\""
            ]),
        Case(
            name: "boolean where a string is expected", snippet: "decode:\n  nodeSelector:\n    gpu: true",
            expected: [
                "13:12 error: spec.decode.nodeSelector[gpu]: expected a string, found the boolean true; "
                    + "quote it to make it a string: \"true\""
            ]),
        Case(
            name: "env name missing", snippet: "engine:\n  env:\n  - value: x",
            expected: ["13:7 error: spec.engine.env[0].name: required field \"name\" is missing"]),
        Case(
            name: "env name with =", snippet: "engine:\n  env:\n  - name: A=B",
            expected: [
                "13:13 error: spec.engine.env[0].name: invalid environment variable name \"A=B\": "
                    + "use printable ASCII characters other than '='"
            ]),
        Case(
            name: "value and valueFrom",
            snippet:
                "engine:\n  env:\n  - name: A\n    value: x\n    valueFrom:\n      fieldRef:\n        fieldPath: metadata.name",
            expected: ["16:9 error: spec.engine.env[0].valueFrom: must not be set when value is not empty"]),
        Case(
            name: "empty valueFrom", snippet: "engine:\n  env:\n  - name: A\n    valueFrom: {}",
            expected: [
                "14:18 error: spec.engine.env[0].valueFrom: must set one of configMapKeyRef, fieldRef, "
                    + "fileKeyRef, resourceFieldRef, secretKeyRef"
            ]),
        Case(
            name: "two valueFrom sources",
            snippet:
                "engine:\n  env:\n  - name: A\n    valueFrom:\n      fieldRef: {fieldPath: metadata.name}\n      secretKeyRef: {key: k, name: s}",
            expected: ["15:9 error: spec.engine.env[0].valueFrom: must set only one of fieldRef, secretKeyRef"]),
        Case(
            name: "fileKeyRef required fields",
            snippet: "engine:\n  env:\n  - name: A\n    valueFrom:\n      fileKeyRef: {key: k}",
            expected: [
                "15:9 error: spec.engine.env[0].valueFrom.fileKeyRef.path: required field \"path\" is missing",
                "15:9 error: spec.engine.env[0].valueFrom.fileKeyRef.volumeName: required field \"volumeName\" is missing",
            ]),
        Case(
            name: "bad divisor",
            snippet:
                "engine:\n  env:\n  - name: A\n    valueFrom:\n      resourceFieldRef: {resource: limits.cpu, divisor: 1x}",
            expected: [
                "15:59 error: spec.engine.env[0].valueFrom.resourceFieldRef.divisor: \"1x\" is not a quantity: "
                    + "unknown suffix \"x\" (use n, u, m, k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei or an exponent like e3)"
            ]),
        Case(
            name: "pull policy", snippet: "engine:\n  imagePullPolicy: always",
            expected: [
                "12:22 error: spec.engine.imagePullPolicy: unsupported value \"always\": must be one of Always, "
                    + "IfNotPresent, Never; did you mean 'Always'?"
            ]),
        Case(
            name: "args not a list", snippet: "engine:\n  args: --foo",
            expected: ["12:11 error: spec.engine.args: expected a sequence, found the string \"--foo\""]),
        Case(
            name: "null list item", snippet: "engine:\n  args:\n  - ~",
            expected: ["13:7 error: spec.engine.args[0]: expected a string, found null"]),
        Case(
            name: "object given a scalar", snippet: "decode: 3",
            expected: ["11:11 error: spec.decode: expected a mapping, found the integer 3"]),
        Case(
            name: "invalid quantity", snippet: "decode:\n  resources:\n    limits:\n      memory: 16GB",
            expected: [
                "14:17 error: spec.decode.resources.limits[memory]: \"16GB\" is not a quantity: unknown suffix "
                    + "\"GB\" (use n, u, m, k, M, G, T, P, E, Ki, Mi, Gi, Ti, Pi, Ei or an exponent like e3)"
            ]),
        Case(
            name: "bare fraction quantity", snippet: "decode:\n  resources:\n    requests:\n      cpu: 0.5",
            expected: [
                "14:14 error: spec.decode.resources.requests[cpu]: expected an integer or a quantity string "
                    + "(like \"500m\" or \"1Gi\"), found the number 0.5; quote it to make it a string: \"0.5\""
            ]),
        Case(
            name: "negative quantity", snippet: "decode:\n  resources:\n    requests:\n      cpu: \"-1\"",
            expected: ["14:14 error: spec.decode.resources.requests[cpu]: must not be negative, found -1"]),
        Case(
            name: "unknown resource name", snippet: "decode:\n  resources:\n    requests:\n      gpu: 1",
            expected: [
                "14:14 error: spec.decode.resources.requests[gpu]: unknown resource \"gpu\": use cpu, memory, "
                    + "ephemeral-storage, hugepages-<size> or a qualified name like nvidia.com/gpu; did you mean 'cpu'?"
            ]),
        Case(
            name: "duplicate claim",
            snippet:
                "inferencePool:\n  endpointPicker:\n    resources:\n      claims:\n      - name: a\n      - name: a",
            expected: [
                "16:17 error: spec.inferencePool.endpointPicker.resources.claims[1].name: duplicate claims entry \"a\""
            ]),
        Case(
            name: "toleration operator", snippet: "decode:\n  tolerations:\n  - key: gpu\n    operator: Exist",
            expected: [
                "14:17 error: spec.decode.tolerations[0].operator: unsupported value \"Exist\": must be one of "
                    + "Exists, Equal; did you mean 'Exists'?"
            ]),
        Case(
            name: "toleration operator behind an alpha gate",
            snippet: "decode:\n  tolerations:\n  - key: sla\n    operator: Lt\n    value: \"5\"",
            expected: [
                "14:17 error: spec.decode.tolerations[0].operator: unsupported value \"Lt\": supported values are "
                    + "Equal and Exists (Kubernetes 1.35 accepts Lt and Gt only with the alpha feature gate "
                    + "TaintTolerationComparisonOperators, off by default)"
            ]),
        Case(
            name: "toleration seconds without NoExecute",
            snippet: "decode:\n  tolerations:\n  - operator: Exists\n    tolerationSeconds: 30",
            expected: [
                "14:26 error: spec.decode.tolerations[0].tolerationSeconds: may only be set when effect is NoExecute"
            ]),
        Case(
            name: "toleration Equal without key",
            snippet: "prefill:\n  tolerations:\n  - operator: Equal\n    value: x",
            expected: [
                "12:5 warning: spec.prefill: prefill is set without routingProxy: decode pods get no routing "
                    + "sidecar to hand requests to the prefill pods",
                "13:17 error: spec.prefill.tolerations[0].operator: must be Exists when key is empty",
            ]),
        Case(
            name: "failure mode", snippet: "inferencePool:\n  endpointPicker:\n    failureMode: failopen",
            expected: [
                "13:20 error: spec.inferencePool.endpointPicker.failureMode: unsupported value \"failopen\": must be "
                    + "one of FailOpen, FailClose; did you mean 'FailOpen'?"
            ]),
        Case(
            name: "inferencePool without endpointPicker", snippet: "inferencePool: {}",
            expected: [
                "11:3 error: spec.inferencePool.endpointPicker: required field \"endpointPicker\" is missing"
            ]),
        Case(
            name: "empty gateway name", snippet: "httpRoute:\n  gatewayRef:\n    name: \"\"",
            expected: ["13:13 error: spec.httpRoute.gatewayRef.name: must not be empty"]),
        Case(
            name: "gatewayRef missing", snippet: "httpRoute:\n  hostnames: [a.example.com]",
            expected: ["11:3 error: spec.httpRoute.gatewayRef: required field \"gatewayRef\" is missing"]),
        Case(
            name: "quoted boolean", snippet: "routingProxy:\n  secureProxy: \"true\"",
            expected: [
                "12:18 error: spec.routingProxy.secureProxy: expected a boolean (true or false), found the string \"true\""
            ]),
        Case(
            name: "YAML 1.1 boolean for a boolean", snippet: "routingProxy:\n  secureProxy: yes",
            expected: [
                "12:18 error: spec.routingProxy.secureProxy: expected a boolean (true or false), found the string \"yes\""
            ]),
        Case(
            name: "unsupported tag", snippet: "engine:\n  image: !custom foo",
            expected: ["12:12 error: spec.engine.image: unsupported tag !custom (use a plain or quoted scalar)"]),
        Case(
            name: "monitoring enabled type", snippet: "monitoring:\n  podMonitor:\n    enabled: 1",
            expected: [
                "13:16 error: spec.monitoring.podMonitor.enabled: expected a boolean (true or false), found the integer 1"
            ]),
    ]

    @Test(arguments: cases)
    func reports(_ c: Case) throws { try DecodeFixture.expectDiagnostics(c) }
}
