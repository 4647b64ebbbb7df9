"""Turn the `MODE seconds=[...] bytes=N` lines of yamlbench and pyyaml_bench.py into a
table: median MB/s (MB = 10^6 bytes of the input file) and msrender / PyYAML ratio."""
import re
import statistics
import sys

file_size = int(sys.argv[1])
results = {}
for who, path in (("msrender", sys.argv[2]), ("PyYAML C", sys.argv[3])):
    for line in open(path, encoding="utf-8"):
        m = re.match(r"(read|write) seconds=\[([^\]]*)\]", line)
        if m and "documents=-1" not in line:  # -1: the reader is not built in
            times = [float(t) for t in m.group(2).split(",") if t.strip()]
            results[(who, m.group(1))] = statistics.median(times)

print(f"stream: {file_size / 1e6:.1f} MB; MB/s = input file MB / median seconds")
print(f"| direction | msrender MB/s | PyYAML C MB/s | ratio |")
print(f"|---|---|---|---|")
for mode in ("read", "write"):
    ours = results.get(("msrender", mode))
    theirs = results.get(("PyYAML C", mode))
    if ours is None or theirs is None or ours <= 0:
        print(f"| {mode} | n/a | n/a | n/a |")
        continue
    a, b = file_size / ours / 1e6, file_size / theirs / 1e6
    print(f"| {mode} | {a:.1f} | {b:.1f} | {a / b:.2f}x |")
