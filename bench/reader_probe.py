#!/usr/bin/env python3
"""How well the digest reader reads layouts it was not written from.

Each digest NAME.md of a probe folder may have a NAME.turns.tsv written by
hand (line, speaker, time): every line that carries content, the speaker a
careful reader gives it (the name as written, or "editor" for the digest's
own words) and the second it belongs to (empty when none). This script
ingests each digest on its own and reports, per file and in all:

  read     gold lines on which some claim was made (a skipped file reads none)
  speaker  of the read lines, those whose claims name the gold speaker
  time     of the read lines with a gold time, those whose claims start there
  untimed  of the read lines with no gold time, those with a claim that has none

A speaker matches when the claim's speaker or its name as written equals the
gold's, or contains it, or is contained in it (a label "主持人 林一" against
"林一"); "editor" matches the editor's claims. A file the reader rejects is
named with the reason claimkb gave.

Usage: bench/reader_probe.py --claimkb PATH --dir DIR [--verbose]
"""
import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tempfile


def speaker_matches(gold, claim):
    if gold == "editor":
        return claim["by_editor"] or claim["speaker"] in ("", "editor")
    if claim["by_editor"]:
        return False
    for name in (claim["speaker"], claim["speaker_as_written"]):
        if name and (name == gold or gold in name or name in gold):
            return True
    return False


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claimkb", required=True)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    totals = collections.Counter()
    work = tempfile.mkdtemp(prefix="claimkb-reader-probe-")
    try:
        for name in sorted(f for f in os.listdir(args.dir) if f.endswith(".turns.tsv")):
            stem = name[: -len(".turns.tsv")]
            digest = os.path.join(args.dir, stem + ".md")
            db = os.path.join(work, stem)
            ingest = subprocess.run([args.claimkb, "--db", db, "ingest", digest],
                                    capture_output=True, text=True, check=True)
            out = subprocess.run([args.claimkb, "--db", db, "claims", "--format", "jsonl",
                                  "--limit", "100000"], capture_output=True, text=True,
                                 check=True).stdout
            by_line = collections.defaultdict(list)
            for row in out.splitlines():
                claim = json.loads(row)
                by_line[claim["source"]["line"]].append(claim)
            counts = collections.Counter()
            with open(os.path.join(args.dir, name), encoding="utf-8") as f:
                next(f)
                for row in f:
                    parts = row.rstrip("\n").split("\t")
                    if len(parts) < 2:
                        continue
                    line, speaker = int(parts[0]), parts[1].strip()
                    time = parts[2].strip() if len(parts) > 2 else ""
                    counts["lines"] += 1
                    claims = by_line.get(line, [])
                    if not claims:
                        if args.verbose:
                            print(f"unread  {stem}:{line}")
                        continue
                    counts["read"] += 1
                    if any(speaker_matches(speaker, c) for c in claims):
                        counts["speaker"] += 1
                    elif args.verbose:
                        got = sorted({c["speaker"] or ("editor" if c["by_editor"] else "")
                                      for c in claims})
                        print(f"speaker {stem}:{line} gold {speaker!r} got {got}")
                    if time:
                        counts["timed"] += 1
                        if any(c["start_s"] == int(float(time)) for c in claims):
                            counts["time"] += 1
                        elif args.verbose:
                            got = sorted({c["start_s"] for c in claims}, key=str)
                            print(f"time    {stem}:{line} gold {time} got {got}")
                    else:
                        # A time given where the reader sees none is wrong too.
                        counts["untimed"] += 1
                        if any(c["start_s"] is None for c in claims):
                            counts["untimed_kept"] += 1
                        elif args.verbose:
                            got = sorted({c["start_s"] for c in claims}, key=str)
                            print(f"untimed {stem}:{line} gold none got {got}")
            note = ""
            if "skipped" in ingest.stderr or "rejected" in ingest.stderr:
                note = "  (" + ingest.stderr.strip().splitlines()[-1][:120] + ")"
            print(f"{stem}: read {counts['read']}/{counts['lines']}, speaker "
                  f"{counts['speaker']}/{counts['read']}, time {counts['time']}/{counts['timed']}, "
                  f"untimed {counts['untimed_kept']}/{counts['untimed']}{note}")
            totals.update(counts)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if totals["lines"] == 0:
        sys.exit("no NAME.turns.tsv in " + args.dir)
    print(f"all: read {totals['read']}/{totals['lines']} = {totals['read'] / totals['lines']:.3f}, "
          f"speaker {totals['speaker']}/{totals['read']}, time {totals['time']}/{totals['timed']}, "
          f"untimed {totals['untimed_kept']}/{totals['untimed']}")


if __name__ == "__main__":
    main()
