#!/usr/bin/env bash
# Fuzzes the YAML reader with libFuzzer and AddressSanitizer.
#   Fuzz/run-reader-fuzz.sh [SECONDS]   (default 600)
# Seeds come from the YAML test suite inputs ($MSRENDER_SHARED or ../shared) and the
# project's examples and goldens;
# crashes and the grown corpus go to fuzz-out/ (gitignored).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SECONDS_TO_RUN=${1:-600}
SHARED=${MSRENDER_SHARED:-$ROOT/../shared}
OUT=$ROOT/fuzz-out
mkdir -p "$OUT/corpus" "$OUT/crashes"

# Seed corpus: every in.yaml of the test suite, and its in.json (JSON texts back to
# back, for the JSON stream reader), plus anything found before.
if [ -d "$SHARED/yaml-test-suite" ]; then
  for d in "$SHARED"/yaml-test-suite/*/; do
    [ -f "$d/in.yaml" ] && cp "$d/in.yaml" "$OUT/corpus/seed-$(basename "$d").yaml"
    [ -f "$d/in.json" ] && cp "$d/in.json" "$OUT/corpus/seed-$(basename "$d").json"
  done
else
  echo "note: $SHARED/yaml-test-suite not found; starting from the project's own files"
fi
# Block-style manifests, which FastReader reads (the fuzzer checks it against the
# general path): the examples and goldens, cut to the fuzzer's input size.
find examples golden -name '*.yaml' | sort | while read -r f; do
  head -c 4096 "$f" >"$OUT/corpus/seed-project-$(echo "$f" | tr '/' '_')"
done

# The reader's sources compiled as one module with the fuzz entry point
# (-parse-as-library: main.swift holds no top-level code, libFuzzer supplies main).
echo "== building $OUT/reader-fuzz"
# (ld.gold warns about every ASan helper symbol; those warnings are filtered out.)
if ! swiftc -sanitize=fuzzer,address -parse-as-library -O -g \
  -module-name ReaderFuzz \
  $(find Sources/MSYAML -name '*.swift' | sort) Fuzz/ReaderFuzz/main.swift \
  -o "$OUT/reader-fuzz" >"$OUT/build.log" 2>&1; then
  grep -v "Cannot export local symbol" "$OUT/build.log"
  exit 1
fi

echo "== fuzzing for $SECONDS_TO_RUN s"
cd "$OUT"
./reader-fuzz -max_total_time="$SECONDS_TO_RUN" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$OUT/crashes/" -print_final_stats=1 corpus 2>&1 | tee "$OUT/fuzz.log" | grep -vE '^#[0-9]+.*(NEW|REDUCE)' || true
echo "== crashes: $(ls "$OUT/crashes" | wc -l) (in $OUT/crashes)"
