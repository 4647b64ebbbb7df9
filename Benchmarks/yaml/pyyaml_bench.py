"""Time PyYAML's C loader and dumper on FILE, RUNS times each.

Prints `read seconds=[...]` and `write seconds=[...] bytes=N` like yamlbench.
"""
import sys
import time

import yaml

path, runs = sys.argv[1], int(sys.argv[2])
with open(path, "rb") as f:
    data = f.read()

times = []
docs = None
for _ in range(runs):
    start = time.perf_counter()
    docs = list(yaml.load_all(data, Loader=yaml.CSafeLoader))
    times.append(time.perf_counter() - start)
print(f"read seconds={times} bytes={len(data)} documents={len(docs)}")

times = []
size = 0
for _ in range(runs):
    start = time.perf_counter()
    text = yaml.dump_all(docs, Dumper=yaml.CSafeDumper, default_flow_style=False,
                         allow_unicode=True, explicit_start=True)
    times.append(time.perf_counter() - start)
    size = len(text.encode("utf-8"))
print(f"write seconds={times} bytes={size}")
