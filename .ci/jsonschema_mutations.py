"""Mutations of valid ModelServices for .ci/jsonschema_check.py, in classes.

Agreement classes: msrender and the schema must give each document the same verdict
(a required field dropped, a wrong type, an unknown key, a value out of range, a bad
enum, a null, extra nesting, bad quantities, names and keys, and the rules of SPEC 8
on what lands in other objects). A mutation there may not write a document that breaks
a rule beyond the schema while the schema accepts it: generate() tries another.

Beyond classes: each document breaks one rule no JSON Schema states
(jsonschema_beyond.RULES), or is an integral float (JSON Schema's "integer" accepts
2.0; msrender, reading YAML 1.2, calls it a float); the schema must accept it and
msrender reject it.
"""
import copy

import jsonschema_beyond as beyond
from jsonschema_docs import GPU_RESOURCES, dns_label, rand_word, valid_doc, get


def locations(node, path=()):
    """(container, key, path) of every value below the root."""
    out = []
    if isinstance(node, dict):
        for k, v in node.items():
            out.append((node, k, path + (k,)))
            out += locations(v, path + (k,))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out.append((node, i, path + (i,)))
            out += locations(v, path + (i,))
    return out


def wrong_type(rng, value):
    options = ["text", 7, True, [1], {"a": 1}, 1.5]
    if isinstance(value, bool):
        options = [o for o in options if not isinstance(o, bool)]
    elif isinstance(value, int):
        options = [o for o in options if isinstance(o, bool) or not isinstance(o, int)]
    elif isinstance(value, str):
        options = [o for o in options if not isinstance(o, str)]
    elif isinstance(value, list):
        options = [o for o in options if not isinstance(o, list)]
    elif isinstance(value, dict):
        options = [o for o in options if not isinstance(o, dict)]
    return copy.deepcopy(rng.choice(options))


def typo(rng, key):
    if len(key) < 2:
        return key + "x"
    i = rng.randrange(len(key) - 1)
    return rng.choice([key[:i] + key[i + 1:], key[:i] + key[i + 1] + key[i] + key[i + 2:], key + "s", key.upper()])


def ensure(doc, dotted, default):
    node = doc
    parts = dotted.split(".")
    for k in parts[:-1]:
        if not isinstance(node.get(k), dict):
            node[k] = {}
        node = node[k]
    if parts[-1] not in node or node[parts[-1]] is None:
        node[parts[-1]] = copy.deepcopy(default)
    return node[parts[-1]]


def has(doc, dotted):
    try:
        get(doc, dotted)
        return True
    except (KeyError, TypeError):
        return False


def outside_status(doc):
    return [l for l in locations(doc) if l[2][:1] != ("status",)]


# ---------------------------------------------------------------- agreement classes

def m_drop(rng, doc):
    c, k, _ = rng.choice(outside_status(doc))
    del c[k]


def m_wrong_type(rng, doc):
    c, k, _ = rng.choice(outside_status(doc))
    c[k] = wrong_type(rng, c[k])


# Maps whose keys are label keys or qualified names: a new key there is a key rule.
LABEL_MAPS = ("nodeSelector", "annotations", "labels")


def m_unknown_key(rng, doc):
    dicts = [(doc, ())] + [(c[k], p) for c, k, p in outside_status(doc) if isinstance(c[k], dict)]
    d, path = rng.choice(dicts)
    existing = [k for k in d if isinstance(k, str)]
    key = typo(rng, rng.choice(existing)) if existing and rng.random() < 0.6 else rng.choice(
        ["$schema", "extra", "x_" + rand_word(rng), "Replicas"])
    if key not in d:
        d[key] = rng.choice([1, "x", {}, None])
    return "label-rule" if path[-1:] and path[-1] in LABEL_MAPS else None


def m_null(rng, doc):
    c, k, _ = rng.choice(outside_status(doc))
    c[k] = None


