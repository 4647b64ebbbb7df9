#!/usr/bin/env bash
# Fuzzes the whole build pipeline (bytes to manifests) with libFuzzer + AddressSanitizer.
#   Fuzz/run-build-fuzz.sh [SECONDS]   (default 600)
# Seeds: the examples, goldens' inputs, hostile corpus and worked examples; crashes and
# the grown corpus go to fuzz-out/build/ (gitignored).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SECONDS_TO_RUN=${1:-600}
SHARED=${MSRENDER_SHARED:-$ROOT/../shared}
OUT=$ROOT/fuzz-out/build
B=$OUT/obj
mkdir -p "$OUT/corpus" "$OUT/crashes" "$B"

find examples Tests/MSRenderCLITests/Hostile -name '*.yaml' -o -name '*.yml' -o -name '*.json' | while read -r f; do
  cp "$f" "$OUT/corpus/seed-$(echo "$f" | tr '/' '_')"
done
if [ -d "$SHARED/worked-examples" ]; then cp "$SHARED"/worked-examples/*.yaml "$OUT/corpus/" ; fi

# Each module compiled separately (as SwiftPM does), instrumented for coverage and ASan;
# MSRenderCLI with -enable-testing so the entry point can reach its pipeline.
FLAGS=(-sanitize=fuzzer,address -parse-as-library -O -g -wmo -I "$B")
build_module() {
  local name=$1; shift
  echo "== compiling $name"
  swiftc "${FLAGS[@]}" "$@" -module-name "$name" -emit-module -emit-module-path "$B/$name.swiftmodule" \
    -c $(find "Sources/$name" -name '*.swift' | LC_ALL=C sort) -o "$B/$name.o" 2>&1 | grep -v "Cannot export local symbol" || true
  [ -f "$B/$name.o" ]
}
build_module MSYAML
build_module MSModel
build_module MSRender
build_module MSRenderCLI -enable-testing
echo "== linking $OUT/build-fuzz"
swiftc "${FLAGS[@]}" -module-name BuildFuzz Fuzz/BuildFuzz/main.swift "$B"/*.o -o "$OUT/build-fuzz" 2>&1 \
  | grep -v "Cannot export local symbol" || true
[ -x "$OUT/build-fuzz" ]

echo "== fuzzing for $SECONDS_TO_RUN s"
cd "$OUT"
# -detect_leaks=0: lazily initialised `static let` constants live for the process and
# LeakSanitizer reports them when libFuzzer checks one input; they are not leaks.
ASAN_OPTIONS=detect_leaks=0 ./build-fuzz -max_total_time="$SECONDS_TO_RUN" -max_len=8192 -timeout=10 -rss_limit_mb=2048 -detect_leaks=0 \
  -artifact_prefix="$OUT/crashes/" -print_final_stats=1 corpus 2>&1 | tee "$OUT/fuzz.log" \
  | grep -vE '^#[0-9]+.*(NEW|REDUCE|pulse)' || true
echo "== crashes: $(ls "$OUT/crashes" | wc -l) (in $OUT/crashes)"
