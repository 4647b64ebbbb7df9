#!/usr/bin/env python3
"""SPEC 8 oracle: msrender rejects exactly what the API server would reject.

For every input field whose value lands in a rendered object (the inventory below),
bad values and good edge values are rendered with `msrender build` (default settings).
Each value gets two verdicts:

- msrender's: "renders" (exit 0) or "rejects" (exit 1 with an error whose field path
  starts with the entry's path);
- the API server's, from tools/validate-manifests: for a value msrender renders, on
  msrender's own output; for a value msrender rejects, on what msrender would have
  written with its checks off: the output of a known-good value with the bad value put
  where the builder puts it (`land`).

They must agree. A few values are decided by a recorded API-server rule instead of the
validator, because validate-manifests does not implement that rule or implements it
differently from the API server (`api=` on the value, with the reason); those are
counted apart. Any disagreement prints the input and both verdicts; exit 1.

Usage: api_rules.py MSRENDER VALIDATE_MANIFESTS [-v]   (-v: one line per value)
"""

import copy
import json
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

MSRENDER, VALIDATOR = sys.argv[1], sys.argv[2]
VERBOSE = "-v" in sys.argv[3:]

BASE = {
    "apiVersion": "model.otterscale.io/v1alpha1",
    "kind": "ModelService",
    "metadata": {"name": "c", "namespace": "team-a"},
    "spec": {
        "model": {"name": "Qwen/Qwen3-0.6B", "image": "registry.example.com/models/qwen3:v1"},
        "engine": {},
        "accelerator": {"type": "nvidia"},
        "decode": {},
    },
}


class V:
    """One value to try. `api` overrides the validator's verdict ("reject"/"accept")
    when validate-manifests does not model the API server's rule; `why` says which."""

    def __init__(self, value, api=None, why=None):
        self.value, self.api, self.why = value, api, why


def merge(dst, src):
    for k, v in src.items():
        if isinstance(v, dict) and isinstance(dst.get(k), dict):
            merge(dst[k], v)
        else:
            dst[k] = copy.deepcopy(v)
    return dst


# ---- where values land in the rendered objects (for values msrender rejects) ----

def docs_of(docs, kind, suffix=None):
    return [d for d in docs if d["kind"] == kind and (suffix is None or d["metadata"]["name"].endswith(suffix))]


def pod(doc):
    return doc["spec"]["template"]["spec"]


def serving(docs):
    return [d for d in docs_of(docs, "Deployment") if not d["metadata"]["name"].endswith("-epp")]


def vllm(docs):
    return [pod(d)["containers"][0] for d in serving(docs)]


def epp_container(docs):
    return pod(docs_of(docs, "Deployment", "-epp")[0])["containers"][0]


def land_route(field):
    def land(docs, v):
        for d in docs_of(docs, "HTTPRoute"):
            if field == "hostnames":
                d["spec"]["hostnames"] = v
            else:
                d["spec"]["parentRefs"][0][field] = v
    return land


def land_pod_monitor(field, default):
    def land(docs, v):
        for d in docs_of(docs, "PodMonitor"):
            d["spec"]["podMetricsEndpoints"][0][field] = v or default
    return land


def land_mount_path(docs, v):
    for d in serving(docs):
        p = pod(d)
        p["containers"][0]["volumeMounts"][0]["mountPath"] = v
        p["containers"][0]["args"][0] = v
        for m in p["initContainers"][0]["volumeMounts"]:
            if m["name"] == "model":
                m["mountPath"] = v


def land_pull_secrets(docs, v):
    for d in serving(docs):
        p = pod(d)
        p["imagePullSecrets"] = [{"name": s["name"]} if s.get("name") else {} for s in v]
        for vol in p["volumes"]:
            if vol["name"] == "docker-config":
                vol["secret"]["secretName"] = v[0].get("name", "")