def m_nesting(rng, doc):
    c, k, _ = rng.choice(outside_status(doc))
    c[k] = rng.choice([[c[k]], {"x": c[k]}, [[{"deep": [c[k]]}]]])


INT_FIELDS = ["spec.engine.port", "spec.decode.replicas", "spec.decode.parallelism.tensor",
              "spec.decode.parallelism.data", "spec.decode.parallelism.dataLocal", "spec.routingProxy.targetPort",
              "spec.inferencePool.endpointPicker.port", "spec.inferencePool.endpointPicker.replicas",
              "spec.prefill.replicas"]


def m_range(rng, doc):
    ensure(doc, rng.choice(INT_FIELDS), 1)
    path = rng.choice([p for p in INT_FIELDS if has(doc, p)])
    parent, key = path.rsplit(".", 1)
    get(doc, parent)[key] = rng.choice([-1, 0, 65535, 65536, 2 ** 31 - 1, 2 ** 31, -2 ** 31, -2 ** 31 - 1,
                                        2 ** 63, 10 ** 20, -10 ** 20, 9090])


def m_enum(rng, doc):
    target = rng.choice(["spec.accelerator.type", "spec.engine.imagePullPolicy",
                         "spec.inferencePool.endpointPicker.failureMode", "tolerations.operator", "tolerations.effect",
                         "apiVersion", "kind"])
    bad = rng.choice(["", "nvidea", "NVIDIA", "always", "failopen", "exists", "NoSchedul", "x",
                      "model.otterscale.io/v1", "ModelServices", "modelservice", "Lt", "Gt"])
    if target.startswith("tolerations."):
        t = ensure(doc, "spec.decode.tolerations", [])
        t.append({"key": "k", target.split(".")[1]: bad})
        return
    if target == "spec.inferencePool.endpointPicker.failureMode":
        ensure(doc, "spec.inferencePool.endpointPicker", {})
    parent, key = target.rsplit(".", 1) if "." in target else ("", target)
    (get(doc, parent) if parent else doc)[key] = bad


def m_strings(rng, doc):
    target, values = rng.choice([
        ("metadata.name", ["Qwen3", "a_b", "-a", "a.", "a..b", "a" * 64, "", "ä", "a b"]),
        ("metadata.namespace", ["a.b", "A", "a" * 64, "", "-x"]),
        ("spec.model.name", ["", "x" * 254, "x" * 253]),
        ("spec.model.image", [""]),
        ("env.name", ["A=B", "", "é", "a\tb", "~", " "]),
        ("spec.httpRoute.gatewayRef.name", ["", "g", "G_x", "g" * 253, "g" * 254]),
    ])
    if target == "env.name":
        ensure(doc, "spec.engine.env", []).append({"name": rng.choice(values)})
        return
    if target.startswith("spec.httpRoute"):
        ensure(doc, "spec.httpRoute.gatewayRef", {"name": "g"})
    parent, key = target.rsplit(".", 1)
    get(doc, parent)[key] = rng.choice(values)


QUANTITIES = ["16GB", "1e", "1.5.5", "", " 1", "1 ", "0x10", "1_000", "-1", "-0.001", "-0", "+.5", "1.", ".5e3",
              "1e2147483647", "1e2147483648", "1e-2147483648", "1e-2147483649", "1E3", "1Ki", "1ki", "1KiB", "e3",
              "1\n", "５", 0.5, -3, 10 ** 30, True]


