#!/usr/bin/env bash
# End to end as a KRM function under a real orchestrator: kpt's output for a folder of
# ModelServices and other manifests must hold exactly `msrender build` of the
# ModelServices plus the other manifests untouched (orchestrator annotations aside);
# and an invalid ModelService among three files gives a result that kpt prints with the
# resource's name (resourceRef) and the file it is in, never a ResourceList position.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
ensure_msrender
if ! command -v kpt >/dev/null; then echo "!!!!!!!! SKIPPED kpt check: kpt not installed !!!!!!!!" >&2; exit 0; fi
cd "$ROOT"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/pkg/apps" "$tmp/pkg/models"
cp examples/minimal.yaml examples/pd-routing-proxy.yaml "$tmp/pkg/models/"
cp examples/fleet/chat.yaml "$tmp/pkg/models/fleet.yaml"
cat > "$tmp/pkg/apps/other.yaml" <<'YAML'
# Not a ModelService: passes through unchanged.
apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
  namespace: ml-serving
  annotations:
    team: platform
    example.com/yes: "yes"
data:
  flag: "on"
  count: "0755"
---
apiVersion: v1
kind: Namespace
metadata:
  name: ml-serving
YAML
kpt fn eval "$tmp/pkg" --exec "$MSRENDER fn" --output stdout > "$tmp/kpt.yaml" 2> "$tmp/kpt.err" || {
  echo "FAIL: kpt fn eval exited non-zero"; cat "$tmp/kpt.err"; exit 1; }
"$MSRENDER" build --format json "$tmp/pkg/models" > "$tmp/build.json"
python3 - "$tmp/kpt.yaml" "$tmp/build.json" "$tmp/pkg/apps/other.yaml" <<'PY'
import json, sys, yaml
kpt_out, build_json, other = sys.argv[1:4]
def strip(o):
    a = o.get("metadata", {}).get("annotations")
    if a is not None:
        for k in list(a):
            if k.startswith(("config.kubernetes.io/", "internal.config.kubernetes.io/", "config.k8s.io/")):
                del a[k]
        if not a:
            del o["metadata"]["annotations"]
    return o
doc = yaml.safe_load(open(kpt_out))
got = sorted(json.dumps(strip(i), sort_keys=True) for i in doc["items"])
want_objs = json.load(open(build_json))["items"] + [d for d in yaml.safe_load_all(open(other)) if d]
want = sorted(json.dumps(o, sort_keys=True) for o in want_objs)
if got != want:
    print(f"FAIL: kpt output has {len(got)} objects, expected {len(want)}")
    gs, ws = set(got), set(want)
    for x in sorted(ws - gs)[:3]: print("  missing:", x[:300])
    for x in sorted(gs - ws)[:3]: print("  unexpected:", x[:300])
    sys.exit(1)
print(f"kpt fn eval: 1 passed, 0 failed ({len(got)} objects)")
PY

# An invalid ModelService among three files: kpt fails and names it.
mkdir -p "$tmp/bad"
cp examples/minimal.yaml examples/pd-routing-proxy.yaml "$tmp/bad/"
sed 's/^    replicas: 2$/    replica: 2/' examples/monitoring.yaml > "$tmp/bad/monitoring.yaml"
grep -q '^    replica: 2$' "$tmp/bad/monitoring.yaml" || { echo "FAIL: could not break examples/monitoring.yaml"; exit 1; }
mkdir -p "$tmp/results"
if kpt fn eval "$tmp/bad" --exec "$MSRENDER fn" --results-dir "$tmp/results" --output stdout > /dev/null 2> "$tmp/bad.err"; then
  echo "FAIL: kpt fn eval passed an invalid ModelService"; exit 1
fi
want='[error] model.otterscale.io/v1alpha1/ModelService/observability-demo/granite-8b spec.decode.replica: unknown field "replica"'
if ! grep -qF "$want" "$tmp/bad.err"; then
  echo "FAIL: kpt's printed results do not name the ModelService; expected a line with: $want"; cat "$tmp/bad.err"; exit 1
fi
python3 - "$tmp/results" <<'PY'
import glob, sys, yaml
files = glob.glob(sys.argv[1] + "/*.yaml")
doc = yaml.safe_load(open(files[0]))
results = [r for item in doc["items"] for r in item.get("results", [])]
if len(results) != 1:
    sys.exit(f"FAIL: expected one result, got {results}")
r = results[0]
want = {"apiVersion": "model.otterscale.io/v1alpha1", "kind": "ModelService", "name": "granite-8b", "namespace": "observability-demo"}
if r.get("resourceRef") != want or r.get("file", {}).get("path") != "monitoring.yaml" or r.get("field") != {"path": "spec.decode.replica"}:
    sys.exit(f"FAIL: result {r}")
if any(k in str(r) for k in ("line", ":17:", ":18:")):
    sys.exit(f"FAIL: a stream position in {r}")
PY
echo "kpt fn eval with an invalid ModelService: 1 passed, 0 failed ($(grep -F '[error]' "$tmp/bad.err" | sed 's/^ *//'))"
