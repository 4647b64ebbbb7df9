#!/usr/bin/env bash
# Render benchmark (issues 3 and 5): the release msrender over 1, 100, 1,000 and 10,000
# generated ModelServices, beside kubectl kustomize re-reading the same output, `cat` of
# it (the floor) and PyYAML's C loader reading it. Median of RUNS (default 5) runs.
#   Benchmarks/render/run.sh [RUNS] [SIZES...]
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-5}; shift || true
SIZES=${*:-1 100 1000 10000}
swift build -c release --product msrender >/dev/null 2>&1 || swift build -c release --product msrender
BIN=$PWD/.build/release/msrender
B=Benchmarks/render
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
M="python3 $B/measure.py $RUNS"
printf '%s\n' "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
printf '%-7s | %-18s | %-18s | %-10s | %-10s | %s\n' "N" "msrender s (MiB)" "kustomize s (MiB)" "cat s" "PyYAML C s" "kustomize/msrender"
for n in $SIZES; do
  python3 $B/generate.py "$n" "$W/in-$n"
  read -r ms_t ms_m < <($M "$W/out-$n.yaml" -- "$BIN" build "$W/in-$n")
  mkdir -p "$W/k-$n"; cp "$W/out-$n.yaml" "$W/k-$n/out.yaml"; printf 'resources:\n- out.yaml\n' > "$W/k-$n/kustomization.yaml"
  read -r k_t k_m < <($M "$W/k.out" -- kubectl kustomize "$W/k-$n")
  read -r c_t _ < <($M "$W/c.out" -- cat "$W/out-$n.yaml")
  read -r p_t _ < <($M "$W/p.out" -- python3 $B/pyyaml_load.py "$W/out-$n.yaml")
  printf '%-7s | %-18s | %-18s | %-10s | %-10s | %.1fx\n' "$n" "$ms_t ($ms_m)" "$k_t ($k_m)" "$c_t" "$p_t" "$(python3 -c "print($k_t/$ms_t)")"
  echo "$n $ms_t $ms_m" >> "$W/ms.txt"
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