def m_quantity(rng, doc):
    where_ = rng.choice(["spec.decode.resources", "spec.prefill.resources", "spec.inferencePool.endpointPicker.resources",
                         "divisor"])
    q = rng.choice(QUANTITIES)
    if where_ == "divisor":
        env = ensure(doc, "spec.engine.env", [])
        resource = rng.choice(["limits.cpu", "limits.memory"])
        env.append({"name": "D", "valueFrom": {"resourceFieldRef": {"resource": resource, "divisor": q}}})
        return
    if where_.startswith("spec.inferencePool"):
        ensure(doc, "spec.inferencePool.endpointPicker", {})
    r = ensure(doc, where_, {})
    r.pop("claims", None)
    # A native resource the other list does not name: no request-and-limit rule applies.
    side, other = rng.choice([("requests", "limits"), ("limits", "requests")])
    if not isinstance(r.get(side), dict):
        r[side] = {}
    taken = set(r.get(other) or {}) if isinstance(r.get(other), dict) else set()
    name = next((n for n in ["cpu", "memory", "ephemeral-storage"] if n not in taken), None)
    if name:
        r[side][name] = q


RESOURCE_KEYS = ["gpu", "nvidia.com/", "/gpu", "A.com/x", "nvidia.com/gpu/x", "hugepages-", "a/b_", "Cpu",
                 "hugepages-1Gi", "vendor.example/dev-1", "a" * 64 + "/x", "x/" + "a" * 64, "é.com/x",
                 "a" * 244 + "/x", "a" * 245 + "/x", "a" * 240 + ".kubernetes.io/x", "requests.example.com/x",
                 "requests.kubernetes.io/x", "hugepages-x", "hugepages-0", "hugepages--2Mi", "hugepages-+2Mi",
                 "hugepages-a/b"]


def m_resource_key(rng, doc):
    r = ensure(doc, rng.choice(["spec.decode.resources", "spec.prefill.resources"]), {})
    key = rng.choice(RESOURCE_KEYS)
    amount = "1Gi" if key.startswith("hugepages-") else "1"
    # In both lists with one amount, next to cpu: only the name and the page size can be wrong.
    for side in ("requests", "limits"):
        if not isinstance(r.get(side), dict):
            r[side] = {}
        r[side][key] = rng.choice([amount, None]) if key.startswith("hugepages-x") else amount
        r[side].setdefault("cpu", "1")
    r["limits"]["cpu"] = r["requests"]["cpu"]


def m_toleration(rng, doc):
    t = rng.choice([
        {"operator": "Equal", "value": "x"}, {"key": "", "operator": "Lt"}, {"operator": "Exists", "value": "x"},
        {"operator": "Exists", "value": ""}, {"key": "k", "tolerationSeconds": 5, "effect": "NoSchedule"},
        {"key": "k", "tolerationSeconds": 5}, {"key": "k", "tolerationSeconds": 5, "effect": "NoExecute"},
        {"key": None, "operator": "Equal"}, {"key": "k", "tolerationSeconds": None}, {"operator": None, "key": ""},
        {"key": "k", "effect": None, "tolerationSeconds": 1}, {"key": "a/b/c", "operator": "Exists"},
        {"key": "-k"}, {"key": "k", "value": "a b"}, {"key": "k", "value": "a b", "operator": None},
        {"key": "k", "value": "a b", "operator": "Exists"}, {"key": "k", "value": "x" * 64},
        {"key": "Example.com/x", "operator": "Exists"}, {"key": "example.com/X", "value": "A-b"},
    ])
    ensure(doc, rng.choice(["spec.decode.tolerations", "spec.prefill.tolerations"]), []).append(dict(t))


def m_value_from(rng, doc):
    e = rng.choice([
        {"name": "A", "valueFrom": {}},
        {"name": "A", "valueFrom": {"fieldRef": {"fieldPath": "x"}, "secretKeyRef": {"key": "k", "name": "s"}}},
        {"name": "A", "value": "x", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}},
        {"name": "A", "value": "", "valueFrom": {"fieldRef": {"fieldPath": "x"}}},
        {"name": "A", "value": "x", "valueFrom": None},
        {"name": "A", "valueFrom": {"fieldRef": None}},
        {"name": "A", "valueFrom": {"fieldRef": {"fieldPath": "metadata.uid"}, "secretKeyRef": None}},
        {"name": "A", "valueFrom": {"fileKeyRef": {"key": "k"}}},
    ])
    ensure(doc, "spec.engine.env", []).append(copy.deepcopy(e))


