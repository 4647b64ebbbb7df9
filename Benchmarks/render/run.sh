#!/usr/bin/env bash
# Render benchmark (issues 3 and 5): the release msrender over 1, 100, 1,000 and 10,000
# generated ModelServices, beside kubectl kustomize re-reading the same output, `cat` of
# it (the floor) and PyYAML's C loader reading it. Median of RUNS (default 5) runs.
#   Benchmarks/render/run.sh [RUNS] [SIZES...]
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}; shift || true
SIZES=${*:-1 100 1000 10000}
swift build -c release --static-swift-stdlib --product msrender >/dev/null 2>&1 || swift build -c release --static-swift-stdlib --product msrender
BIN=$PWD/.build/release/msrender
B=Benchmarks/render
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
M="python3 $B/measure.py $RUNS"
printf '%s\n' "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
# kubectl kustomize grows much faster than linearly (over ten minutes for 1,000
# ModelServices here), so from 1,000 on it runs once, with a time limit, and not at all
# for 10,000; PyYAML runs 3 times there. msrender always runs RUNS times.
KTIMEOUT=${KTIMEOUT:-1200}
printf '%-7s | %-18s | %-22s | %-8s | %-10s | %s\n' "N" "msrender s (MiB)" "kustomize s (MiB)" "cat s" "PyYAML C s" "kustomize / msrender"
for n in $SIZES; do
  python3 $B/generate.py "$n" "$W/in-$n"
  read -r ms_t ms_m < <($M "$W/out-$n.yaml" -- "$BIN" build "$W/in-$n")
  ref_runs=$RUNS; [ "$n" -ge 1000 ] && ref_runs=3
  mkdir -p "$W/k-$n"; cp "$W/out-$n.yaml" "$W/k-$n/out.yaml"; printf 'resources:\n- out.yaml\n' > "$W/k-$n/kustomization.yaml"
  if [ "$n" -ge 10000 ]; then
    k="not run"; ratio="-"
  else
    k_runs=$ref_runs; [ "$n" -ge 1000 ] && k_runs=1
    read -r k_t k_m < <(python3 $B/measure.py "$k_runs" "$W/k.out" --timeout "$KTIMEOUT" -- kubectl kustomize "$W/k-$n")
    if [ "$k_t" = timeout ]; then k="> $k_m"; ratio="> $(python3 -c "print(f'{$k_m/$ms_t:.0f}x')")"
    else k="$k_t ($k_m)"; ratio="$(python3 -c "print(f'{$k_t/$ms_t:.1f}x')")"; fi
  fi
  read -r c_t _ < <(python3 $B/measure.py "$ref_runs" "$W/c.out" -- cat "$W/out-$n.yaml")
  read -r p_t _ < <(python3 $B/measure.py "$ref_runs" "$W/p.out" -- python3 $B/pyyaml_load.py "$W/out-$n.yaml")
  printf '%-7s | %-18s | %-22s | %-8s | %-10s | %s\n' "$n" "$ms_t ($ms_m)" "$k" "$c_t" "$p_t" "$ratio"
  echo "$n $ms_t $ms_m" >> "$W/ms.txt"
  rm -rf "$W/k-$n" "$W/in-$n"
done
if grep -q '^1000 ' "$W/ms.txt" && grep -q '^10000 ' "$W/ms.txt"; then
  python3 - "$W/ms.txt" <<'PY'
import sys
d = {int(l.split()[0]): float(l.split()[1]) for l in open(sys.argv[1])}
print(f"scaling: time(10000)/time(1000) = {d[10000]/d[1000]:.2f} (target <= 12)")
PY
fi
echo "start-up: msrender --version vs /bin/true"
read -r v_t _ < <($M "$W/v.out" -- "$BIN" --version)
read -r t_t _ < <($M "$W/t.out" -- /bin/true)
echo "  msrender --version ${v_t}s, /bin/true ${t_t}s"
python3 $B/generate.py 1 "$W/one"
read -r one_t one_m < <($M "$W/one.out" -- "$BIN" build "$W/one/ms-00000.yaml")
echo "  one small ModelService: ${one_t}s wall, ${one_m} MiB peak"
ls -l "$BIN" | awk '{printf "  binary size: %.1f MiB\n", $5/1048576}'
