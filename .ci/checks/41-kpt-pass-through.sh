#!/usr/bin/env bash
# Exact pass-through under kpt (issue 8): a package holds a Thing with scalars YAML
# readers disagree on (a big integer, hex, octal, floats as written, a date, quoted
# strings, flow collections, a literal block, comments) beside a ModelService. After
# `kpt fn eval --exec "msrender fn"` the Thing's file must be byte-identical to what a
# no-op function (`--exec cat`) leaves, and the ModelService must have been rendered.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
ensure_msrender
if ! command -v kpt >/dev/null; then echo "!!!!!!!! SKIPPED kpt pass-through check: kpt not installed !!!!!!!!" >&2; exit 0; fi
cd "$ROOT"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/pkg"
cp examples/minimal.yaml "$tmp/pkg/model.yaml"
cat > "$tmp/pkg/thing.yaml" <<'YAML'
# A resource msrender does not own.
apiVersion: example.com/v1
kind: Thing
metadata:
  name: thing
  namespace: ml-serving
  annotations:
    example.com/quoted: "0755"
spec:
  big: 12345678901234567890  # more than 64 bits
  negbig: -123456789012345678901234567890
  hex: 0x1F
  oct: 0o17
  f: 1.10
  e: 1e3
  half: .5
  inf: .inf
  date: 2024-01-02
  word: yes
  sq: 'single'
  dq: "yes"
  nfc: "café"
  flow: [1, 2, {a: b}]
  flowmap: {x: 1, y: [2]}
  empty:
  tagged: !!str 123
  lit: |
    line one
      indented
  fold: >
    a
    b
  list:
  - one
  - {}
YAML
cp -r "$tmp/pkg" "$tmp/cat"; cp -r "$tmp/pkg" "$tmp/ms"
kpt fn eval "$tmp/cat" --exec cat >"$tmp/cat.log" 2>&1 || { echo "FAIL: kpt --exec cat"; cat "$tmp/cat.log"; exit 1; }
kpt fn eval "$tmp/ms" --exec "$MSRENDER fn" >"$tmp/ms.log" 2>&1 || {
  echo "FAIL: kpt --exec msrender fn"; cat "$tmp/ms.log"; exit 1; }
if ! cmp -s "$tmp/cat/thing.yaml" "$tmp/ms/thing.yaml"; then
  echo "FAIL: the Thing differs from kpt --exec cat:"; diff "$tmp/cat/thing.yaml" "$tmp/ms/thing.yaml" || true; exit 1
fi
grep -q "kind: Deployment" "$tmp/ms/model.yaml" || { echo "FAIL: the ModelService was not rendered"; exit 1; }
echo "kpt pass-through: 1 passed, 0 failed (thing.yaml byte-identical to --exec cat)"
