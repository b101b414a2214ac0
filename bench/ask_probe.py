#!/usr/bin/env python3
"""`ask` recall on digests the retrieval was never tuned on (issue 9).

The questions of bench/ask_probe/*.questions.json were written by a helper
who read only the probe digests (bench/entity_probe/set6/), never claimkb's
code or output: each lists the lines (file, line, key) that answer it. The
script ingests the digests into a temporary store, runs `claimkb ask --format
json` as a user would, merges the facets' ranked claims (first of each facet,
then second of each, ...) and scores recall@10 and recall@50 over the answer
claims (the claims on an answer line whose text holds its key).

Usage: bench/ask_probe.py [--claimkb PATH] [--dir DIGESTS] [--questions FILE] [--verbose]
       bench/ask_probe.py --questions FILE --root ../shared/corpus-more \
           --ingest ../shared/corpus ../shared/corpus-more [--db STORE]

An answer's "file" is its path relative to --root (default --dir). --ingest
names what the store holds (default --dir): questions over a few digests of
a larger collection are scored against the whole collection, as a user who
ingested it all would ask them. --db reuses a store that already holds it.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def ranked_ids(answer):
    """Claim ids of every facet's best list, merged rank by rank."""
    lists = [[claim["id"] for claim in facet.get("best", [])] for facet in answer["facets"]]
    merged, seen = [], set()
    for rank in range(max((len(ids) for ids in lists), default=0)):
        for ids in lists:
            if rank < len(ids) and ids[rank] not in seen:
                seen.add(ids[rank])
                merged.append(ids[rank])
    return merged


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--claimkb", default=os.path.join(HERE, "..", "build", "cli", "claimkb"))
    parser.add_argument("--dir", default=os.path.join(HERE, "entity_probe", "set6"))
    parser.add_argument("--questions", default=os.path.join(HERE, "ask_probe", "set6.questions.json"))
    parser.add_argument("--root", help="the folder answer paths are relative to (default --dir)")
    parser.add_argument("--ingest", nargs="+", help="folders the store holds (default --dir)")
    parser.add_argument("--db", help="an existing store that already holds --ingest")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    root = os.path.realpath(args.root or args.dir)
    with open(args.questions, encoding="utf-8") as f:
        questions = json.load(f)["questions"]
    work = tempfile.mkdtemp(prefix="claimkb-ask-probe-")
    try:
        db = args.db or os.path.join(work, "db")
        if not args.db:
            subprocess.run([args.claimkb, "--db", db, "ingest", *(args.ingest or [args.dir])],
                           capture_output=True, check=True)
        out = subprocess.run([args.claimkb, "--db", db, "claims", "--format", "jsonl", "--limit",
                              "100000"], capture_output=True, text=True, check=True).stdout
        by_line = {}
        for row in out.splitlines():
            claim = json.loads(row)
            key = (os.path.relpath(os.path.realpath(claim["source"]["path"]), root),
                   claim["source"]["line"])
            by_line.setdefault(key, []).append(claim)
        totals = {}
        for q in questions:
            relevant, unresolved = set(), 0
            for a in q["answers"]:
                hits = [c["id"] for c in by_line.get((a["file"], a["line"]), [])
                        if a["key"] in c["text"]]
                relevant.update(hits)
                unresolved += not hits
            if not relevant:
                print(f"{q['id']}: no answer line became a claim", file=sys.stderr)
                continue
            answer = json.loads(subprocess.run(
                [args.claimkb, "--db", db, "ask", q["question"], "--format", "json", "--limit", "50"],
                capture_output=True, text=True, check=True).stdout)["ask"]
            ranked = ranked_ids(answer)
            r10 = len(relevant & set(ranked[:10])) / len(relevant)
            r50 = len(relevant & set(ranked[:50])) / len(relevant)
            for group in ("all", q["lang"]):
                t = totals.setdefault(group, [0, 0.0, 0.0, 0])
                t[0] += 1
                t[1] += r10
                t[2] += r50
                t[3] += unresolved
            if args.verbose:
                print(f"{q['id']} {q['lang']} r@10 {r10:.2f} r@50 {r50:.2f} | {q['question']}")
                for claim_id in sorted(relevant - set(ranked[:50])):
                    rank = ranked.index(claim_id) + 1 if claim_id in ranked else "-"
                    print(f"    miss (rank {rank}) {claim_id}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for group, (n, r10, r50, unresolved) in sorted(totals.items()):
        print(f"ask probe {group}: {n} questions, recall@10 {r10 / n:.3f}, recall@50 {r50 / n:.3f}"
              f" ({unresolved} answer lines made no claim with their key)")


if __name__ == "__main__":
    main()