def land_image(where):
    def land(docs, v):
        if where == "engine":
            for c in vllm(docs):
                c["image"] = v
        elif where == "proxy":
            for d in serving(docs):
                for c in pod(d).get("initContainers", []):
                    if c["name"] == "routing-proxy":
                        c["image"] = v
        else:
            epp_container(docs)["image"] = v
    return land


def land_epp_port(docs, v):
    c = epp_container(docs)
    c["ports"][0]["containerPort"] = v
    for s in docs_of(docs, "Service", "-epp"):
        s["spec"]["ports"][0]["port"] = v
        s["spec"]["ports"][0]["targetPort"] = v
    for p in docs_of(docs, "InferencePool"):
        p["spec"]["endpointPickerRef"]["port"]["number"] = v


def land_engine_port(docs, v):
    for c in vllm(docs):
        c["ports"][0]["containerPort"] = v
    for p in docs_of(docs, "InferencePool"):
        p["spec"]["targetPorts"][0]["number"] = v


def land_env(docs, v):
    for c in vllm(docs):
        c["env"].append(v)


def land_pull_policy(docs, v):
    for c in vllm(docs):
        c.pop("imagePullPolicy", None)
        if v:
            c["imagePullPolicy"] = v


def land_resources(docs, v):
    for c in vllm(docs):
        c["resources"] = v


def land_epp_resources(docs, v):
    epp_container(docs)["resources"] = v


def land_pod_field(field):
    def land(docs, v):
        for d in serving(docs):
            if field == "annotations":
                d["spec"]["template"]["metadata"]["annotations"] = v
            else:
                pod(d)[field] = v
    return land


def land_replicas(docs, v):
    for d in serving(docs):
        d["spec"]["replicas"] = v


# ---- the inventory: spec path, how a value is written, where it lands, the values ----

def route(extra):
    return {"httpRoute": merge({"gatewayRef": {"name": "gw"}}, extra)}


def monitor(field, v):
    return {"monitoring": {"podMonitor": {"enabled": True, field: v}}}


def env_from(source):
    return {"engine": {"env": [{"name": "X", "valueFrom": source}]}}


GPU = {"nvidia.com/gpu": "1"}
L = "a" * 63

