#!/usr/bin/env bash
# Hostile inputs (issue 5): wall time and peak memory of the release msrender on every
# file of the hostile corpus plus the large generated cases, against the 2 s / 200 MB
# budget. Each must exit 1. Median of RUNS (default 3).
#   Benchmarks/hostile/run.sh [RUNS]
# With BASE=path/to/another/msrender, that binary runs too, interleaved run by run, and
# the table gains its time and the ratio (this build / BASE): "hostile inputs no slower".
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
# One line of 300,000 non-ASCII scalars: columns must cost the line once, not per node.
open(f"{w}/flow-utf8-300000.yaml", "w").write("k: [" + ", ".join("é%d" % i for i in range(300000)) + "]\n")
dup = "apiVersion: model.otterscale.io/v1alpha1\nkind: ModelService\nmetadata:\n  name: dup\n  labels:\n" + "    k: v\n" * 10000
open(f"{w}/duplicate-keys-10000.yaml", "w").write(dup)
PY
BASE=${BASE:-}
if [ -n "$BASE" ]; then
  printf '%-28s %6s %10s %10s %10s %7s\n' file exit "wall s" "peak MiB" "base s" ratio
else
  printf '%-28s %6s %10s %10s\n' file exit "wall s" "peak MiB"
fi
med() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# Wall time in ms with 3 decimals (GNU time's %e has only 10 ms steps).
timed() { python3 -c 'import subprocess,sys,time; t=time.perf_counter(); r=subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL); print(f"{time.perf_counter()-t:.4f} {r.returncode}")' "$@"; }
for f in Tests/MSRenderCLITests/Hostile/*.yaml "$W"/*.yaml; do
  walls=(); peaks=(); bases=(); code=0
  for _ in $(seq "$RUNS"); do
    set +e
    /usr/bin/time -f "%M" -o "$W/t" "$BIN" build "$f" >/dev/null 2>&1
    set -e
    peaks+=("$(tail -n1 "$W/t")")
    read -r wall code < <(timed "$BIN" build "$f")
    walls+=("$wall")
    if [ -n "$BASE" ]; then
      read -r b _ < <(timed "$BASE" build "$f")
      bases+=("$b")
    fi
  done
  if [ -n "$BASE" ]; then
    w=$(med "${walls[@]}"); b=$(med "${bases[@]}")
    printf '%-28s %6s %10s %10.1f %10s %7.2f\n' "$(basename "$f")" "$code" "$w" "$(echo "$(med "${peaks[@]}") / 1024" | bc -l)" "$b" "$(echo "$w / $b" | bc -l)"
  else
    printf '%-28s %6s %10s %10.1f\n' "$(basename "$f")" "$code" "$(med "${walls[@]}")" "$(echo "$(med "${peaks[@]}") / 1024" | bc -l)"
  fi
done
