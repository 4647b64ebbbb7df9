#!/usr/bin/env bash
# Every golden output passes the strict Kubernetes 1.35 + CRD validator; every example
# input passes it in --modelservice mode.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
need_shared validate-manifests
cd "$ROOT"
V="$SHARED/tools/validate-manifests"
fail=0; n=0
for g in $(find golden -type f \( -name '*.yaml' -o -name '*.json' \) | LC_ALL=C sort); do
  n=$((n+1))
  if ! out=$(python3 "$V" -q "$g" 2>&1); then echo "FAIL $g"; echo "$out"; fail=$((fail+1)); fi
done
for e in $(example_inputs); do
  n=$((n+1))
  if ! out=$(python3 "$V" -q --modelservice "$e" 2>&1); then echo "FAIL --modelservice $e"; echo "$out"; fail=$((fail+1)); fi
done
echo "validate-manifests: $((n-fail)) passed, $fail failed"
[ "$fail" -eq 0 ]
