#!/usr/bin/env python3
"""Two claimkb binaries side by side on one database, as whole processes:
CPU (user + system) and page faults of each `ask` question of the scale
benchmark and a few searches, the binaries alternating run by run so that
the machine's load falls on both alike. Page faults are counted because on
a virtual machine each costs microseconds, and a count does not depend on
the load.

  bench/process_ab.py --old OLD/claimkb --new NEW/claimkb --db DIR [--runs 5]

Prints per command the median wall time and CPU in ms and the median
faults of each binary, with new / old for each time. Wall time is what a
user waits for and falls below CPU when a command uses both cores; it also
carries the machine's other load, which CPU and faults do not.
"""
import argparse
import os
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from startup_process import wall_cpu_ms_and_faults  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SEARCHES = ["zzqqxx", "agent", "强化学习", "reasoning", "Gemini 3"]


def commands():
    with open(os.path.join(HERE, "scale", "ask_questions.txt"), encoding="utf-8") as f:
        questions = [line.strip() for line in f if line.strip() and not line.startswith("#")]
    return ([["ask", q] for q in questions] + [["search", q] for q in SEARCHES] +
            [["--version"]])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--old", required=True)
    parser.add_argument("--new", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(f"{'old wall':>8} {'new wall':>8} {'new/old':>7} {'old cpu':>8} {'new cpu':>8} "
          f"{'new/old':>7} {'old flt':>8} {'new flt':>8}  command")
    for command in commands():
        db = [] if command == ["--version"] else ["--db", args.db]
        samples = {"old": [], "new": []}
        for binary in ("old", "new"):  # One warm-up run each.
            wall_cpu_ms_and_faults([getattr(args, binary)] + command + db)
        for _ in range(max(1, args.runs)):
            for binary in ("old", "new"):
                samples[binary].append(
                    wall_cpu_ms_and_faults([getattr(args, binary)] + command + db))

        def median(binary, column):
            return statistics.median(s[column] for s in samples[binary])

        old_wall, new_wall = median("old", 0), median("new", 0)
        old_cpu, new_cpu = median("old", 1), median("new", 1)
        print(f"{old_wall:8.1f} {new_wall:8.1f} {new_wall / old_wall:7.2f} {old_cpu:8.1f} "
              f"{new_cpu:8.1f} {new_cpu / old_cpu:7.2f} {median('old', 2):8.0f} "
              f"{median('new', 2):8.0f}  {' '.join(command)}")


if __name__ == "__main__":
    main()
