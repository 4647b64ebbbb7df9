"""Compare PyYAML's reading of trees.yaml with trees.jsonl, tree by tree.

Usage: yaml_roundtrip_pyyaml.py TREES.yaml TREES.jsonl
Prints `N passed, M failed` and exits 1 when any tree differs.
"""
import json
import math
import re
import sys

import yaml

MARK = "\x00float:"
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def same(y, j, path, problems):
    """Whether PyYAML's value y is the JSON value j, with types (bool is not int)."""
    if isinstance(j, str) and j.startswith(MARK):
        want = j[len(MARK):]
        ok = isinstance(y, float) and (
            math.isnan(y) if want == "nan" else y == (math.inf if want == "inf" else -math.inf))
    elif isinstance(j, bool) or j is None:
        ok = y is j
    elif isinstance(j, int):
        ok = type(y) is int and y == j
    elif isinstance(j, float):
        ok = type(y) is float and y == j and math.copysign(1, y) == math.copysign(1, j)
    elif isinstance(j, str):
        ok = type(y) is str and y == j
    elif isinstance(j, list):
        ok = type(y) is list and len(y) == len(j)
        if ok:
            return all(same(a, b, f"{path}[{i}]", problems) for i, (a, b) in enumerate(zip(y, j)))
    else:
        ok = type(y) is dict and all(type(k) is str for k in y) and set(y) == set(j)
        if ok:
            return all(same(y[k], j[k], f"{path}.{k!r}", problems) for k in j)
    if not ok:
        problems.append(f"{path}: PyYAML read {y!r} ({type(y).__name__}), expected {j!r}")
    return ok


def main():
    yaml_path, json_path = sys.argv[1], sys.argv[2]
    with open(json_path, encoding="utf-8") as f:
        expected = [json.loads(line) for line in f]
    with open(yaml_path, encoding="utf-8") as f:
        text = f.read()
    # Each tree's document starts with a line "--- # tree N" (the writer never starts a
    # line with "---" inside a document).
    docs = [d for d in re.split(r"(?m)^(?=--- # tree )", text) if d]
    passed = failed = 0
    for i, j in enumerate(expected):
        chunk = docs[i] if i < len(docs) else ""
        problems = []
        try:
            got = list(yaml.load_all(chunk, Loader=LOADER))
            ok = len(got) == 1 and same(got[0], j, "$", problems)
        except Exception as e:  # noqa: BLE001 - any failure fails this tree only
            ok = False
            problems.append(f"error: {e}")
        if ok:
            passed += 1
        else:
            failed += 1
            if failed <= 10:
                print(f"tree {i}: " + "; ".join(problems[:3]))
                print("  yaml: " + chunk[:400].replace("\n", "\n        "))
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed or passed != len(expected) else 0)


main()