ENTRIES = [
    ("spec.httpRoute.hostnames", "HTTPRoute", lambda v: route({"hostnames": [v]}),
     lambda docs, v: land_route("hostnames")(docs, [v]), "a.example.com",
     [V("Foo.example.com"), V("a.com:80"), V(""), V("x."), V(".x"), V("a..b"), V("-a.com"), V("a-.com"), V("*"),
      V("*."), V("a.*.com"), V("**.a"), V("ünï.com"), V("a b"), V("a_b.com"), V("a" * 254), V("a.com/x"),
      V("a.com\n", api="reject", why="Go's $ is the end of the text; Python re's $ also matches before a final "
        "newline, so validate-manifests accepts it"),
      V("a"), V("0.0"), V("1.2.3.4"), V("*.example.com"), V("xn--bcher-kva.example"), V("a" * 253),
      V(".".join([L, L, L, "a" * 61])), V("a-b.c-d.e")]),
    ("spec.httpRoute.hostnames", "HTTPRoute", lambda v: route({"hostnames": v}), land_route("hostnames"), ["a.com"],
     [V(["h%d.example.com" % i for i in range(17)]), V(["h%d.example.com" % i for i in range(16)]),
      V(["a.com", "a.com"])]),
    ("spec.httpRoute.gatewayRef.namespace", "HTTPRoute", lambda v: route({"gatewayRef": {"namespace": v}}),
     land_route("namespace"), "gateway-system",
     [V("Bad_NS"), V("-a"), V("a-"), V("a.b"), V("A"), V("a" * 64), V("ns\n", api="reject", why="Go's $"),
      V("a" * 63), V("0"), V("gw-system"), V(""), V("team-a")]),
    ("spec.httpRoute.gatewayRef.name", "HTTPRoute", lambda v: route({"gatewayRef": {"name": v}}),
     land_route("name"), "gw",
     [V(""), V("a" * 254), V("a" * 253), V("Gateway_Name"), V("ünï"), V("a b")]),
    ("spec.monitoring.podMonitor.interval", "PodMonitor", lambda v: monitor("interval", v),
     land_pod_monitor("interval", "30s"), "30s",
     [V("30sec"), V("30"), V("s"), V("1.5s"), V("-1s"), V("1s1m"), V("1ms1s"), V("1m1m"), V(" 30s"), V("30S"),
      V("1h 30m"), V("30s\n", api="reject", why="Go's $"),
      V("1h30m"), V("0"), V(""), V("500ms"), V("1m1ms"), V("1y2w3d4h5m6s7ms"), V("00s"), V("0s"), V("90m")]),
    ("spec.monitoring.podMonitor.interval", "PodMonitor",
     lambda v: {"monitoring": {"podMonitor": {"enabled": False, "interval": v}}}, None, "30s",
     [V("30sec"), V("not a duration")]),
    ("spec.monitoring.podMonitor.path", "PodMonitor", lambda v: monitor("path", v), land_pod_monitor("path", "/m"),
     "/metrics", [V("metrics"), V(""), V("/a b"), V("/ünï"), V("x" * 300)]),
    ("spec.monitoring.podMonitor.portName", "PodMonitor", lambda v: monitor("portName", v),
     land_pod_monitor("port", "http"), "http", [V(""), V("HTTP"), V("a" * 100), V("no such port"), V("8000")]),
    ("spec.model.mountPath", "Deployment", lambda v: {"model": {"mountPath": v}}, land_mount_path, "/models",
     [V("/tmp/model-oci"), V("/tmp/model-oci/"), V("/.docker"), V("/models"), V(""), V("relative/path"),
      V("/a b"), V("/tmp")]),
    ("spec.model.mountPath", "Deployment",
     lambda v: {"model": {"mountPath": v, "imagePullSecrets": [{"name": "regcred"}]}}, land_mount_path, "/models",
     [V("/.docker"), V("/tmp/model-oci"), V("/.docker/")]),
    ("spec.model.imagePullSecrets", "Deployment", lambda v: {"model": {"imagePullSecrets": v}}, land_pull_secrets,
     [{"name": "regcred"}],
     [V([{}]), V([{"name": ""}]),
      V([{"name": "a"}, {}], api="accept", why="the API server only warns 'invalid empty name'; "
        "validate-manifests rejects an empty imagePullSecrets name"),
      V([{"name": "A_b"}]), V([{"name": "a"}, {"name": "a"}]), V([{"name": "ünï"}])]),
    ("spec.engine.image", "Deployment", lambda v: {"engine": {"image": v}}, land_image("engine"), "img:v1",
     [V(" img", api="reject", why="validateContainerOnlyForPod: every pod of the Deployment is rejected"),
      V("img ", api="reject", why="validateContainerOnlyForPod"),
      V("img\n", api="reject", why="validateContainerOnlyForPod"),
      V("\u00a0img", api="reject", why="validateContainerOnlyForPod (Go's TrimSpace trims U+00A0)"),
      V("img"), V(""), V("a b"), V("registry.example.com:5000/a/b@sha256:" + "0" * 64)]),
    ("spec.routingProxy.image", "Deployment", lambda v: {"routingProxy": {"image": v}}, land_image("proxy"), "p:v1",
     [V(" p", api="reject", why="validateContainerOnlyForPod"), V("p"), V("")]),
    ("spec.inferencePool.endpointPicker.image", "Deployment",
     lambda v: {"inferencePool": {"endpointPicker": {"image": v}}}, land_image("epp"), "e:v1",
     [V("e\t", api="reject", why="validateContainerOnlyForPod"), V("e"), V("")]),
    ("spec.inferencePool.endpointPicker.port", "Service", lambda v: {"inferencePool": {"endpointPicker": {"port": v}}},
     land_epp_port, 9002, [V(9090), V(0), V(65536), V(9003), V(9002), V(1), V(65535), V(8000)]),
    ("spec.engine.port", "Deployment", lambda v: {"engine": {"port": v}}, land_engine_port, 8000,
     [V(0), V(65536), V(1), V(65535), V(9090)]),
    ("spec.routingProxy.targetPort", "Deployment", lambda v: {"routingProxy": {"targetPort": v}}, None, 8200,
     [V(8000), V(8200), V(1)]),
    ("spec.model.name", "Deployment", lambda v: {"model": {"name": v}}, None, "m",
     [V("", api="reject", why="the ModelService CRD: minLength 1"), V("a b/c:d"), V("x" * 253),
      V("x" * 254, api="reject", why="the ModelService CRD: maxLength 253")]),
    ("spec.model.image", "Deployment", lambda v: {"model": {"image": v}}, None, "i",
     [V("", api="reject", why="the ModelService CRD: minLength 1"), V(" i "), V("not an image ref")]),
    ("spec.engine.args", "Deployment", lambda v: {"engine": {"args": v}}, None, [], [V(["", " ", "--x=ü"])]),
    ("spec.accelerator.type", "Deployment", lambda v: {"accelerator": {"type": v}}, None, "nvidia",
     [V("tpu", api="reject", why="the ModelService CRD: enum"), V("cpu"), V("intel-gaudi")]),
    ("spec.routingProxy", "Deployment", lambda v: {"routingProxy": v}, None, {},
     [V({"connector": "bogus", "zapEncoder": "x y", "zapLogLevel": "", "certPath": "../c"}),
      V({"secureProxy": True, "prefillerUseTLS": False})]),
    ("spec.engine.env", "Deployment",
     lambda v: {"routingProxy": {}, "engine": {"env": [{"name": "VLLM_NIXL_SIDE_CHANNEL_PORT", "value": v}]}},
     None, "5600", [V("8000"), V("8200"), V("0"), V("65536"), V("x")]),
    ("spec.engine.imagePullPolicy", "Deployment", lambda v: {"engine": {"imagePullPolicy": v}}, land_pull_policy,
     "Always", [V("always"), V("Sometimes"), V("IfNotPresent"), V("Never"), V("")]),
    ("spec.engine.env", "Deployment", lambda v: {"engine": {"env": [v]}}, land_env, {"name": "A", "value": "1"},
     [V({"name": ""}), V({"name": "A=B"}), V({"name": "é"}), V({"name": "a b"}), V({"name": "1A"}),
      V({"name": "VLLM_NIXL_SIDE_CHANNEL_PORT", "value": "8000"}),
      V({"name": "A", "value": "x", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}}),
      V({"name": "A", "valueFrom": {}})]),
    ("spec.engine.env[0].valueFrom", "Deployment", env_from,
     lambda docs, v: land_env(docs, {"name": "X", "valueFrom": v}), {"fieldRef": {"fieldPath": "metadata.name"}},
     [V({"configMapKeyRef": {"name": "cm", "key": "k"}}), V({"secretKeyRef": {"name": "s", "key": ".a"}}),
      V({"configMapKeyRef": {"name": "", "key": "k"}}, api="reject", why="validateConfigMapKeySelector: "
        "NameIsDNSSubdomain"),
      V({"configMapKeyRef": {"name": "Bad_Name", "key": "k"}}, api="reject", why="NameIsDNSSubdomain"),
      V({"secretKeyRef": {"name": "s", "key": "a b"}}, api="reject", why="IsConfigMapKey"),
      V({"secretKeyRef": {"name": "s", "key": ".."}}, api="reject", why="IsConfigMapKey"),
      V({"secretKeyRef": {"name": "s", "key": "..a"}}, api="reject", why="IsConfigMapKey"),
      V({"secretKeyRef": {"name": "s", "key": "k" * 254}}, api="reject", why="IsConfigMapKey"),
      V({"fieldRef": {"fieldPath": "spec.foo"}}, api="reject", why="validateObjectFieldSelector"),
      V({"fieldRef": {"fieldPath": "metadata.labels"}}, api="reject", why="validateObjectFieldSelector"),
      V({"fieldRef": {"fieldPath": "metadata.labels['a/b/c']"}}, api="reject", why="ValidateQualifiedName"),
      V({"fieldRef": {"fieldPath": "spec.nodeName['x']"}}, api="reject", why="does not support subscript"),
      V({"fieldRef": {"fieldPath": "metadata.name", "apiVersion": "v2"}}, api="reject",
        why="ConvertDownwardAPIFieldLabel: unsupported pod version"),
      V({"fieldRef": {"fieldPath": ""}}, api="reject", why="fieldPath required"),
      V({"fieldRef": {"fieldPath": "metadata.labels['app']"}}),
      V({"fieldRef": {"fieldPath": "metadata.annotations['Example.COM/x']"}}),
      V({"fieldRef": {"fieldPath": "status.podIPs", "apiVersion": "v1"}}), V({"fieldRef": {"fieldPath": "spec.host"}}),
      V({"resourceFieldRef": {"resource": "limits.cpu"}}), V({"resourceFieldRef": {"resource": "limits.cpu",
                                                                                 "divisor": "1m"}}),
      V({"resourceFieldRef": {"resource": "requests.memory", "divisor": "1Ki"}}),
      V({"resourceFieldRef": {"resource": "requests.hugepages-2Mi"}}),
      V({"resourceFieldRef": {"resource": "limits.cpu", "divisor": "1Mi"}}, api="reject",
        why="validateContainerResourceDivisor"),
      V({"resourceFieldRef": {"resource": "limits.memory", "divisor": "2Ki"}}, api="reject",
        why="validateContainerResourceDivisor"),
      V({"resourceFieldRef": {"resource": "limits.nvidia.com/gpu"}}, api="reject",
        why="validateContainerResourceFieldSelector"),
      V({"fileKeyRef": {"key": "K", "path": "env", "volumeName": "model"}}),
      V({"fileKeyRef": {"key": "K", "path": "env", "volumeName": "nope"}}, api="reject",
        why="KEP-3721: a volumeName the pod does not have fails pod creation"),
      V({"fileKeyRef": {"key": "K", "path": "../env", "volumeName": "model"}}, api="reject",
        why="validateLocalDescendingPath"),
      V({"fileKeyRef": {"key": "K", "path": "/env", "volumeName": "model"}}, api="reject",
        why="validateLocalDescendingPath"),
      V({"fileKeyRef": {"key": "A=B", "path": "env", "volumeName": "model"}}, api="reject",
        why="an env file key is an env var name"),
      V({"configMapKeyRef": {"name": "cm", "key": "k"}, "secretKeyRef": {"name": "s", "key": "k"}})]),
]

