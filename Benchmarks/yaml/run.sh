#!/usr/bin/env bash
# YAML read/write throughput: msrender's release build beside PyYAML's C loader and
# dumper, on the same generated Kubernetes-style stream, in the same run.
#   Benchmarks/yaml/run.sh [MB] [RUNS]     (defaults: 20 MB, 5 runs; medians reported)
set -euo pipefail
cd "$(dirname "$0")"
MB=${1:-20}
RUNS=${2:-5}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

swift build -c release >"$WORK/build.log" 2>&1 || { tail -n 30 "$WORK/build.log"; exit 1; }
BIN=$(swift build -c release --show-bin-path)/yamlbench
"$BIN" generate "$WORK/stream.yaml" "$MB"
"$BIN" read "$WORK/stream.yaml" "$RUNS" >"$WORK/ours.txt"
"$BIN" write "$WORK/stream.yaml" "$RUNS" >>"$WORK/ours.txt"
python3 pyyaml_bench.py "$WORK/stream.yaml" "$RUNS" >"$WORK/pyyaml.txt"
cat "$WORK/ours.txt" "$WORK/pyyaml.txt" | sed -E 's/seconds=\[([^]]{0,60})[^]]*\]/seconds=[\1...]/'
python3 report.py "$(wc -c <"$WORK/stream.yaml")" "$WORK/ours.txt" "$WORK/pyyaml.txt"
