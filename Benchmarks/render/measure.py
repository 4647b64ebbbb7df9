#!/usr/bin/env python3
"""Run a command several times; print the median wall time (s) and the median peak
RSS (MiB) of the command.

Peak memory comes from GNU time (/usr/bin/time -f %M) when installed: a process forked
from Python would report Python's own ~10 MiB as its floor. Without GNU time the
rusage of the forked child is used and says so on stderr.

usage: measure.py RUNS OUTFILE [--timeout S] -- CMD ARGS...   (stdout of CMD to OUTFILE)
Prints: median_seconds median_peak_mib, or "timeout S" when one run took longer than S."""
import os
import statistics
import subprocess
import sys
import tempfile
import time

GNU_TIME = "/usr/bin/time"


class Timeout(Exception):
    pass


def run_once(cmd, outfile, timeout=None):
    with open(outfile, "wb") as out, tempfile.NamedTemporaryFile("r") as rss:
        full = [GNU_TIME, "-f", "%M", "-o", rss.name] + cmd if os.path.exists(GNU_TIME) else cmd
        start = time.perf_counter()
        proc = subprocess.Popen(full, stdout=out, stderr=subprocess.DEVNULL, start_new_session=True)
        if timeout is not None:
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                # The whole group: GNU time's child would outlive a kill of time itself.
                os.killpg(proc.pid, 9)
                proc.wait()
                raise Timeout()
            status, usage = proc.returncode << 8 if proc.returncode >= 0 else 0, None
        else:
            _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            sys.exit(f"command failed ({proc.returncode}): {' '.join(cmd)}")
        if os.path.exists(GNU_TIME):
            lines = [l for l in rss.read().split() if l.strip().isdigit()]
            peak = int(lines[-1]) / 1024.0
        else:
            print("measure.py: no GNU time; peak includes the fork's Python image", file=sys.stderr)
            peak = usage.ru_maxrss / 1024.0 if usage else 0.0
    return wall, peak


def main():
    runs = int(sys.argv[1])
    outfile = sys.argv[2]
    cmd = sys.argv[sys.argv.index("--") + 1:]
    timeout = float(sys.argv[sys.argv.index("--timeout") + 1]) if "--timeout" in sys.argv[:sys.argv.index("--")] else None
    try:
        results = [run_once(cmd, outfile, timeout) for _ in range(runs)]
    except Timeout:
        print(f"timeout {timeout:.0f}")
        return
    print(f"{statistics.median(r[0] for r in results):.4f} {statistics.median(r[1] for r in results):.1f}")


if __name__ == "__main__":
    main()
