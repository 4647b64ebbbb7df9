#!/usr/bin/env python3
"""Compare one rendered YAML stream, as read by PyYAML (YAML 1.1) and as re-printed by
kubectl's kustomize, with the objects of msrender's --format json List.

usage: compare_clients.py STREAM.yaml LIST.json KUSTOMIZE_OUTPUT.yaml
Exit 0 when all three hold exactly the same objects (kustomize may reorder)."""
import json
import sys

import yaml


def key(o):
    m = o.get("metadata", {})
    return (o.get("apiVersion"), o.get("kind"), m.get("namespace", ""), m.get("name"))


def main():
    stream, listfile, kustomized = sys.argv[1:4]
    with open(stream) as f:
        docs = [d for d in yaml.safe_load_all(f) if d is not None]
    with open(listfile) as f:
        lst = json.load(f)
    items = lst["items"]
    problems = []
    if docs != items:
        problems.append("PyYAML's reading of the stream differs from the JSON List items")
        for i, (a, b) in enumerate(zip(docs, items)):
            if a != b:
                problems.append(f"  first difference at document {i + 1}: {key(a)}")
                break
        if len(docs) != len(items):
            problems.append(f"  {len(docs)} documents vs {len(items)} items")
    with open(kustomized) as f:
        kdocs = [d for d in yaml.safe_load_all(f) if d is not None]
    if sorted(json.dumps(d, sort_keys=True) for d in kdocs) != sorted(
        json.dumps(i, sort_keys=True) for i in items
    ):
        problems.append("kubectl kustomize's objects differ from the JSON List items")
        kk = {key(d): d for d in kdocs}
        for i in items:
            if kk.get(key(i)) != i:
                problems.append(f"  e.g. {key(i)}")
                break
    for p in problems:
        print(f"{stream}: {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
