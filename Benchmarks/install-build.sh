#!/usr/bin/env bash
# The release build of README's "Install" section, exactly (a CI check compares the two):
# every benchmark measures the binary users install.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib --product msrender
