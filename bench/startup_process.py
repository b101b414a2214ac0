#!/usr/bin/env python3
"""Whole-process CPU time of a command: user + system time of the child,
from os.wait4's rusage, over many runs (issue 12 item 4: "a search with no
hits costs under 3 ms as a whole process"). Wall time on the shared 2-core
machine is mostly other people's load; CPU time is the figure to compare.

  bench/startup_process.py [--runs N] -- build/cli/claimkb --db DIR search zzqqxx

Prints the median, the minimum and the 90th percentile in milliseconds.
Two warm-up runs (page cache, dynamic loader caches) are not counted.
"""
import argparse
import os
import statistics
import sys
import time


def cpu_ms(command):
    return cpu_ms_and_faults(command)[0]


def wall_cpu_ms_and_faults(command, ok_exits=(0,)):
    """Wall time and user + system CPU in ms, and the page faults served
    without I/O (the kernel's minor faults), of one run of `command`. Wall
    time is what a user waits for, and can be below CPU when the command
    runs on two cores. Any exit status outside `ok_exits` stops the run."""
    # posix_spawn, not fork: a forked copy of this Python process would take
    # its own page faults and CPU before exec, and rusage would count them.
    started = time.perf_counter()
    pid = os.posix_spawnp(command[0], command, os.environ, file_actions=[
        (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
        (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0),
    ])
    _, status, usage = os.wait4(pid, 0)
    wall_ms = (time.perf_counter() - started) * 1000.0
    if os.waitstatus_to_exitcode(status) not in ok_exits:
        sys.exit(f"startup_process: {' '.join(command)} failed")
    return wall_ms, (usage.ru_utime + usage.ru_stime) * 1000.0, usage.ru_minflt


def cpu_ms_and_faults(command):
    """CPU in ms and minor page faults of one run of `command`."""
    _, cpu, faults = wall_cpu_ms_and_faults(command)
    return cpu, faults


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("command", nargs="+")
    args = parser.parse_args()
    for _ in range(2):
        cpu_ms(args.command)
    times = sorted(cpu_ms(args.command) for _ in range(max(1, args.runs)))
    p90 = times[min(len(times) - 1, int(len(times) * 0.9))]
    print(f"cpu ms over {len(times)} runs: median {statistics.median(times):.2f} "
          f"min {times[0]:.2f} p90 {p90:.2f}  ({' '.join(args.command)})")


if __name__ == "__main__":
    main()
