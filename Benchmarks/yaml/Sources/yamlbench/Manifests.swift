import MSYAML

/// Deterministic Kubernetes-style objects (Deployments, Services, ConfigMaps) for the
/// benchmark stream: the shapes and strings msrender writes, thousands of times over.
struct Manifests {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// SplitMix64.
    private mutating func next() -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
    }

    private mutating func below(_ n: Int) -> Int { next() % n }

    private static let words = [
        "qwen3", "llama", "decode", "prefill", "epp", "gateway", "router", "cache", "vllm",
        "model", "serve", "proxy", "worker", "metrics", "alpha", "beta", "gamma",
    ]

    private mutating func name() -> String {
        "\(Self.words[below(Self.words.count)])-\(Self.words[below(Self.words.count)])-\(below(1000))"
    }

    mutating func document(_ i: Int) -> Value {
        switch i % 3 {
        case 0: return deployment()
        case 1: return service()
        default: return configMap()
        }
    }

    private mutating func labels(_ n: String) -> Value {
        [
            "app.kubernetes.io/component": "model-decode",
            "app.kubernetes.io/managed-by": "model-operator",
            "app.kubernetes.io/name": .string(n),
            "app.kubernetes.io/part-of": "otterscale-system",
            "llm-d.ai/inferenceServing": "true",
            "llm-d.ai/role": below(2) == 0 ? "decode" : "prefill",
        ]
    }

    private mutating func container(_ n: String) -> Value {
        let port = 8000 + below(1000)
        return [
            "name": .string(n),
            "image": .string("ghcr.io/llm-d/llm-d-cuda:v0.\(below(10)).\(below(10))"),
            "args": [
                "--port", .string(String(port)), "--served-model-name", "Qwen/Qwen3-32B",
                "--tensor-parallel-size", .string(String(1 + below(8))),
                "--max-model-len=32768",
                "--kv-transfer-config={\"kv_connector\":\"NixlConnector\",\"kv_role\":\"kv_both\"}",
            ],
            "command": ["vllm", "serve"],
            "env": [
                ["name": "TP_SIZE", "value": .string(String(1 + below(8)))],
                ["name": "UCX_TLS", "value": "cuda_ipc,cuda_copy,tcp"],
                ["name": "VLLM_LOGGING_LEVEL", "value": "INFO"],
                ["name": "HF_HOME", "value": "/models/cache"],
            ],
            "ports": [
                ["containerPort": .int(port), "name": "http", "protocol": "TCP"],
                ["containerPort": 5600, "name": "nixl-side", "protocol": "TCP"],
            ],
            "resources": [
                "limits": ["cpu": .string("\(1 + below(16))"), "memory": "64Gi", "nvidia.com/gpu": "2"],
                "requests": ["cpu": "500m", "memory": "32Gi", "nvidia.com/gpu": "2"],
            ],
            "readinessProbe": [
                "httpGet": ["path": "/health", "port": .int(port)],
                "initialDelaySeconds": 15, "periodSeconds": 10, "timeoutSeconds": 1.5,
            ],
            "securityContext": [
                "allowPrivilegeEscalation": false, "capabilities": ["drop": ["ALL"]],
            ],
            "volumeMounts": [
                ["mountPath": "/models", "name": "model", "readOnly": true],
                ["mountPath": "/dev/shm", "name": "shm"],
            ],
        ]
    }

    private mutating func deployment() -> Value {
        let n = name()
        let l = labels(n)
        return [
            "apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": [
                "name": .string(n), "namespace": "llm", "labels": l,
                "annotations": ["deployment.kubernetes.io/revision": .string(String(below(20)))],
            ],
            "spec": [
                "replicas": .int(below(8)), "selector": ["matchLabels": l],
                "template": [
                    "metadata": ["labels": l],
                    "spec": [
                        "automountServiceAccountToken": false,
                        "containers": [container("vllm"), container("sidecar")],
                        "volumes": [
                            ["name": "model", "emptyDir": [:]],
                            ["name": "shm", "emptyDir": ["medium": "Memory", "sizeLimit": "8Gi"]],
                        ],
                        "tolerations": [],
                    ],
                ],
            ],
        ]
    }

    private mutating func service() -> Value {
        let n = name()
        return [
            "apiVersion": "v1", "kind": "Service",
            "metadata": ["name": .string(n), "namespace": "llm", "labels": labels(n)],
            "spec": [
                "type": "ClusterIP", "selector": labels(n),
                "ports": [
                    ["name": "http", "port": 80, "protocol": "TCP", "targetPort": .int(8000 + below(1000))],
                    ["name": "grpc", "port": 9002, "protocol": "TCP", "appProtocol": "http2"],
                ],
            ],
        ]
    }

    private mutating func configMap() -> Value {
        let n = name()
        let script = """
            set -euo pipefail
            export KITOPS_HOME="${KITOPS_HOME:-/tmp/model-oci}"
            mkdir -p "$KITOPS_HOME"
            kit unpack "$OCI_MODEL_IMAGE" --plain-http -o -d "$MODEL_MOUNT_PATH"
              # indented comment \(below(100))

            """
        return [
            "apiVersion": "v1", "kind": "ConfigMap",
            "metadata": ["name": .string(n), "namespace": "llm"],
            "data": [
                "unpack.sh": .string(script), "replicas": .string(String(below(9))), "enabled": "yes",
                "ratio": "0.75", "config.json": "{\"a\": 1, \"b\": [true, null]}", "empty": "",
            ],
        ]
    }
}
