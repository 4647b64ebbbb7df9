#!/usr/bin/env bash
# Hostile inputs (issue 5): wall time and peak memory of the release msrender on every
# file of the hostile corpus plus the large generated cases, against the 2 s / 200 MB
# budget. Each must exit 1. Median of RUNS (default 3).
#   Benchmarks/hostile/run.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-3}
swift build -c release --static-swift-stdlib --product msrender >/dev/null 2>&1 || swift build -c release --static-swift-stdlib --product msrender
BIN=$PWD/.build/release/msrender
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
python3 - "$W" <<'PY'
import os, random, sys
w = sys.argv[1]
rng = random.Random(0x5eed)
open(f"{w}/random-bytes.yaml", "wb").write(bytes(rng.getrandbits(8) for _ in range(65536)))
open(f"{w}/deep-flow-100000.yaml", "w").write("[" * 100000)
open(f"{w}/deep-map-100000.yaml", "w").write("{a: " * 100000)
open(f"{w}/deep-block-2000.yaml", "w").write("".join(" " * i + "- \n" for i in range(2000)) + " " * 2000 + "- x\n")
head = "apiVersion: model.otterscale.io/v1alpha1\nkind: ModelService\nmetadata:\n  name: big\nspec:\n  model:\n    name: "
open(f"{w}/scalar-100MB.yaml", "w").write(head + "x" * (100 << 20) + "\n  bogus: 1\n")
dup = "apiVersion: model.otterscale.io/v1alpha1\nkind: ModelService\nmetadata:\n  name: dup\n  labels:\n" + "    k: v\n" * 10000
open(f"{w}/duplicate-keys-10000.yaml", "w").write(dup)
PY
printf '%-28s %6s %10s %10s\n' file exit "wall s" "peak MiB"
for f in Tests/MSRenderCLITests/Hostile/*.yaml "$W"/*.yaml; do
  walls=(); peaks=(); code=0
  for _ in $(seq "$RUNS"); do
    set +e
    /usr/bin/time -f "%e %M" -o "$W/t" "$BIN" build "$f" >/dev/null 2>&1; code=$?
    set -e
    read -r wall kb < <(tail -n1 "$W/t")
    walls+=("$wall"); peaks+=("$kb")
  done
  med() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
  printf '%-28s %6s %10s %10.1f\n' "$(basename "$f")" "$code" "$(med "${walls[@]}")" "$(echo "$(med "${peaks[@]}") / 1024" | bc -l)"
done