# Each source's fields, good and bad, as EnvSourceRules checks them.
ENV_SOURCES = [
    ("configMapKeyRef", "name", ["cm", "", None, "CM", "a.b-c", "a" * 253, "a" * 254, "a_b"]),
    ("secretKeyRef", "name", ["s", "", "-s", "s."]),
    ("configMapKeyRef", "key", [".", "..", "..a", ".a", "a..b", "a b", "_", "K" * 253, "K" * 254, "ü", ""]),
    ("secretKeyRef", "key", ["a=b", "k", "key.name"]),
    ("fieldRef", "fieldPath", ["metadata.labels['a']", "metadata.labels['A.com/x']", "metadata.annotations['A.com/x']",
                               "metadata.labels['']", "metadata.labels", "metadata.labels['a']x", "spec.host",
                               "metadata.annotations['a['b']", "x['a']", "", "spec.nodename", "status.hostIPs",
                               "metadata.annotations['\u212a']", "metadata.labels['\u212a']"]),
    ("fieldRef", "apiVersion", ["v1", "", "v2", "V1", None]),
    ("resourceFieldRef", "resource", ["limits.cpu", "limits.hugepages-", "requests.hugepages-x", "limits.nvidia.com/gpu",
                                      "", "limits.memoryx", "limits.memory"]),
    ("resourceFieldRef", "divisor", ["1m", "1", "2", 2, "1k", "1Ki", "-1", -1, "1Mi", "999", "10", 1000, "512Ki",
                                     "0", 0, "1000000u", "1e0", "+1"]),
    ("fileKeyRef", "key", ["K", "", "a=b", "é"]),
    ("fileKeyRef", "path", ["a", "/a", "..", "a/..", "../a", "...", ".", "a//b", "", "..a", "a/..b", "a/../b"]),
    ("fileKeyRef", "volumeName", ["model", "model-tmp", "docker-config", "v", ""]),
]
SOURCE_BASES = {
    "configMapKeyRef": {"key": "k", "name": "cm"}, "secretKeyRef": {"key": "k", "name": "s"},
    "fieldRef": {"fieldPath": "metadata.name"}, "resourceFieldRef": {"resource": "limits.memory"},
    "fileKeyRef": {"key": "K", "path": "p", "volumeName": "model"},
}


def m_env_source(rng, doc):
    source, field, values = rng.choice(ENV_SOURCES)
    ref = dict(SOURCE_BASES[source])
    ref[field] = rng.choice(values)
    if source == "resourceFieldRef" and field == "divisor":
        ref["resource"] = rng.choice(["limits.cpu", "limits.memory", "requests.hugepages-2Mi", "limits.hugepages-1.cpu"])
    ensure(doc, "spec.engine.env", []).append({"name": "E", "valueFrom": {source: ref}})


def m_route_monitor(rng, doc):
    kind = rng.choice(["hostname", "hostnames", "namespace", "interval"])
    if kind == "interval":
        pm = ensure(doc, "spec.monitoring.podMonitor", {})
        pm["enabled"] = rng.choice([True, False, None])
        pm["interval"] = rng.choice(["30s", "1m30s", "x", "30", "1s1m", " 30s", "", "0", "500ms", "1h20m15s", "30S"])
        return
    route = ensure(doc, "spec.httpRoute", {"gatewayRef": {"name": "g"}})
    route["gatewayRef"] = route.get("gatewayRef") if isinstance(route.get("gatewayRef"), dict) else {"name": "g"}
    route["gatewayRef"].setdefault("name", "g")
    if kind == "namespace":
        route["gatewayRef"]["namespace"] = rng.choice(["ns", "", "A", "a.b", "-a", "a" * 63, "a" * 64, None, "a_b"])
    elif kind == "hostnames":
        route["hostnames"] = ["h%d.example" % i for i in range(rng.choice([0, 1, 16, 17]))]
    else:
        route["hostnames"] = [rng.choice(["example.com", "*.example.com", "", "A.com", "a.com.", "*", "a.*.b",
                                          "a.com:80", "a" * 253, "a" * 254, "ünï.com", "a_b", "1.2.3.4", "-a"])]


