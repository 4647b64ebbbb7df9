#!/usr/bin/env python3
"""Run a command several times; print the median wall time (s) and the median peak
RSS (MiB) of the child, measured with wait4's resource usage.

usage: measure.py RUNS OUTFILE -- CMD ARGS...   (stdout of CMD goes to OUTFILE)
Prints: median_seconds median_peak_mib"""
import os
import statistics
import sys
import time


def run_once(cmd, outfile):
    with open(outfile, "wb") as out:
        start = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            os.dup2(out.fileno(), 1)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 2)
            try:
                os.execvp(cmd[0], cmd)
            finally:
                os._exit(127)
        _, status, usage = os.wait4(pid, 0)
        wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"command failed ({os.waitstatus_to_exitcode(status)}): {' '.join(cmd)}")
    return wall, usage.ru_maxrss / 1024.0


def main():
    runs = int(sys.argv[1])
    outfile = sys.argv[2]
    cmd = sys.argv[sys.argv.index("--") + 1:]
    results = [run_once(cmd, outfile) for _ in range(runs)]
    print(f"{statistics.median(r[0] for r in results):.4f} {statistics.median(r[1] for r in results):.1f}")


if __name__ == "__main__":
    main()