RES = "spec.decode.resources"


def resources(v):
    return {"accelerator": {"type": "cpu"}, "decode": {"resources": v}}


ENTRIES += [
    (RES, "Deployment", resources, land_resources, {"limits": {"cpu": "1"}},
     [V({"limits": {"example.com/foo": "1.5"}}), V({"requests": {"example.com/foo": "1"}, "limits":
                                                   {"example.com/foo": "2"}}),
      V({"requests": {"example.com/foo": "1"}}, api="reject", why="Limit must be set for non overcommitable "
        "resources"),
      V({"requests": {"cpu": "2"}, "limits": {"cpu": "1"}}), V({"requests": {"memory": "1Gi"}, "limits":
                                                               {"memory": "1G"}}),
      V({"limits": {"memory": "1Gi", "hugepages-2Mi": "3Mi"}}, api="reject",
        why="validateResourceQuantityHugePageValue"),
      V({"limits": {"hugepages-2Mi": "2Mi"}}, api="reject", why="HugePages require cpu or memory"),
      V({"requests": {"hugepages-2Mi": "2Mi", "memory": "1Gi"}}, api="reject",
        why="Limit must be set for non overcommitable resources"),
      V({"requests": {"memory": "1Gi", "hugepages-2Mi": "2Mi"}, "limits": {"hugepages-2Mi": "4Mi"}},
        api="reject", why="must be equal to hugepages-2Mi limit"),
      V({"limits": {"requests.example.com/foo": "1"}}, api="reject",
        why="doesn't follow extended resource name standard"),
      V({"limits": {"example.com/foo": "2"}, "requests": {"example.com/foo": "2"}}),
      V({"limits": {"memory": "1Gi", "hugepages-2Mi": "4Mi"}, "requests": {"hugepages-2Mi": "4Mi"}}),
      V({"limits": {"example.kubernetes.io/foo": "1.5"}}, api="accept", why="a name containing kubernetes.io/ is "
        "native (IsNativeResource), so it need not be whole; validate-manifests tests startswith"),
      V({"requests": {"cpu": "500m"}}), V({"limits": {"example.com/foo": "1"}}), V({"requests": {"memory": "0"}}),
      V({"claims": [{"name": "a"}]}, api="reject", why="validateResourceClaimNames: no pod spec.resourceClaims"),
      V({"limits": {"cpu": "-1"}}),
      V({"limits": {"Example.com/x": "1"}}, api="reject", why="validateResourceName: IsQualifiedName"),
      V({"limits": {"gpu": "1"}}, api="reject", why="must be a standard resource for containers")]),
    ("spec.inferencePool.endpointPicker.resources", "Deployment",
     lambda v: {"inferencePool": {"endpointPicker": {"resources": v}}}, land_epp_resources, {"limits": {"cpu": "1"}},
     [V({"requests": {"example.com/foo": "1"}}, api="reject", why="Limit must be set for non overcommitable "
        "resources"),
      V({"requests": {"cpu": "2"}, "limits": {"cpu": "1"}}), V({"requests": {}}), V({"claims": [{"name": "a"}]}),
      V({"limits": {"example.com/foo": "1.5"}})]),
    ("spec.decode.nodeSelector", "Deployment", lambda v: {"decode": {"nodeSelector": v}},
     land_pod_field("nodeSelector"), {"gpu": "a100"},
     [V({"a/b/c": "x"}), V({"gpu": "a100 80gb"}), V({"gpu": "-x"}), V({"ünï": "x"}), V({"example.com/gpu": "a100"}),
      V({"gpu": ""}), V({"Node_Pool/gpu": "x"})]),
    ("spec.decode.annotations", "Deployment", lambda v: {"decode": {"annotations": v}}, land_pod_field("annotations"),
     {"a": "b"}, [V({"ünï": "x"}), V({"a/b/c": "x"}), V({"Example.COM/Team": "ml"}), V({"a": "x" * 262143}),
                  V({"a": "x" * 262144})]),
    ("spec.decode.tolerations", "Deployment", lambda v: {"decode": {"tolerations": v}}, land_pod_field("tolerations"),
     [{"operator": "Exists"}],
     [V([{"key": "a/b/c"}]), V([{"key": "k", "operator": "Exists", "value": "v"}]), V([{"operator": "Equal"}]),
      V([{"key": "k", "effect": "NoRun"}]), V([{"operator": "Exists"}]), V([{"key": "k", "value": "v"}]),
      V([{"key": "k", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 5}])]),
    ("spec.decode.replicas", "Deployment", lambda v: {"decode": {"replicas": v}}, land_replicas, 1,
     [V(-1), V(0), V(2147483647),
      V(2147483648, api="reject", why="replicas is an int32: the Deployment does not decode")]),
]


