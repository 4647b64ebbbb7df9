#!/usr/bin/env bash
# The code follows .swift-format (4 spaces, 120 columns): `swift format lint --strict`.
set -euo pipefail
cd "$(dirname "$0")/../.."
if swift format lint --strict --recursive Sources Tests Fuzz Package.swift; then
  echo "swift format lint: 1 passed, 0 failed"
else
  echo "swift format lint: 0 passed, 1 failed (run: swift format format --in-place --recursive Sources Tests Fuzz)"
  exit 1
fi
