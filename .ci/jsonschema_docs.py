"""Random valid ModelServices for .ci/jsonschema_check.py: documents msrender accepts
(with the default render settings) and the schema accepts, covering the fields and
spellings both judge. jsonschema_mutations.py breaks them.

What only msrender can judge (jsonschema_beyond.py) is written so that it holds: a
native resource's request never exceeds its limit, an extended resource or hugepages
request has an equal limit, amounts are whole (whole pages), hugepages come with cpu or
memory, and a role's GPU resource may hold anything (msrender overwrites it).
"""
GPU_RESOURCES = {"nvidia": "nvidia.com/gpu", "amd": "amd.com/gpu", "intel-gaudi": "habana.ai/gaudi",
                 "google": "google.com/tpu"}


def rand_word(rng, alphabet="abcdefghijklmnopqrstuvwxyz0123456789", lo=1, hi=12):
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(lo, hi)))


def dns_label(rng, hi=20):
    parts = [rand_word(rng, hi=max(1, hi // 3)) for _ in range(rng.randint(1, 3))]
    return "-".join(parts)[:hi].strip("-") or "a"


def dns_name(rng, hi=63):
    name = ".".join(dns_label(rng, 15) for _ in range(rng.choice([1, 1, 1, 2])))
    if rng.random() < 0.05:
        name = "a" * rng.randint(60, 63)
    return name[:hi].strip(".-") or "a"


def any_text(rng, hi=40):
    pool = "abcXYZ019 -_./:@=+~#é中\t"
    s = "".join(rng.choice(pool) for _ in range(rng.randint(1, hi)))
    if rng.random() < 0.05:
        s += "😀"
    return s


def image_ref(rng):
    reg = rng.choice(["ghcr.io", "registry.example.com", "localhost:5000", "harbor.local"])
    repo = "/".join(dns_label(rng, 10) for _ in range(rng.randint(1, 3)))
    tail = rng.choice(["", ":v1", ":latest", "@sha256:" + "ab" * 32, ":v1@sha256:" + "cd" * 32])
    return f"{reg}/{repo}{tail}"


# A native resource's amounts, and a request and limit pair with the request not above it.
NATIVE_AMOUNTS = {
    "cpu": ["500m", "1", "2", 4, "0.5", "1.5", "100m", "+1", "1e3", "0"],
    "memory": ["1Gi", "512Mi", "16G", 1024, "1e9", "1.5Gi", "2048Mi", "1Ti", "0.5Ki"],
    "ephemeral-storage": ["1Gi", "10G", "100Mi"],
}
NATIVE_PAIRS = {
    "cpu": [("100m", "2"), ("1", "1000m"), ("0.5", 1)],
    "memory": [("512Mi", "1Gi"), ("1Gi", "1073741824"), (1024, "1Ki")],
    "ephemeral-storage": [("1Gi", "2Gi")],
}
# Whole amounts, the second of each pair the same value spelled otherwise.
EXTENDED_AMOUNTS = [(1, 1), ("2", 2), ("1k", 1000), ("0.5Ki", 512), ("3", "3000m")]
HUGEPAGES = {"hugepages-2Mi": ["2Mi", "4Mi", 2097152, "1Gi", "0"], "hugepages-1Gi": ["1Gi", "2Gi", "1024Mi"]}


def resources(rng, gpu=None, claims=False):
    """A container's resources, valid as msrender judges them after writing `gpu`."""
    if claims and rng.random() < 0.25:
        # Claims alone: the endpoint picker drops them (with requests or limits, an error).
        return {"claims": [{"name": f"claim-{i}"} | ({"request": "r"} if rng.random() < 0.5 else {})
                           for i in range(rng.randint(1, 3))]}
    requests, limits = {}, {}
    for name in rng.sample(sorted(NATIVE_AMOUNTS), rng.randint(0, 3)):
        side = rng.choice(["requests", "limits", "both", "pair"])
        if side == "pair":
            requests[name], limits[name] = rng.choice(NATIVE_PAIRS[name])
        else:
            amount = rng.choice(NATIVE_AMOUNTS[name])
            if side in ("requests", "both"):
                requests[name] = amount
            if side in ("limits", "both"):
                limits[name] = amount
    for name in ["example.com/foo", "vendor.example/dev-1", "nvidia.com/gpu"]:
        if rng.random() < 0.2 and name != gpu:
            limit, request = rng.choice(EXTENDED_AMOUNTS)
            limits[name] = limit
            if rng.random() < 0.6:
                requests[name] = request
    if rng.random() < 0.25 and ({"cpu", "memory"} & (set(requests) | set(limits))):
        name = rng.choice(sorted(HUGEPAGES))
        limits[name] = rng.choice(HUGEPAGES[name])
        if rng.random() < 0.6:
            requests[name] = limits[name]
    if gpu and rng.random() < 0.3:
        # Overwritten with the GPU count in both lists, whatever is written here.
        requests[gpu], limits[gpu] = rng.choice([(4, 1), ("8", None), (None, "2")])
        requests, limits = ({k: v for k, v in m.items() if v is not None} for m in (requests, limits))
    out = {}
    if requests or rng.random() < 0.5:
        out["requests"] = requests
    if limits or rng.random() < 0.5:
        out["limits"] = limits
    return out


def label_key(rng):
    key = dns_label(rng, 20)
    return f"{dns_name(rng, 30)}/{key}" if rng.random() < 0.4 else key


def annotation_key(rng):
    """A label key, or one the API server accepts once it lowercases it."""
    if rng.random() < 0.15:
        return rng.choice(["Example.COM/Key", "example.com/A_b.C", "İ.example/x", "\u212a8s.example/x", "ABC"])
    return label_key(rng)


def toleration(rng):
    t = rng.choice([
        {"operator": "Exists"},
        {"key": dns_label(rng), "operator": "Equal", "value": dns_label(rng)},
        {"key": dns_label(rng), "value": "x"},
        {"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"},
        {"key": "k", "operator": "Equal", "value": "v", "effect": "NoExecute", "tolerationSeconds": rng.randint(-5, 3600)},
        {"key": "example.com/Gpu_A", "value": rng.choice(["", "A.b-c_9"])},
        {"key": "k", "effect": "PreferNoSchedule"},
        {"operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 0},
        {"key": "", "operator": "", "value": "any"},
    ])
    return dict(t)


def role(rng, gpu):
    r = {}
    if rng.random() < 0.6:
        r["replicas"] = rng.choice([0, 1, 2, 3, 2147483647])
    if rng.random() < 0.6:
        p = {}
        for k in rng.sample(["tensor", "data", "dataLocal"], rng.randint(0, 3)):
            p[k] = rng.choice([1, 2, 4, 8])
        r["parallelism"] = p
    if rng.random() < 0.5:
        r["resources"] = resources(rng, gpu)
    if rng.random() < 0.3:
        r["nodeSelector"] = {label_key(rng): rng.choice(["", dns_label(rng), "A_b.c"]) for _ in range(rng.randint(0, 3))}
    if rng.random() < 0.3:
        r["annotations"] = {annotation_key(rng): any_text(rng) for _ in range(rng.randint(0, 3))}
    if rng.random() < 0.3:
        r["tolerations"] = [toleration(rng) for _ in range(rng.randint(0, 3))]
    return r


FIELD_PATHS = ["metadata.name", "metadata.namespace", "status.podIP", "spec.nodeName", "spec.host",
               "metadata.labels['app']", "metadata.labels['example.com/a_B.c']",
               "metadata.annotations['Example.com/Key']"]
# Divisors msrender accepts: canonical forms, and other spellings of them.
CPU_DIVISORS = ["1m", 1, "1", "1.0", "1000m", "0", 0, "+1", "0.001"]
BYTE_DIVISORS = ["1", "1Ki", "1000", "1Mi", "1k", 1000, "1e0", "1024Mi", "1G", "0.001k"]


def value_source(rng, volumes):
    src = rng.choice(["configMapKeyRef", "fieldRef", "fileKeyRef", "resourceFieldRef", "secretKeyRef"])
    if src == "configMapKeyRef":
        return {src: {"key": rng.choice(["k", "KEY_NAME", ".a", "a..b", "key.name"]), "name": dns_name(rng)}}
    if src == "secretKeyRef":
        return {src: {"key": "k", "name": dns_name(rng), "optional": True}}
    if src == "fieldRef":
        ref = {"fieldPath": rng.choice(FIELD_PATHS)}
        if rng.random() < 0.5:
            ref["apiVersion"] = rng.choice(["v1", ""])
        return {src: ref}
    if src == "fileKeyRef":
        return {src: {"key": rng.choice(["K", "my.key", "a b"]), "path": rng.choice(["p", "a/b", "./x", "a/...", "..a"]),
                      "volumeName": rng.choice(volumes), "optional": False}}
    resource = rng.choice(["limits.cpu", "requests.cpu", "requests.memory", "limits.hugepages-2Mi",
                           "limits.ephemeral-storage"])
    ref = {"resource": resource}
    if rng.random() < 0.8:
        ref["divisor"] = rng.choice(CPU_DIVISORS if resource.endswith(".cpu") else BYTE_DIVISORS)
    return {src: ref}


def env_var(rng, volumes):
    name = rng.choice(["HF_HUB_OFFLINE", "VLLM_NIXL_SIDE_CHANNEL_PORT", "A", "my.var-1", "X Y", "<>"])
    e = {"name": name}
    kind = rng.random()
    if kind < 0.4:
        e["value"] = rng.choice(["1", "", "5600", any_text(rng)])
    elif kind < 0.9:
        e["valueFrom"] = value_source(rng, volumes)
        if rng.random() < 0.2:
            e["value"] = ""
    return e


def valid_doc(rng):
    meta = {"name": dns_name(rng)}
    if rng.random() < 0.7:
        meta["namespace"] = dns_label(rng, 30)
    if rng.random() < 0.3:
        meta["labels"] = {label_key(rng): rng.choice(["", dns_label(rng)]) for _ in range(rng.randint(0, 3))}
    if rng.random() < 0.3:
        meta["annotations"] = {annotation_key(rng): any_text(rng) for _ in range(rng.randint(0, 2))}
    if rng.random() < 0.1:
        meta.update({"uid": "0b7c", "resourceVersion": "12", "generation": 3, "finalizers": ["x"],
                     "managedFields": [{"manager": "kubectl"}]})
    model = {"name": any_text(rng, 60).strip() or "m", "image": image_ref(rng)}
    if rng.random() < 0.3:
        model["imagePullSecrets"] = [{"name": dns_label(rng)}] + [
            rng.choice([{"name": dns_label(rng)}, {}]) for _ in range(rng.randint(0, 2))]
    secrets = bool(model.get("imagePullSecrets"))
    if rng.random() < 0.3:
        # model-unpack mounts /tmp/model-oci always, /.docker with pull secrets.
        model["mountPath"] = rng.choice(["/models", "/data/m", "", "/tmp/model-oci/m"] + ([] if secrets else ["/.docker"]))
    volumes = ["model", "model-tmp"] + (["docker-config"] if secrets else [])
    engine = {}
    if rng.random() < 0.5:
        engine["image"] = rng.choice([image_ref(rng), ""])
    if rng.random() < 0.3:
        engine["imagePullPolicy"] = rng.choice(["Always", "IfNotPresent", "Never"])
    if rng.random() < 0.3:
        engine["args"] = [any_text(rng) for _ in range(rng.randint(0, 3))]
    if rng.random() < 0.4:
        engine["env"] = [env_var(rng, volumes) for _ in range(rng.randint(0, 3))]
    if rng.random() < 0.4:
        engine["port"] = rng.choice([1, 8000, 65535])
    accelerator = rng.choice(["nvidia", "amd", "intel-gaudi", "google", "cpu"])
    gpu = GPU_RESOURCES.get(accelerator)
    spec = {"model": model, "engine": engine, "accelerator": {"type": accelerator}, "decode": role(rng, gpu)}
    if rng.random() < 0.4:
        spec["prefill"] = role(rng, gpu)
    if rng.random() < 0.5:
        proxy = {}
        for k, v in [("image", image_ref(rng)), ("connector", rng.choice(["nixlv2", "sglang", "lmcache"])),
                     ("targetPort", rng.choice([1, 8200, 65535])), ("zapEncoder", "json"), ("zapLogLevel", "info"),
                     ("secureProxy", rng.random() < 0.5), ("prefillerUseTLS", rng.random() < 0.5),
                     ("certPath", "/certs")]:
            if rng.random() < 0.4:
                proxy[k] = v
        spec["routingProxy"] = proxy
    if rng.random() < 0.5:
        picker = {}
        for k, v in [("failureMode", rng.choice(["FailOpen", "FailClose"])), ("image", image_ref(rng)),
                     ("port", rng.choice([1, 9002, 9091, 65535])), ("replicas", rng.choice([0, 1, 2])),
                     ("resources", resources(rng, claims=True))]:
            if rng.random() < 0.4:
                picker[k] = v
        spec["inferencePool"] = {"endpointPicker": picker}
    if rng.random() < 0.4:
        ref = {"name": dns_label(rng)}
        if rng.random() < 0.5:
            ref["namespace"] = rng.choice([dns_label(rng), ""])
        spec["httpRoute"] = {"gatewayRef": ref}
        if rng.random() < 0.5:
            spec["httpRoute"]["hostnames"] = [rng.choice(["", "*."]) + dns_name(rng) for _ in range(rng.randint(0, 3))]
    if rng.random() < 0.3:
        pm = {}
        for k, v in [("enabled", rng.random() < 0.5), ("interval", rng.choice(["15s", "1m30s", "500ms", "", "0"])),
                     ("path", "/metrics"), ("portName", "http")]:
            if rng.random() < 0.5:
                pm[k] = v
        spec["monitoring"] = {"podMonitor": pm} if rng.random() < 0.8 else {}
    doc = {"apiVersion": "model.otterscale.io/v1alpha1", "kind": "ModelService", "metadata": meta, "spec": spec}
    if rng.random() < 0.1:
        doc["status"] = rng.choice([{"phase": "Ready"}, [1, 2], "x", None])
    # Optional fields written as null read as absent, in msrender as in the API server.
    for _ in range(rng.choice([0, 0, 1, 2])):
        set_null_optional(rng, doc)
    return doc


OPTIONAL_NULLS = [
    ("spec", "prefill"), ("spec", "routingProxy"), ("spec", "monitoring"), ("spec", "httpRoute"),
    ("spec.decode", "replicas"), ("spec.decode", "resources"), ("spec.engine", "port"), ("spec.engine", "image"),
    ("spec.engine", "imagePullPolicy"), ("metadata", "namespace"), ("metadata", "labels"), ("spec.model", "mountPath"),
]


def get(doc, dotted):
    node = doc
    for k in dotted.split("."):
        node = node[k]
    return node


def set_null_optional(rng, doc):
    parent, key = rng.choice(OPTIONAL_NULLS)
    get(doc, parent)[key] = None