# ---- running it ----

def run_msrender(folder, name, doc):
    path = os.path.join(folder, name + ".json")
    with open(path, "w") as f:
        json.dump(doc, f)
    p = subprocess.run([MSRENDER, "build", "--format", "json", path], capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def document(snippet, name):
    doc = copy.deepcopy(BASE)
    doc["metadata"]["name"] = name
    merge(doc["spec"], snippet)
    return doc


def main():
    with tempfile.TemporaryDirectory(prefix="msrender-api-rules-") as folder:
        return check(folder)


def check(folder):
    cases = []  # (entry index, V or None for the entry's base)
    for e, entry in enumerate(ENTRIES):
        cases.append((e, None))
        cases += [(e, v) for v in entry[5]]

    def render(i):
        e, v = cases[i]
        path, kind, snippet, land, good, _ = ENTRIES[e]
        value = good if v is None else v.value
        return run_msrender(folder, "c%d" % i, document(snippet(value), "c%d" % i))

    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(render, range(len(cases))))

    base_docs = {}
    for i, (e, v) in enumerate(cases):
        if v is None:
            code, out, err = results[i]
            if code != 0:
                print("BROKEN base value of %s: msrender exit %d\n%s" % (ENTRIES[e][0], code, err))
                return 1
            base_docs[e] = json.loads(out)["items"]

    # One validator run over every document that decides a verdict, tagged by case.
    stream, owner = [], []
    verdicts = {}
    for i, (e, v) in enumerate(cases):
        path, kind, snippet, land, good, _ = ENTRIES[e]
        code, out, err = results[i]
        located = code == 1 and re.search(r": error: " + re.escape(path), err) is not None
        if v is None:
            docs = base_docs[e]  # the base case: every object must pass
        elif code == 0:
            docs = [d for d in json.loads(out)["items"] if d["kind"] == kind]
        elif land is not None:
            docs = copy.deepcopy(base_docs[e])
            land(docs, v.value)
            docs = [d for d in docs if d["kind"] == kind]
        else:
            docs = []
        verdicts[i] = {"code": code, "located": located, "err": err, "validator": []}
        for d in docs:
            stream.append(json.dumps(d))
            owner.append(i)
    with open(os.path.join(folder, "stream.yaml"), "w") as f:
        f.write("\n---\n".join(stream) + "\n")
    p = subprocess.run([sys.executable, VALIDATOR, os.path.join(folder, "stream.yaml")], capture_output=True,
                       text=True)
    for line in p.stdout.splitlines():
        m = re.match(r"doc (\d+) ", line)
        if m:
            verdicts[owner[int(m.group(1)) - 1]]["validator"].append(line)
    if p.returncode not in (0, 1):
        print("validate-manifests failed to run:\n" + p.stdout + p.stderr)
        return 1

    tried = agreed = by_rule = 0
    for i, (e, v) in enumerate(cases):
        path, kind, snippet, land, good, _ = ENTRIES[e]
        r = verdicts[i]
        if v is None:
            if r["validator"]:
                print("BASE of %s fails validation:\n  %s" % (path, "\n  ".join(r["validator"])))
                return 1
            continue
        tried += 1
        ms = "renders" if r["code"] == 0 else ("rejects" if r["located"] else "fails (exit %d)" % r["code"])
        tool = "rejects" if r["validator"] else "accepts"
        api = {"reject": "rejects", "accept": "accepts"}.get(v.api, tool)
        want = "rejects" if api == "rejects" else "renders"
        if VERBOSE:
            print("%-8s %-7s %-8s %s = %s" % (ms, tool, "rule" if v.api else "", path, json.dumps(v.value)[:90]))
        if ms == want:
            agreed += 1
            by_rule += v.api is not None
            continue
        print("DISAGREE %s = %s" % (path, json.dumps(v.value)[:200]))
        print("  msrender: %s%s" % (ms, ("\n    " + r["err"].strip().replace("\n", "\n    ")) if r["err"] else ""))
        print("  validate-manifests: %s%s" % (tool, "".join("\n    " + x for x in r["validator"])))
        if v.api:
            print("  API server (recorded rule): %s: %s" % (api, v.why))
        print("  input: %s" % json.dumps(document(snippet(v.value), "c%d" % i)["spec"])[:400])
    print("api-rules: %d values tried over %d inventory entries, %d agree (%d by a recorded API-server rule that "
          "validate-manifests lacks or gets wrong), %d disagree" % (tried, len(ENTRIES), agreed, by_rule,
                                                                    tried - agreed))
    return 0 if agreed == tried else 1


if __name__ == "__main__":
    sys.exit(main())
