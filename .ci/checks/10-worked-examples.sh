#!/usr/bin/env bash
# The four worked examples in ../shared/worked-examples: msrender's objects equal the
# expected ones as data (order aside: the expected files list them in operator order).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
need_shared worked-examples
ensure_msrender
fail=0; n=0
for input in "$SHARED"/worked-examples/*.yaml; do
  case "$input" in *.expected.yaml) continue;; esac
  n=$((n+1))
  expected=${input%.yaml}.expected.yaml
  if ! "$MSRENDER" build --format json "$input" > /tmp/msrender-we.json 2>/tmp/msrender-we.err; then
    echo "FAIL $input: $(cat /tmp/msrender-we.err)"; fail=$((fail+1)); continue
  fi
  if ! python3 - "$expected" /tmp/msrender-we.json <<'PY'
import json, sys, yaml
exp = [d for d in yaml.safe_load_all(open(sys.argv[1])) if d is not None]
got = json.load(open(sys.argv[2]))["items"]
# SPEC 5.1 writes `resources: {}` on every container (as the API server returns them);
# the expected files omit it on init containers. Both decode to the same Go object, so
# an empty `resources` counts as absent here.
def norm(o):
    pod = o.get("spec", {}).get("template", {}).get("spec", {})
    for c in pod.get("containers", []) + pod.get("initContainers", []):
        if c.get("resources") == {}: del c["resources"]
    return o
exp = [norm(o) for o in exp]; got = [norm(o) for o in got]
key = lambda o: (o["kind"], o["metadata"].get("namespace", ""), o["metadata"]["name"])
e = {key(o): o for o in exp}; g = {key(o): o for o in got}
bad = False
for k in sorted(set(e) | set(g)):
    if k not in g: print(f"  missing {k}"); bad = True
    elif k not in e: print(f"  unexpected {k}"); bad = True
    elif e[k] != g[k]:
        bad = True
        print(f"  differs {k}")
        a = json.dumps(e[k], indent=1, sort_keys=True).splitlines(); b = json.dumps(g[k], indent=1, sort_keys=True).splitlines()
        import difflib
        for line in list(difflib.unified_diff(a, b, "expected", "msrender", lineterm=""))[:40]: print("   ", line)
sys.exit(1 if bad else 0)
PY
  then echo "FAIL $input"; fail=$((fail+1)); fi
done
echo "worked examples: $((n-fail)) passed, $fail failed"
[ "$fail" -eq 0 ]
