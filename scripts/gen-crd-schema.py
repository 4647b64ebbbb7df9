#!/usr/bin/env python3
"""Generate Sources/MSModel/Schema/CRDSchema.swift from the ModelService CRD.

Usage: scripts/gen-crd-schema.py [CRD.yaml] > Sources/MSModel/Schema/CRDSchema.swift
       swift format -i Sources/MSModel/Schema/CRDSchema.swift
(default CRD: $MSRENDER_SHARED or ../shared, reference/crds/model.otterscale.io_modelservices.yaml).

Only what validation needs is kept: types, properties, required, additionalProperties,
items, defaults, enums, minimum/maximum, minLength/maxLength, int32/int64 formats and
int-or-string quantities. Descriptions are dropped. Sub-schemas that occur more than
once (RoleSpec, ResourceRequirements, ...) are emitted once, as named constants.
"""
import json
import os
import sys

import yaml

QUANTITY_PATTERN_START = "^(\\+|-)?(([0-9]+"

# Names for shared sub-schemas, by the path where they first occur.
NAMES = {
    "spec.decode": "roleSpec",
    "spec.decode.resources": "resourceRequirements",
    "spec.decode.resources.claims[]": "resourceClaim",
    "spec.decode.resources.limits": "quantityMap",
    "spec.engine.env[].valueFrom.configMapKeyRef": "keySelector",
    "spec.decode.parallelism": "parallelism",
    "spec.decode.tolerations[]": "toleration",
    "spec.decode.annotations": "stringMap",
}


# The CRD file predates otterscale/api v1.0.0, which adds RoleSpec.annotations (copied
# to the pod template); reference/crds/SOURCES.md note 1 and tools/validate-manifests
# apply the same patch.
PATCHES = {
    "decode": {"annotations": {"type": "object", "additionalProperties": {"type": "string"}}},
    "prefill": {"annotations": {"type": "object", "additionalProperties": {"type": "string"}}},
}


def strip(node):
    """The schema without descriptions and other keys validation ignores."""
    keep = {}
    for k, v in node.items():
        if k in ("description", "x-kubernetes-list-map-keys", "x-kubernetes-list-type",
                 "x-kubernetes-map-type"):
            continue
        if k == "properties":
            v = {name: strip(p) for name, p in v.items()}
        elif k in ("items", "additionalProperties"):
            v = strip(v)
        keep[k] = v
    return keep


def key(node):
    return json.dumps(node, sort_keys=True)


def count(node, seen, path):
    k = key(node)
    seen.setdefault(k, [0, path])
    seen[k][0] += 1
    for name, p in sorted(node.get("properties", {}).items()):
        count(p, seen, f"{path}.{name}")
    if "items" in node:
        count(node["items"], seen, f"{path}[]")
    if isinstance(node.get("additionalProperties"), dict):
        count(node["additionalProperties"], seen, f"{path}{{}}")


def swift_value(v):
    if isinstance(v, bool):
        return f".bool({'true' if v else 'false'})"
    if isinstance(v, int):
        return f".int({v})"
    if isinstance(v, str):
        return f".string({json.dumps(v)})"
    raise SystemExit(f"unsupported default {v!r}")


class Emitter:
    def __init__(self, seen):
        self.seen = seen
        self.shared = {}  # key -> name
        for k, (n, path) in seen.items():
            node = json.loads(k)
            if n > 1 and node.get("type") == "object" and not node.get("x-kubernetes-int-or-string"):
                name = NAMES.get(path)
                if name is None:
                    name = "shared" + "".join(p[:1].upper() + p[1:] for p in path.replace("[]", ".item").replace("{}", ".value").split("."))
                self.shared[k] = name
        self.defs = []

    def ref(self, node, indent, top=False):
        k = key(node)
        if not top and k in self.shared:
            return "." + self.shared[k]
        return self.inline(node, indent)

    def common(self, node):
        args = []
        if "default" in node:
            args.append(f"default: {swift_value(node['default'])}")
        return args

    def inline(self, node, indent):
        pad = "    " * indent
        if node.get("x-kubernetes-int-or-string"):
            if not node.get("pattern", "").startswith(QUANTITY_PATTERN_START):
                raise SystemExit("int-or-string without the quantity pattern")
            return ".quantity"
        t = node.get("type")
        if t == "string":
            args = []
            if "enum" in node:
                args.append("enum: [" + ", ".join(json.dumps(e) for e in node["enum"]) + "]")
            for a in ("minLength", "maxLength"):
                if a in node:
                    args.append(f"{a}: {node[a]}")
            args += self.common(node)
            return f".string({', '.join(args)})"
        if t == "integer":
            args = [f"format: .{node.get('format', 'int64')}"]
            for a in ("minimum", "maximum"):
                if a in node:
                    args.append(f"{a}: {node[a]}")
            args += self.common(node)
            return f".integer({', '.join(args)})"
        if t == "boolean":
            return f".boolean({', '.join(self.common(node))})"
        if t == "array":
            return f".array({self.ref(node['items'], indent)})"
        if t == "object":
            if isinstance(node.get("additionalProperties"), dict):
                return f".map({self.ref(node['additionalProperties'], indent)})"
            props = node.get("properties", {})
            lines = [f"{pad}        ({json.dumps(n)}, {self.ref(p, indent + 2)}),"
                     for n, p in sorted(props.items())]
            args = []
            if node.get("required"):
                args.append("required: [" + ", ".join(json.dumps(r) for r in node["required"]) + "]")
            args += self.common(node)
            tail = "".join(f",\n{pad}    {a}" for a in args)
            if not lines:
                return ".object([]" + "".join(", " + a for a in args) + ")"
            return f".object(\n{pad}    [\n" + "\n".join(lines) + f"\n{pad}    ]{tail}\n{pad})"
        raise SystemExit(f"unsupported schema {node!r}")


def main():
    shared_dir = os.environ.get("MSRENDER_SHARED") or os.path.join(os.path.dirname(__file__), "..", "..", "shared")
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(shared_dir, "reference/crds/model.otterscale.io_modelservices.yaml")
    crd = yaml.safe_load(open(path))
    version = next(v for v in crd["spec"]["versions"] if v["name"] == "v1alpha1")
    spec = version["schema"]["openAPIV3Schema"]["properties"]["spec"]
    for role, extra in PATCHES.items():
        for name, schema in extra.items():
            spec["properties"][role]["properties"].setdefault(name, schema)
    spec = strip(spec)
    seen = {}
    count(spec, seen, "spec")
    em = Emitter(seen)
    out = [
        "// Generated by scripts/gen-crd-schema.py from",
        "// reference/crds/model.otterscale.io_modelservices.yaml (v1alpha1). Do not edit.",
        "import MSYAML",
        "",
        "extension Schema {",
        "    /// The schema of `spec`.",
        f"    static let modelServiceSpec: Schema = {em.ref(spec, 1, top=True)}",
    ]
    for k, name in sorted(em.shared.items(), key=lambda kv: kv[1]):
        out.append("")
        out.append(f"    static let {name}: Schema = {em.inline(json.loads(k), 1)}")
    out.append("}")
    print("\n".join(out))


main()
