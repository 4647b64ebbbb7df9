#!/usr/bin/env python3
"""Write N varied ModelServices (deterministic for a given N and seed) into a folder,
one file each: prefill/decode, explicit pools, routes, monitoring, accelerators.

usage: generate.py N DIR [--seed S]"""
import os
import random
import sys


def model_service(i, rng):
    accel = rng.choice(["nvidia", "nvidia", "amd", "intel-gaudi", "google", "cpu"])
    ns = f"team-{i % 37}"
    lines = [
        "apiVersion: model.otterscale.io/v1alpha1",
        "kind: ModelService",
        "metadata:",
        f"  name: model-{i}-{rng.choice(['qwen3', 'llama3.1-8b', 'mistral-7b', 'granite_8b'])}".replace("_", "-"),
        f"  namespace: {ns}",
        "spec:",
        "  model:",
        f"    name: org/model-{i}",
        f"    image: registry.example.com/models/m{i}:v{rng.randint(1, 9)}",
    ]
    if rng.random() < 0.3:
        lines += ["    imagePullSecrets:", f"      - name: pull-{i % 5}"]
    lines += ["  engine:"]
    port = rng.choice([8000, 8000, 8080])
    lines += [f"    port: {port}", "    args:", f"      - --max-model-len={rng.choice([4096, 8192, 32768])}"]
    if rng.random() < 0.5:
        lines += ["    env:", "      - name: VLLM_NIXL_SIDE_CHANNEL_PORT", f'        value: "{5600 + i % 100}"']
    lines += ["  accelerator:", f"    type: {accel}"]
    tp = rng.choice([1, 1, 2, 4, 8])
    lines += ["  decode:", f"    replicas: {rng.randint(1, 4)}", "    parallelism:", f"      tensor: {tp}"]
    lines += ["    resources:", "      requests:", f"        cpu: \"{rng.randint(1, 16)}\"", f"        memory: {rng.choice(['8Gi', '16Gi', '2048Mi'])}"]
    pd = rng.random() < 0.4
    if pd:
        lines += ["  prefill:", f"    replicas: {rng.randint(1, 3)}", "  routingProxy:", "    connector: nixlv2"]
    if rng.random() < 0.5:
        lines += ["  inferencePool:", "    endpointPicker:", f"      replicas: {rng.choice([1, 1, 2])}",
                  f"      failureMode: {rng.choice(['FailOpen', 'FailClose'])}"]
    if rng.random() < 0.3:
        lines += ["  httpRoute:", "    gatewayRef:", "      name: gw", "      namespace: gateways",
                  "    hostnames:", f"      - m{i}.example.com"]
    if rng.random() < 0.4:
        lines += ["  monitoring:", "    podMonitor:", "      enabled: true"]
    return "\n".join(lines) + "\n"


def main():
    n = int(sys.argv[1])
    out = sys.argv[2]
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 42
    rng = random.Random(seed)
    os.makedirs(out, exist_ok=True)
    for i in range(n):
        with open(os.path.join(out, f"ms-{i:05d}.yaml"), "w") as f:
            f.write(model_service(i, rng))


if __name__ == "__main__":
    main()
