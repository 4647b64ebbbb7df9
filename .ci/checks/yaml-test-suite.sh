#!/usr/bin/env bash
# Conformance check: feeds every case of the official YAML test suite
# ($SHARED/yaml-test-suite) to `msrender convert --to json` and compares:
#   - a case with an `error` file must exit 1;
#   - a case with `in.json` must exit 0 and print the same JSON values
#     (one JSON text per document; compared with python3's json module);
#   - any other case must exit 0.
# Prints "N passed, M failed" and fails if any case outside ALLOWED fails.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
need_shared yaml-test-suite
SUITE=$SHARED/yaml-test-suite
ensure_msrender

python3 - "$SUITE" "$MSRENDER" <<'PY'
import json, os, subprocess, sys

suite, binary = sys.argv[1], sys.argv[2]
# Cases allowed to fail, each with its reason. Keep empty if at all possible.
ALLOWED = {}

def json_texts(text):
    """All JSON texts of a stream of concatenated texts (in.json may hold several)."""
    decoder, out, i = json.JSONDecoder(), [], 0
    while True:
        while i < len(text) and text[i] in " \t\r\n":
            i += 1
        if i >= len(text):
            return out
        value, i = decoder.raw_decode(text, i)
        out.append(value)

passed, failures = 0, []
for case in sorted(os.listdir(suite)):
    d = os.path.join(suite, case)
    yaml_path = os.path.join(d, "in.yaml")
    if not os.path.isfile(yaml_path):
        continue
    must_fail = os.path.exists(os.path.join(d, "error"))
    json_path = os.path.join(d, "in.json")
    try:
        r = subprocess.run([binary, "convert", "--to", "json", yaml_path],
                           capture_output=True, timeout=30)
    except subprocess.TimeoutExpired:
        failures.append((case, "timed out"))
        continue
    reason = None
    if must_fail:
        if r.returncode != 1:
            reason = f"exit {r.returncode} for invalid input (expected 1)"
        elif r.stdout:
            reason = "printed output for invalid input"
    elif r.returncode != 0:
        reason = f"exit {r.returncode}: {r.stderr.decode(errors='replace').strip()[:200]}"
    elif os.path.exists(json_path):
        with open(json_path, encoding="utf-8") as f:
            expected = json_texts(f.read())
        try:
            got = json_texts(r.stdout.decode("utf-8"))
        except ValueError as e:
            got, reason = None, f"output is not JSON: {e}"
        if got is not None and got != expected:
            reason = f"got {json.dumps(got)[:200]}, expected {json.dumps(expected)[:200]}"
    if reason is None:
        passed += 1
    else:
        failures.append((case, reason))

print(f"{passed} passed, {len(failures)} failed")
unexpected = 0
for case, reason in failures:
    note = f" [allowed: {ALLOWED[case]}]" if case in ALLOWED else ""
    print(f"  FAIL {case}: {reason}{note}")
    unexpected += case not in ALLOWED
sys.exit(1 if unexpected else 0)
PY
