#!/usr/bin/env bash
# Every golden YAML output, read by PyYAML and by kubectl (kustomize over a folder
# holding it), gives exactly the objects of `msrender build --format json`.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
ensure_msrender
cd "$ROOT"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0; n=0
while IFS=$'\t' read -r file args; do
  case "$file" in ''|'#'*) continue;; esac
  [[ "$file" == *.yaml ]] || continue
  n=$((n+1))
  # shellcheck disable=SC2086
  "$MSRENDER" $args --format json > "$tmp/list.json" 2> "$tmp/warnings"
  rm -rf "$tmp/k"; mkdir -p "$tmp/k"
  cp "golden/$file" "$tmp/k/out.yaml"
  printf 'resources:\n- out.yaml\n' > "$tmp/k/kustomization.yaml"
  if ! kubectl kustomize "$tmp/k" > "$tmp/kustomized.yaml" 2> "$tmp/kerr"; then
    echo "FAIL $file: kubectl kustomize: $(cat "$tmp/kerr")"; fail=$((fail+1)); continue
  fi
  if ! python3 .ci/compare_clients.py "golden/$file" "$tmp/list.json" "$tmp/kustomized.yaml"; then
    fail=$((fail+1))
  fi
done < golden/cases.tsv
echo "real clients (PyYAML, kubectl kustomize): $((n-fail)) passed, $fail failed"
[ "$fail" -eq 0 ]