def m_image(rng, doc):
    image = rng.choice([" img", "img ", "img\n", "\timg", "img\u00a0", "\u3000img", "img\u0085", "\u200bimg",
                        "img\ufeff", "a b", ""])
    target = rng.choice(["spec.engine", "spec.routingProxy", "spec.inferencePool.endpointPicker"])
    ensure(doc, target, {})["image"] = image


def m_pod_volume(rng, doc):
    kind = rng.choice(["mountPath", "volume", "port"])
    model = doc["spec"]["model"]
    if rng.random() < 0.5:
        model["imagePullSecrets"] = rng.choice([[{"name": "s"}], [], None])
    if kind == "mountPath":
        model["mountPath"] = rng.choice(["/tmp/model-oci", "/.docker", "/tmp/model-oci/", "/models", ""])
    elif kind == "volume":
        ref = {"key": "K", "path": "p", "volumeName": rng.choice(["docker-config", "model-tmp", "model"])}
        ensure(doc, "spec.engine.env", []).append({"name": "F", "valueFrom": {"fileKeyRef": ref}})
    else:
        ensure(doc, "spec.inferencePool.endpointPicker", {})["port"] = rng.choice([9090, 9091, 9002, 9003])


def m_pull_secret(rng, doc):
    first = rng.choice([{}, {"name": ""}, {"name": None}, {"name": "ok"}])
    secrets = ensure(doc, "spec.model.imagePullSecrets", [])
    secrets.insert(0, first)


def m_label(rng, doc):
    kind = rng.choice(["nodeSelectorKey", "nodeSelectorValue", "annotationKey", "labelKey", "labelValue"])
    if kind.startswith("nodeSelector"):
        m = ensure(doc, "spec.decode.nodeSelector", {})
        if kind.endswith("Key"):
            m[rng.choice(["a/b/c", "ünï", "-a", "a" * 64, "A.com/x", "example.com/X"])] = "v"
        else:
            m["k"] = rng.choice(["bad value", "a" * 64, "-a", "A_b", ""])
    elif kind == "annotationKey":
        ensure(doc, rng.choice(["spec.decode.annotations", "metadata.annotations"]), {})[
            rng.choice(["a/b/c", "ünï", "_x", "A.COM/x", "İ/x", "\u212a", "a_b.com/x", "/x", "x/"])] = "v"
    elif kind == "labelKey":
        ensure(doc, "metadata.labels", {})[rng.choice(["a/b/c", "ünï", "A.com/x", "\u212a"])] = "v"
    else:
        ensure(doc, "metadata.labels", {})["k"] = rng.choice(["bad value", "a" * 64, "a" * 63])


def m_resource_rule(rng, doc):
    """Claims, and the parts of the amount rules a pattern can state."""
    kind = rng.choice(["role-claims", "picker-claims", "fraction", "hugepages-size"])
    if kind == "role-claims":
        ensure(doc, rng.choice(["spec.decode.resources", "spec.prefill.resources"]), {})["claims"] = rng.choice(
            [[{"name": "c"}], []])
    elif kind == "picker-claims":
        amounts = rng.choice([{}, {"requests": {}}, {"limits": {"cpu": "1"}}, {"requests": None}])
        doc["spec"]["inferencePool"] = {"endpointPicker": {"resources": {"claims": [{"name": "c"}]} | amounts}}
    elif kind == "fraction":
        ensure(doc, "spec.inferencePool.endpointPicker", {})["resources"] = {
            "limits": {"example.com/foo": rng.choice(["0.5", "1.0", "+.5", "2.", "0.25"])}}
    else:
        size = rng.choice(["x", "0", "-2Mi", "+2Mi", "0.0Ki", "", "2Mi"])
        ensure(doc, "spec.inferencePool.endpointPicker", {})["resources"] = {
            "limits": {"cpu": "1", "hugepages-" + size: rng.choice(["2Mi", None])}}


