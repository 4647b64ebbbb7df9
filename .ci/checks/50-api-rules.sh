#!/usr/bin/env bash
# SPEC 8 oracle: for every input field that lands in a rendered object, bad and good
# edge values either are rejected by msrender at that field, or render to objects that
# validate-manifests accepts; a value msrender rejects must be one the validator rejects
# where it lands (or one a recorded API-server rule rejects). See api_rules.py.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
need_shared validate-manifests
ensure_msrender
python3 "$ROOT/.ci/checks/api_rules.py" "$MSRENDER" "$SHARED/tools/validate-manifests"
