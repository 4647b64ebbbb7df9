#!/usr/bin/env python3
"""rapidyaml's parse throughput over FILE, in-process, median of RUNS: prints MB/s.
usage: ryml_rate.py FILE RUNS   (needs `pip install rapidyaml`)"""
import statistics
import sys
import time

import ryml

data = open(sys.argv[1], "rb").read()
times = []
for _ in range(int(sys.argv[2])):
    start = time.perf_counter()
    ryml.parse_in_arena(data)
    times.append(time.perf_counter() - start)
print(f"{len(data) / statistics.median(times) / 1e6:.1f}")