# ---------------------------------------------------------------- beyond classes

def role_resources(rng, doc):
    """A container's resources object to replace, and its GPU resource (None for the EPP)."""
    spec = doc["spec"]
    where_ = rng.choice(["decode", "prefill", "picker"] if isinstance(spec.get("prefill"), dict) else ["decode", "picker"])
    return where_, GPU_RESOURCES.get(spec["accelerator"]["type"]) if where_ != "picker" else None


def set_resources(doc, where_, res):
    if where_ == "picker":
        pool = doc["spec"].get("inferencePool")
        if not isinstance(pool, dict):
            pool = doc["spec"]["inferencePool"] = {}
        picker = pool.get("endpointPicker")
        if not isinstance(picker, dict):
            picker = pool["endpointPicker"] = {}
        picker["resources"] = res
    else:
        doc["spec"][where_]["resources"] = res


def b_limit_required(rng, doc):
    where_, gpu = role_resources(rng, doc)
    name = rng.choice([n for n in ["example.com/foo", "nvidia.com/gpu", "amd.com/gpu", "hugepages-2Mi"] if n != gpu])
    amount = "2Mi" if name.startswith("hugepages-") else 2
    other = rng.choice([None, "4Mi" if name.startswith("hugepages-") else 1])
    res = {"requests": {name: amount, "cpu": "1"}}
    if other is not None:
        res["limits"] = {name: other}
    set_resources(doc, where_, res)


def b_request_above_limit(rng, doc):
    where_, _ = role_resources(rng, doc)
    name, request, limit = rng.choice([("cpu", "2", "1"), ("cpu", "1001m", 1), ("memory", "1Gi", "1000Mi"),
                                       ("ephemeral-storage", "2G", "1G"), ("cpu", "1.000000001", "1")])
    set_resources(doc, where_, {"requests": {name: request}, "limits": {name: limit}})


def b_extended_fraction(rng, doc):
    where_, gpu = role_resources(rng, doc)
    names = ["example.com/foo"] + [n for n in GPU_RESOURCES.values() if n != gpu]
    name = rng.choice(names)
    amount = rng.choice(["500m", "1e-1", "2500m", "1.25e1", "1500m", "0.1Ki"])
    set_resources(doc, where_, {"limits": {name: amount}})


def b_hugepages_pages(rng, doc):
    where_, _ = role_resources(rng, doc)
    name, amount = rng.choice([("hugepages-2Mi", "1Mi"), ("hugepages-2Mi", "3Mi"), ("hugepages-2Mi", 1),
                               ("hugepages-1Gi", "512Mi"), ("hugepages-1.5", "3"), ("hugepages-1e30", "1e30")])
    set_resources(doc, where_, {"requests": {name: amount, "memory": "1Gi"}, "limits": {name: amount}})


def b_hugepages_alone(rng, doc):
    where_, _ = role_resources(rng, doc)
    res = {"limits": {"hugepages-2Mi": "2Mi"}}
    if rng.random() < 0.5:
        res["requests"] = {"hugepages-2Mi": "2Mi", "ephemeral-storage": "1Gi"}
    set_resources(doc, where_, res)


def b_annotations_size(rng, doc):
    target = rng.choice(["metadata.annotations", "spec.decode.annotations"])
    m = ensure(doc, target, {})
    m["big"] = "x" * (beyond.ANNOTATIONS_LIMIT + rng.choice([-2, 0, 100]))


