#!/usr/bin/env bash
# Differential check of scalar line ends against libyaml: regenerates the cases of
# Tests/Fixtures/yaml-scalar-cases.jsonl (block scalars with every chomping, indicator,
# trailing-line, tab and terminator combination; multi-line plain and quoted scalars
# with white-space and tab lines) from libyaml's readings and the YAML 1.2.2 rules in
# yaml_scalar_cases.py, and fails if the committed fixture differs. The Swift test
# ScalarDifferentialTests reads the fixture (no Python needed there).
# Regenerate after a deliberate change: python3 .ci/checks/yaml_scalar_cases.py write Tests/Fixtures/yaml-scalar-cases.jsonl
# Skips (exit 0, with a message) without PyYAML's libyaml loader.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! python3 -c 'import yaml; yaml.CSafeLoader' 2>/dev/null; then
  echo "SKIP: python3 with PyYAML's CSafeLoader (libyaml) not found"
  exit 0
fi
python3 .ci/checks/yaml_scalar_cases.py check Tests/Fixtures/yaml-scalar-cases.jsonl
