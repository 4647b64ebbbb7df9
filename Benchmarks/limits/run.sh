#!/usr/bin/env bash
# msrender against the real limits (issue 11): every figure is a ratio to an anchor
# measured in the same run, interleaved round by round (Benchmarks/anchors/runbench.c),
# medians. Anchors: /bin/true (the exec floor), libyaml's C parser and emitter over
# msrender's own output (Benchmarks/anchors/libyaml_anchor.c, from Debian's libyaml-dev),
# rapidyaml (`pip install rapidyaml`) when it is installed.
#   Benchmarks/limits/run.sh [ROUNDS]      (default 11; start-up uses 20x as many)
# The binary is the one the README's install command builds.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-11}
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
A=Benchmarks/anchors

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with local changes)')"
bash Benchmarks/install-build.sh >"$W/build.log" 2>&1 || { tail -n 30 "$W/build.log"; exit 1; }
BIN=$PWD/.build/release/msrender
bash $A/build.sh "$W" >/dev/null
RB=$W/runbench; LY=$W/libyaml_anchor

python3 Benchmarks/render/generate.py 1 "$W/one" >/dev/null
python3 Benchmarks/render/generate.py 1000 "$W/in-1000" >/dev/null
python3 Benchmarks/render/generate.py 10000 "$W/in-10000" >/dev/null
"$BIN" build --quiet "$W/in-1000" >"$W/out-1000.yaml"
python3 - "$W/flow.yaml" <<'PY'
import sys
# A 40 MB flow sequence of integers: the worst case for per-node memory.
with open(sys.argv[1], "w") as f:
    f.write("[")
    f.write(", ".join(str(i) for i in range(5_000_000)))
    f.write("]\n")
PY
size() { stat -c %s "$1"; }
ONE=$W/one/ms-00000.yaml
results=$W/results.txt
: >"$results"
# row NAME VALUE TARGET OP: OP is le or ge.
row() { echo "$1|$2|$3|$4" >>"$results"; }
ratio() { python3 -c "print(f'{$1/$2:.2f}')"; }
get() { awk -v n="$1" '$1 == n {print $'"${3:-2}"'}' "$2"; }

echo "== start-up ($((ROUNDS * 20)) rounds)"
$RB $((ROUNDS * 20)) true=/bin/true version="$BIN --version" one="$BIN build --quiet $ONE" | tee "$W/s.txt"
row "msrender --version / /bin/true" "$(ratio "$(get version "$W/s.txt")" "$(get true "$W/s.txt")")" 1.6 le
row "build of one small ModelService / /bin/true" "$(ratio "$(get one "$W/s.txt")" "$(get true "$W/s.txt")")" 3.5 le

echo "== rendering ($ROUNDS rounds)"
$RB "$ROUNDS" build1k="$BIN build --quiet $W/in-1000" events="$LY events $W/out-1000.yaml" \
  onecore="taskset -c 0 $BIN build --quiet $W/in-1000" | tee "$W/r.txt"
row "build 1,000 / libyaml events over its output" "$(ratio "$(get build1k "$W/r.txt")" "$(get events "$W/r.txt")")" 0.5 le
row "build 1,000: one core / two cores" "$(ratio "$(get onecore "$W/r.txt")" "$(get build1k "$W/r.txt")")" 1.8 ge
$RB "$(( (ROUNDS + 1) / 2 ))" build1k="$BIN build --quiet $W/in-1000" build10k="$BIN build --quiet $W/in-10000" | tee "$W/t.txt"
row "build 10,000 / build 1,000" "$(ratio "$(get build10k "$W/t.txt")" "$(get build1k "$W/t.txt")")" 10.5 le
row "build 10,000 peak MiB" "$(python3 -c "print(f'{$(get build10k "$W/t.txt" 4)/1024:.1f}')")" 48 le

echo "== reader ($ROUNDS rounds; $(size "$W/out-1000.yaml") bytes)"
$RB "$ROUNDS" convert="$BIN convert --to json $W/out-1000.yaml" copy="$LY copy $W/out-1000.yaml" \
  flow="$BIN convert --to json $W/flow.yaml" | tee "$W/c.txt"
row "convert --to json / libyaml parse+emit" "$(ratio "$(get convert "$W/c.txt")" "$(get copy "$W/c.txt")")" 1.0 le
row "convert peak / input size" "$(python3 -c "print(f'{$(get convert "$W/c.txt" 4)*1024/$(size "$W/out-1000.yaml"):.2f}')")" 6 le
row "convert peak / input size (40 MB flow sequence)" "$(python3 -c "print(f'{$(get flow "$W/c.txt" 4)*1024/$(size "$W/flow.yaml"):.2f}')")" 6 le
(cd Benchmarks/yaml && swift build -c release >/dev/null 2>&1)
YB=$(cd Benchmarks/yaml && swift build -c release --show-bin-path)/yamlbench
# In-process rates (no start-up, no file read), interleaved round by round: each round
# is the median of 3 passes of each, and the figure is the median over the rounds.
: >"$W/ours.txt"; : >"$W/theirs.txt"
for _ in $(seq "$ROUNDS"); do
  "$YB" values "$W/out-1000.yaml" 3 | awk '{print $2}' >>"$W/ours.txt"
  "$LY" rate "$W/out-1000.yaml" 3 | awk '{print $2}' >>"$W/theirs.txt"
done
median() { sort -g "$1" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ours=$(median "$W/ours.txt"); theirs=$(median "$W/theirs.txt")
echo "reader to values: $ours MB/s; libyaml events: $theirs MB/s (medians of $ROUNDS interleaved rounds)"
if python3 -c "import ryml" 2>/dev/null; then
  echo "rapidyaml parse_in_arena: $(python3 $A/ryml_rate.py "$W/out-1000.yaml" "$ROUNDS") MB/s"
else
  echo "rapidyaml: not installed (pip install rapidyaml), figure left out"
fi
row "reader to values MB/s / libyaml events MB/s" "$(ratio "$ours" "$theirs")" 1.0 ge

echo
echo "| figure | value | target | met |"
echo "|---|---|---|---|"
while IFS='|' read -r name value target op; do
  met=$(python3 -c "print('yes' if ($value <= $target if '$op' == 'le' else $value >= $target) else 'NO')")
  sign="<="; [ "$op" = ge ] && sign=">="
  echo "| $name | $value | $sign $target | $met |"
done <"$results"