def b_claims_duplicate(rng, doc):
    claims = [{"name": "c"}, {"name": "c", "request": rng.choice(["r", "s"])}]
    set_resources(doc, "picker", {"claims": claims})


# Spellings that are not their own canonical form, whose canonical form is not allowed.
DIVISORS = [("limits.cpu", ["2.0", "+2", "0.5", "1000", "1e3", "0.5Ki", "1e-3", "1.5"]),
            ("limits.memory", ["1024", "2.0", "1e3", "0.001", "1e-3", "+2k", "0.5Ki", "2000m"]),
            ("requests.hugepages-2Mi", ["1024", "1e6", "3.0"])]


def b_divisor_spelling(rng, doc):
    resource, divisors = rng.choice(DIVISORS)
    ref = {"resource": resource, "divisor": rng.choice(divisors)}
    ensure(doc, "spec.engine.env", []).append({"name": "D", "valueFrom": {"resourceFieldRef": ref}})


def b_integral_float(rng, doc):
    path = rng.choice(INT_FIELDS)
    ensure(doc, path, 1)
    parent, key = path.rsplit(".", 1)
    get(doc, parent)[key] = float(rng.choice([1, 2, 8]))


# (class, mutation, weight); the beyond classes are those named in BEYOND.
MUTATIONS = [
    ("drop", m_drop, 10), ("wrong-type", m_wrong_type, 10), ("unknown-key", m_unknown_key, 8), ("null", m_null, 8),
    ("nesting", m_nesting, 5), ("out-of-range", m_range, 5), ("bad-enum", m_enum, 5), ("string-rule", m_strings, 5),
    ("quantity", m_quantity, 5), ("resource-key", m_resource_key, 4), ("toleration", m_toleration, 4),
    ("value-from", m_value_from, 3), ("env-source", m_env_source, 6), ("route-monitor", m_route_monitor, 4),
    ("image", m_image, 2), ("pod-volume", m_pod_volume, 3), ("pull-secret", m_pull_secret, 2),
    ("label-rule", m_label, 3), ("resource-rule", m_resource_rule, 3),
    ("limit-required", b_limit_required, 1), ("request-above-limit", b_request_above_limit, 1),
    ("extended-fraction", b_extended_fraction, 1), ("hugepages-pages", b_hugepages_pages, 1),
    ("hugepages-alone", b_hugepages_alone, 1), ("annotations-size", b_annotations_size, 1),
    ("claims-duplicate", b_claims_duplicate, 1), ("divisor-spelling", b_divisor_spelling, 1),
    ("integral-float", b_integral_float, 1),
]
BEYOND = beyond.RULES + ["integral-float"]
MAX_TRIES = 50


def generate(rng, n, accepts):
    """n documents as (class, document); `accepts(doc)` is the schema's verdict. Also
    how many drafts of each agreement class were replaced because they broke a rule
    beyond the schema that the schema accepts."""
    docs, replaced = [], {}
    total = sum(w for _, _, w in MUTATIONS)
    for i in range(n):
        for _ in range(MAX_TRIES):
            doc, kind = valid_doc(rng), "valid"
            clean = not beyond.problems(doc)
            if i % 5 >= 2:  # three in five are mutated
                pick = rng.uniform(0, total)
                for name, fn, w in MUTATIONS:
                    pick -= w
                    if pick <= 0:
                        break
                kind = fn(rng, doc) or name
            problems = beyond.problems(doc)
            if kind in BEYOND:
                if not clean:
                    continue
                if problems != ({kind} if kind in beyond.RULES else set()):
                    raise AssertionError(f"generator: a {kind} document breaks {sorted(problems)}: {doc}")
                break
            if not problems or not accepts(doc):
                break
            replaced[kind] = replaced.get(kind, 0) + 1
        else:
            raise AssertionError(f"generator: no {kind} document without a rule beyond the schema")
        docs.append((kind, doc))
    return docs, replaced
