#!/usr/bin/env bash
# The release build of README's "Install" section, exactly (.ci/checks/70-install.sh
# checks that the two agree): every benchmark measures the binary users install.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --static-swift-stdlib -Xswiftc -static-executable --product msrender
