#!/usr/bin/env bash
# Round trip through PyYAML (YAML 1.1): the writer's output for 3000 seeded trees must
# read back with yaml.safe_load_all as exactly the trees (every string still a string),
# compared with the JSON form of each tree. The trees come from a Swift test that dumps
# them when MSRENDER_DUMP_TREES is set. Skips (exit 0, with a message) without PyYAML.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! python3 -c 'import yaml' 2>/dev/null; then
  echo "SKIP: python3 with PyYAML not found"
  exit 0
fi
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
MSRENDER_DUMP_TREES="$DIR" MSRENDER_TREE_COUNT="${MSRENDER_TREE_COUNT:-3000}" \
  swift test --filter RoundTripDumpTests >"$DIR/swift-test.log" 2>&1 \
  || { tail -n 30 "$DIR/swift-test.log"; echo "dumping the trees failed"; exit 1; }
[ -s "$DIR/trees.yaml" ] || { echo "no trees were dumped"; exit 1; }
python3 .ci/checks/yaml_roundtrip_pyyaml.py "$DIR/trees.yaml" "$DIR/trees.jsonl"
