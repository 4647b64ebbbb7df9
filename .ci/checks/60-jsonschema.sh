#!/usr/bin/env bash
# msrender schema vs msrender: schema/modelservice.schema.json is current, is draft-07,
# accepts every valid input and rejects every invalid decoder test case, and agrees with
# `msrender validate` on 1,500 generated documents (see .ci/jsonschema_check.py).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
ensure_msrender
cd "$ROOT"
"$MSRENDER" schema --check schema/modelservice.schema.json
if [ -d "$SHARED" ]; then
  python3 .ci/jsonschema_check.py schema/modelservice.schema.json "$MSRENDER" "$SHARED"
else
  echo "!!!!!!!! worked examples SKIPPED: ../shared not found at $SHARED (CI always has it) !!!!!!!!" >&2
  python3 .ci/jsonschema_check.py schema/modelservice.schema.json "$MSRENDER"
fi
