#!/usr/bin/env bash
# Safety at scale (issue 8), with the release binary over 10,000 generated
# ModelServices: SIGTERM and kill -9 during `-o` (no temporary file survives a SIGTERM;
# the run after a kill -9 removes what it left), the inventory's hashes against
# coreutils' sha256sum, and `| head -c 100` stopping the run early (both times printed).
# The smaller fault cases run in swift test (Tests/MSRenderCLITests/Safety).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
cd "$ROOT"
N=${SAFETY_N:-10000}
BIN=${MSRENDER_RELEASE:-$ROOT/.build/release/msrender}
if [ -z "${MSRENDER_RELEASE:-}" ]; then
  echo "building the release binary (README's install build) for the $N-ModelService checks"
  bash Benchmarks/install-build.sh 2>&1 | tail -n 1
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 Benchmarks/render/generate.py "$N" "$tmp/in"
fail() { echo "FAIL: $*"; exit 1; }
now() { date +%s.%N; }
temps() { find "$1" -name '.msrender-*.tmp' 2>/dev/null | wc -l; }

# Starts `build $tmp/in -o OUT ARGS...` in the background and signals it as soon as
# its first temporary file exists; prints "STATUS SECONDS-UNTIL-EXIT-AFTER-SIGNAL".
interrupt() {
  local sig=$1 out=$2; shift 2
  "$BIN" build "$tmp/in" -o "$out" -q "$@" 2>/dev/null & local pid=$!
  local i=0
  until [ -n "$(find "$out" -name '.msrender-*.tmp' 2>/dev/null | head -n 1)" ]; do
    i=$((i + 1)); [ $i -gt 30000 ] && fail "no temporary file appeared in $out"; sleep 0.002
  done
  local t0; t0=$(now); kill -"$sig" "$pid"; local s=0; wait "$pid" || s=$?
  echo "$s $(echo "$(now) - $t0" | bc)"
}

# SIGTERM while staging a fresh folder: the run removes its temporaries and the folder it made.
interrupt TERM "$tmp/out" > "$tmp/r"; read -r s dt < "$tmp/r"
[ "$s" = 143 ] || fail "SIGTERM: exit $s, expected 143"
[ ! -e "$tmp/out" ] || fail "SIGTERM: $tmp/out left behind ($(temps "$tmp/out") temporary files)"
echo "SIGTERM during -o of $N: exit $s, gone ${dt}s after the signal, no temporary file, no folder left"
t0=$(now); "$BIN" build "$tmp/in" -o "$tmp/out" -q 2> "$tmp/err" || fail "next run: $(tail -n 3 "$tmp/err")"
[ "$(temps "$tmp/out")" = 0 ] || fail "next run left temporary files"
! grep -v '^wrote ' "$tmp/err" | grep -q . || fail "next run said: $(grep -v '^wrote ' "$tmp/err")"
echo "next run: exit 0 in $(echo "$(now) - $t0" | bc)s, clean"

# The inventory's SHA-256s agree with coreutils.
(cd "$tmp/out" && tail -n +2 .msrender-inventory | grep -v '^#' | awk '{print $1 "  " $3}' | sha256sum --quiet -c -) \
  || fail "inventory hashes differ from sha256sum"
echo "inventory: $(grep -c '^[0-9a-f]' "$tmp/out/.msrender-inventory") entries, every SHA-256 equal to sha256sum's"

# SIGTERM while staging changes to an existing folder: the folder is exactly as before.
before=$(cd "$tmp/out" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum)
interrupt TERM "$tmp/out" --provider gke > "$tmp/r"; read -r s dt < "$tmp/r"
[ "$s" = 143 ] || fail "SIGTERM (existing folder): exit $s"
after=$(cd "$tmp/out" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum)
[ "$before" = "$after" ] || fail "SIGTERM (existing folder): the folder changed"
echo "SIGTERM while replacing $N files: exit $s, folder byte-for-byte as before"

# kill -9 leaves temporaries (it cannot be caught); the next run removes them.
interrupt KILL "$tmp/out" --provider gke > "$tmp/r"; read -r s dt < "$tmp/r"
left=$(temps "$tmp/out")
[ "$s" = 137 ] && [ "$left" -gt 0 ] || fail "kill -9: exit $s, $left temporary files"
after=$(cd "$tmp/out" && find . -type f -not -name '.msrender-*.tmp' -print0 | sort -z | xargs -0 sha256sum | sha256sum)
[ "$before" = "$after" ] || fail "kill -9: committed files changed"
"$BIN" build "$tmp/in" -o "$tmp/out" -q 2> "$tmp/err" || fail "run after kill -9: $(cat "$tmp/err")"
grep -q "removed $left temporary file" "$tmp/err" || fail "run after kill -9 said: $(grep -v '^wrote ' "$tmp/err")"
[ "$(temps "$tmp/out")" = 0 ] || fail "run after kill -9 left temporary files"
echo "kill -9: left $left temporary files; the next run removed them all"

# SIGTERM while the commit renames files: held until the commit is done, then acted on,
# so the folder is never half-replaced (all new files and the inventory, no temporary).
rm -rf "$tmp/c"
"$BIN" build "$tmp/in" -o "$tmp/c" -q 2>/dev/null & pid=$!
until [ -n "$(ls "$tmp/c/team-0" 2>/dev/null | head -n 1)" ]; do sleep 0.001; done  # first file renamed
kill -TERM "$pid"; s=0; wait "$pid" || s=$?
[ "$s" = 143 ] || fail "SIGTERM during the commit: exit $s (expected 143)"
[ "$(temps "$tmp/c")" = 0 ] || fail "SIGTERM during the commit left temporary files"
"$BIN" build "$tmp/in" --check "$tmp/c" -q 2> "$tmp/err" || fail "SIGTERM during the commit: $(tail -n 1 "$tmp/err")"
echo "SIGTERM during the commit: exit $s after completing it: $(tail -n 1 "$tmp/err")"

# | head -c 100 stops the run: a fraction of the full run's time.
t0=$(now); "$BIN" build "$tmp/in" -q > /dev/null; full=$(echo "$(now) - $t0" | bc)
t0=$(now); set +o pipefail; "$BIN" build "$tmp/in" -q 2> "$tmp/err" | head -c 100 > /dev/null; set -o pipefail
head=$(echo "$(now) - $t0" | bc)
[ ! -s "$tmp/err" ] || fail "| head printed: $(cat "$tmp/err")"
ratio=$(echo "scale=2; $head / $full" | bc)
echo "build of $N: ${full}s to /dev/null, ${head}s into | head -c 100 (ratio $ratio)"
[ "$(echo "$ratio < 0.7" | bc)" = 1 ] || fail "| head -c 100 took $ratio of the full run"
echo "safety: all passed"
