#!/usr/bin/env bash
# README's "Install" commands, run as written there (extracted, so the two cannot drift;
# only the /usr/local prefix becomes a temporary one), then: Benchmarks/install-build.sh
# builds the same way, the installed binary is fully static (`ldd`), it renders every
# golden byte for byte, and it writes an output folder large enough for the syncfs path.
# Costs one release build (shared with 50-safety.sh, which builds the same binary).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
cd "$ROOT"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# The first sh block after the "## Install" heading.
awk '/^## Install$/ {s = 1; next} s && /^```sh$/ {c = 1; next} c && /^```$/ {exit} c {print}' README.md \
  >"$tmp/install.sh"
[ -s "$tmp/install.sh" ] || fail "no sh block under README's '## Install'"
grep -q '/usr/local/bin/msrender' "$tmp/install.sh" || fail "README's install commands do not install to /usr/local/bin"
build=$(grep '^swift build' "$tmp/install.sh") || fail "README's install commands have no 'swift build' line"
grep -qxF "$build" Benchmarks/install-build.sh || fail "Benchmarks/install-build.sh does not run README's '$build'"

mkdir -p "$tmp/prefix/bin"
sed "s#/usr/local/#$tmp/prefix/#g" "$tmp/install.sh" >"$tmp/run.sh"
echo "running README's install commands (prefix $tmp/prefix):"
sed 's/^/  /' "$tmp/install.sh"
bash -euo pipefail "$tmp/run.sh" 2>&1 | tail -n 1
BIN=$tmp/prefix/bin/msrender
[ -x "$BIN" ] || fail "nothing installed at $BIN"

# Fully static: ldd refuses it (its message goes to stdout or stderr, by version).
ldd_out=$(ldd "$BIN" 2>&1 || true)
case "$ldd_out" in
  *"not a dynamic executable"*) echo "ldd: not a dynamic executable" ;;
  *) fail "the installed binary is dynamic; ldd says: $ldd_out" ;;
esac
"$BIN" --version | grep -q '^msrender ' || fail "--version printed no version"

passed=0 failed=0
while IFS=$'\t' read -r out args; do
  case "$out" in '#'* | '') continue ;; esac
  # shellcheck disable=SC2086  # the arguments are split on spaces, as golden/cases.tsv says
  if "$BIN" $args >"$tmp/out" 2>/dev/null && cmp -s "$tmp/out" "golden/$out"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1)); echo "FAIL: installed msrender $args differs from golden/$out"
  fi
done <golden/cases.tsv

# More changed files than OutputFolder.fsyncEachLimit (16): synced with syncfs(2), which
# strace (when installed) must see; then the folder must match a fresh render.
python3 Benchmarks/render/generate.py 40 "$tmp/in" >/dev/null
if command -v strace >/dev/null; then
  write() { strace -f -e trace=syncfs -o "$tmp/strace" "$BIN" build -q "$tmp/in" -o "$tmp/o" >/dev/null 2>&1; }
else
  write() { "$BIN" build -q "$tmp/in" -o "$tmp/o" >/dev/null 2>&1; }
fi
if write && "$BIN" diff -q --check "$tmp/o" "$tmp/in" >/dev/null 2>&1; then
  passed=$((passed + 1))
else
  failed=$((failed + 1)); echo "FAIL: installed msrender -o of 40 ModelServices"
fi
if [ -f "$tmp/strace" ]; then
  if grep -q 'syncfs(.*= 0' "$tmp/strace"; then passed=$((passed + 1)); else
    failed=$((failed + 1)); echo "FAIL: -o of 40 files made no syncfs call (strace: $(head -c 300 "$tmp/strace"))"
  fi
fi
echo "install: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
