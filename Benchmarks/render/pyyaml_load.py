#!/usr/bin/env python3
"""Reference: read a YAML stream with PyYAML's C loader (libyaml), as a consumer would."""
import sys

import yaml

with open(sys.argv[1]) as f:
    n = sum(1 for d in yaml.load_all(f, Loader=yaml.CSafeLoader) if d is not None)
print(n)
