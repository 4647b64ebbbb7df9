#!/usr/bin/env bash
# The decoder's schema tables are what scripts/gen-crd-schema.py makes of the CRD:
# regenerating reproduces Sources/MSModel/Schema/CRDSchema.swift and CRDDescriptions.swift
# byte for byte.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
need_shared crd-schema
cd "$ROOT"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 scripts/gen-crd-schema.py --out "$tmp" "$SHARED/reference/crds/model.otterscale.io_modelservices.yaml"
fail=0
for f in CRDSchema.swift CRDDescriptions.swift; do
  if ! diff -u "Sources/MSModel/Schema/$f" "$tmp/$f"; then
    echo "FAIL $f differs from the generator's output (run: python3 scripts/gen-crd-schema.py)"; fail=$((fail+1))
  fi
done
echo "crd-schema: $((2-fail)) passed, $fail failed"
[ "$fail" -eq 0 ]
