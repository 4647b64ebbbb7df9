# Shared helpers for .ci/checks/*.sh (sourced).
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED=${SHARED:-${MSRENDER_SHARED:-$ROOT/../shared}}
MSRENDER=${MSRENDER:-$ROOT/.build/debug/msrender}

# need_shared NAME: skip the calling check loudly when ../shared is absent.
need_shared() {
  if [ ! -d "$SHARED" ]; then
    echo "!!!!!!!! SKIPPED $1: ../shared not found at $SHARED (CI always has it) !!!!!!!!" >&2
    exit 0
  fi
}

ensure_msrender() {
  if [ ! -x "$MSRENDER" ]; then (cd "$ROOT" && swift build --product msrender >/dev/null); fi
}

# The examples that are ModelService inputs (not settings files or other kinds; in
# examples/gitops/ only the files that hold a ModelService).
example_inputs() {
  (cd "$ROOT" && find examples -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) \
    -not -path 'examples/config/*' -not -path 'examples/argocd/*' -not -path 'examples/kustomize/*' \
    -not -path 'examples/kpt/*' | LC_ALL=C sort | while read -r f; do
      case "$f" in examples/gitops/*) grep -q '^kind: ModelService$' "$f" || continue ;; esac
      echo "$f"
    done)
}
