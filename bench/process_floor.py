#!/usr/bin/env python3
"""The floor under issue 12's whole-process search bars on this machine:
`claimkb search` beside bench/process_floor.cc, a program that links only
libxapian and runs the same query on the same index with nothing else (no
lexicon, store, snippets or formatting), and beside /bin/true.

  bench/process_floor.py --claimkb build/cli/claimkb --floor build/bench/process_floor \\
      --db DB [--rounds 3]

DB is a claimkb database directory (its index is DB/xapian). The queries
are the scale benchmark's fixed mix (bench/scale/queries.tsv): claimkb gets
its own column, the floor program the peer column (plain words where
claimkb reads fields). Engines alternate query by query, after a warm-up
round. CPU is user + system time of the child (steadier on a shared
machine than wall time, which is printed too).
"""
import argparse
import os
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from startup_process import wall_cpu_ms_and_faults  # noqa: E402

BAR_MS = 5.0  # Issue 12: search p50 <= 5 ms as a whole process.
NO_HIT_BAR_MS = 3.0  # Issue 12 item 4: a search with no hits under 3 ms.
NO_HIT_QUERY = "zzqqxx"


def read_queries(path):
    queries = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            _, claimkb_text, peer_text = line.rstrip("\n").split("\t")
            queries.append((claimkb_text, peer_text))
    return queries


def row(name, samples, bar=None):
    walls = sorted(s[0] for s in samples)
    cpus = sorted(s[1] for s in samples)
    under = "" if bar is None else f"{sum(c <= bar for c in cpus)}/{len(cpus)}"
    print(f"| {name} | {statistics.median(walls):.1f} ms | {statistics.median(cpus):.1f} ms "
          f"| {cpus[0]:.1f} ms | {under} |")
    return statistics.median(cpus)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claimkb", required=True)
    parser.add_argument("--floor", required=True, help="the built bench/process_floor")
    parser.add_argument("--db", required=True, help="a claimkb database directory")
    parser.add_argument("--queries", default=os.path.join(here, "scale", "queries.tsv"))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    index = os.path.join(args.db, "xapian")
    queries = read_queries(args.queries)

    def claimkb(text):
        return wall_cpu_ms_and_faults([args.claimkb, "search", text, "--db", args.db])

    def floor(text):
        # Exit 3: Xapian's parser rejected the query; still a process's cost.
        return wall_cpu_ms_and_faults([args.floor, index, text], ok_exits=(0, 3))

    samples = {"true": [], "load": [], "floor_nohit": [], "claimkb_nohit": [],
               "floor": [], "claimkb": []}
    for round_ in range(args.rounds + 1):
        keep = round_ > 0  # The first round warms the page cache.
        runs = [("true", lambda: wall_cpu_ms_and_faults(["/bin/true"])),
                ("load", lambda: wall_cpu_ms_and_faults([args.floor])),
                ("floor_nohit", lambda: floor(NO_HIT_QUERY)),
                ("claimkb_nohit", lambda: claimkb(NO_HIT_QUERY))]
        for key, run in runs * 5:
            result = run()
            if keep:
                samples[key].append(result)
        for claimkb_text, peer_text in queries:
            a, b = claimkb(claimkb_text), floor(peer_text)
            if keep:
                samples["claimkb"].append(a)
                samples["floor"].append(b)

    print(f"{len(queries)} queries x {args.rounds} rounds on {args.db}\n")
    print("| process | wall p50 | CPU p50 | CPU min | CPU within the bar |")
    print("|---|---|---|---|---|")
    row("/bin/true (spawn)", samples["true"])
    row("process_floor, libxapian loaded, no search", samples["load"])
    floor_nohit = row(f"process_floor, no hits (`{NO_HIT_QUERY}`)", samples["floor_nohit"],
                      NO_HIT_BAR_MS)
    claimkb_nohit = row("claimkb search, no hits", samples["claimkb_nohit"], NO_HIT_BAR_MS)
    floor_all = row("process_floor, the query mix", samples["floor"], BAR_MS)
    claimkb_all = row("claimkb search, the query mix", samples["claimkb"], BAR_MS)
    print(f"\nclaimkb / floor, CPU p50: query mix {claimkb_all / floor_all:.2f}x, "
          f"no hits {claimkb_nohit / floor_nohit:.2f}x")
    print(f"bars: search p50 <= {BAR_MS} ms (floor {floor_all:.1f} ms), "
          f"no hits < {NO_HIT_BAR_MS} ms (floor {floor_nohit:.1f} ms)")


if __name__ == "__main__":
    main()
