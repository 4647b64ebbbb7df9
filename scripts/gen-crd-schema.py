#!/usr/bin/env python3
"""Generate the ModelService schema tables of Sources/MSModel/Schema from the CRD.

Usage: scripts/gen-crd-schema.py [--out DIR] [CRD.yaml]
writes DIR/CRDSchema.swift and DIR/CRDDescriptions.swift (default DIR:
Sources/MSModel/Schema) and formats them with `swift format` (the repository's
.swift-format), so regenerating reproduces the committed files byte for byte
(.ci/checks/15-crd-schema.sh checks that). Default CRD: $MSRENDER_SHARED or ../shared,
reference/crds/model.otterscale.io_modelservices.yaml.

CRDSchema.swift keeps what validation needs: types, properties, required,
additionalProperties, items, defaults, enums, minimum/maximum, minLength/maxLength,
int32/int64 formats and int-or-string quantities. Sub-schemas that occur more than once
(RoleSpec, ResourceRequirements, ...) are emitted once, as named constants.
CRDDescriptions.swift holds the CRD's description of every field, by explain path
(`spec.engine.env.name`: array items and map values share their field's path), each
paragraph reflowed onto one line; `msrender explain` and `msrender schema` read it.
"""
import json
import os
import subprocess
import sys
import tempfile

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
ANNOTATIONS = {
    "type": "object",
    "additionalProperties": {"type": "string"},
    "description": "Annotations are added to the pod template of this role's serving Deployment "
    "(otterscale/api v1.0.0; not in the CRD text this table is generated from).",
}
PATCHES = {"decode": {"annotations": ANNOTATIONS}, "prefill": {"annotations": ANNOTATIONS}}


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


def reflow(text):
    """Paragraphs (split at blank lines) each joined onto one line."""
    paragraphs = [" ".join(line.strip() for line in p.splitlines() if line.strip())
                  for p in text.strip().split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def descriptions(node, path, out):
    """The description of `node` and of every field below it, by explain path."""
    text = reflow(node.get("description", ""))
    if text and path not in out:
        out[path] = text
    for name, p in sorted(node.get("properties", {}).items()):
        descriptions(p, f"{path}.{name}" if path else name, out)
    if isinstance(node.get("items"), dict):
        descriptions(node["items"], path, out)
    if isinstance(node.get("additionalProperties"), dict):
        descriptions(node["additionalProperties"], path, out)


def descriptions_swift(root):
    out = {}
    top = dict(root)
    # status is written by the operator and never read: only its own description is kept.
    top["properties"] = {k: v for k, v in root["properties"].items() if k != "status"}
    descriptions(top, "", out)
    if root["properties"].get("status", {}).get("description"):
        out["status"] = reflow(root["properties"]["status"]["description"])
    lines = [
        "// Generated by scripts/gen-crd-schema.py from",
        "// reference/crds/model.otterscale.io_modelservices.yaml (v1alpha1). Do not edit.",
        "",
        "extension Schema {",
        "    /// The CRD's description of each field by explain path (`spec.engine.env.name`: array",
        "    /// items and map values share their field's path; \"\" is the ModelService itself).",
        "    static let crdDescriptions: [String: String] = [",
    ]
    for path in sorted(out):
        lines.append(f"        {json.dumps(path)}: {json.dumps(out[path], ensure_ascii=False)},")
    lines += ["    ]", "}"]
    return "\n".join(lines) + "\n"


def main():
    args = sys.argv[1:]
    out_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "MSModel", "Schema")
    if args[:1] == ["--out"]:
        out_dir, args = args[1], args[2:]
    shared_dir = os.environ.get("MSRENDER_SHARED") or os.path.join(os.path.dirname(__file__), "..", "..", "shared")
    path = args[0] if args else os.path.join(shared_dir, "reference/crds/model.otterscale.io_modelservices.yaml")
    crd = yaml.safe_load(open(path))
    version = next(v for v in crd["spec"]["versions"] if v["name"] == "v1alpha1")
    root = version["schema"]["openAPIV3Schema"]
    spec = root["properties"]["spec"]
    for role, extra in PATCHES.items():
        for name, schema in extra.items():
            spec["properties"][role]["properties"].setdefault(name, schema)
    described = descriptions_swift(root)
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
    files = {"CRDSchema.swift": "\n".join(out) + "\n", "CRDDescriptions.swift": described}
    config = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".swift-format")
    os.makedirs(out_dir, exist_ok=True)
    for name, text in files.items():
        target = os.path.join(out_dir, name)
        with open(target, "w") as f:
            f.write(text)
        subprocess.run(["swift", "format", "format", "--in-place", "--configuration", config, target], check=True)


main()
