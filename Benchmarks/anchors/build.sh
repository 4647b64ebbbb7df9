#!/usr/bin/env bash
# Builds the benchmark anchors into DIR: runbench (interleaved process timing) and
# libyaml_anchor (libyaml's parser and emitter). Installs Debian's libyaml-dev when it is
# missing and apt is usable; these are benchmark tools, never dependencies of msrender.
#   Benchmarks/anchors/build.sh DIR
set -euo pipefail
cd "$(dirname "$0")"
DIR=${1:?usage: build.sh DIR}
if [ ! -f /usr/include/yaml.h ]; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    apt-get install -y libyaml-dev >/dev/null
  else
    echo "libyaml-dev is needed for the libyaml anchor (apt-get install libyaml-dev)" >&2; exit 1
  fi
fi
gcc -O2 -Wall -o "$DIR/runbench" runbench.c
gcc -O2 -Wall -o "$DIR/libyaml_anchor" libyaml_anchor.c -lyaml
echo "built $DIR/runbench $DIR/libyaml_anchor"
