#!/usr/bin/env python3
"""Recall of hand-found contradiction pairs and the top ten, to be judged.

Ingests ../shared/corpus and ../shared/corpus-more into one temporary
database (or uses --db), runs `claimkb contradictions --format json` without
with --strong and with --opposed, and prints, for each gold file of
tests/gold/contradictions/ and each split in it, how many gold pairs an
entry within the top N joins (a pair counts at the rank of the first entry
whose `pairs` oppose a claim of side a to a claim of side b), in the default
list (pairs that oppose, and the rest under them), with --strong (strong
evidence, then opposite verdicts on a limit) and with --opposed (only two
sides one of whose pairs opposes). Then it
prints the top ten entries of the default list (or --list opposed), whole and of
the entries whose two sides both come from one corpus folder, one line per
side, so a reader can judge each pair. It judges nothing itself.

Usage: bench/contradictions_eval.py [--claimkb build/cli/claimkb]
       [--shared ../shared] [--db DIR] [--top 10,20,50,all] [--width 90] [--show 10]
       [--list default|opposed]
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run_json(argv):
    out = subprocess.run(argv, check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def corpus_of(path):
    # The folder under ../shared the file came from: corpus or corpus-more.
    parts = path.replace("\\", "/").split("/")
    for folder in ("corpus-more", "corpus"):
        if folder in parts:
            return folder
    return "?"


def resolve(side, claims):
    ids = set()
    for ref in side:
        suffix = "/%s/%s" % (ref["corpus"], ref["file"])
        matched = [c["id"] for c in claims
                   if c["source"]["path"].endswith(suffix) and c["source"]["line"] == ref["line"]
                   and ref["key"] in c["text"]]
        if len(matched) != 1:
            print("  gold key names %d claims: %s line %d %r" % (len(matched), ref["file"][-40:],
                                                                 ref["line"], ref["key"]))
        ids.update(matched)
    return ids


def first_rank(a, b, entries):
    for entry in entries:
        for pair in entry["pairs"]:
            x, y = pair["first"], pair["second"]
            if (x in a and y in b) or (x in b and y in a):
                return entry["rank"]
    return None


def side_line(claim, width):
    text = claim["text"].replace("\n", " ")
    if len(text) > width:
        text = text[:width - 1] + "…"
    return "%-8s %-14s %s %s: %s" % (claim["stance_on_target"], claim["speaker"][:14],
                                     claim["episode"].get("date") or "----------",
                                     corpus_of(claim["source"]["path"]), text)


def print_top(title, entries, width, show):
    print("\n== top %d: %s" % (show, title))
    for n, entry in enumerate(entries[:show], 1):
        print("%2d. #%d score %.3f %s [%s]%s%s" % (n, entry["rank"], entry["score"],
                                                   entry["target"]["label"], entry["directness"],
                                                   " change of mind" if entry["change_of_mind"] else "",
                                                   "" if entry.get("strong_evidence", True)
                                                   else " weak evidence"))
        for side in ("first", "second"):
            print("      " + side_line(entry[side], width))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--claimkb", default=os.path.join(ROOT, "build", "cli", "claimkb"))
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    parser.add_argument("--db", help="an existing database of both corpora (skips ingest)")
    parser.add_argument("--top", default="10,20,50,all")
    parser.add_argument("--width", type=int, default=90)
    parser.add_argument("--show", type=int, default=10, help="entries printed per top list")
    parser.add_argument("--list", choices=("default", "opposed"), default="default",
                        help="the list whose top entries are printed")
    args = parser.parse_args()

    corpus = os.path.join(args.shared, "corpus")
    more = os.path.join(args.shared, "corpus-more")
    if not (os.path.isdir(corpus) and os.path.isdir(more)):
        print("SKIPPED: %s or %s is absent" % (corpus, more))
        return 0
    tmp = None
    db = args.db
    if db is None:
        tmp = tempfile.TemporaryDirectory()
        db = tmp.name
        subprocess.run([args.claimkb, "ingest", corpus, more, "--db", db, "--quiet"], check=True)

    claims = run_json([args.claimkb, "claims", "--db", db, "--format", "json"])["claims"]
    base = [args.claimkb, "contradictions", "--db", db, "--format", "json"]
    every = run_json(base)["contradictions"]
    entries = run_json(base + ["--strong"])["contradictions"]
    opposed = run_json(base + ["--opposed"])["contradictions"]
    print("%d claims, %d contradiction entries, %d with --strong, %d with --opposed"
          % (len(claims), len(every), len(entries), len(opposed)))

    tops = [t for t in args.top.split(",")]
    gold_dir = os.path.join(ROOT, "tests", "gold", "contradictions")
    for name in sorted(os.listdir(gold_dir)):
        if not name.endswith(".json"):
            continue
        gold = json.load(open(os.path.join(gold_dir, name), encoding="utf-8"))
        print("\n== %s" % name)
        by_split = {}
        for pair in gold["pairs"]:
            a = resolve(pair["a"], claims)
            b = resolve(pair["b"], claims)
            rank = first_rank(a, b, every)
            strong_rank = first_rank(a, b, entries)
            opposed_rank = first_rank(a, b, opposed)
            split = pair.get("split", "all")
            by_split.setdefault(split, []).append((rank, strong_rank, opposed_rank))
            print("  %-5s %-8s %-8s %-8s %s" % (split, "#%d" % rank if rank else "MISSED",
                                              "#%d" % strong_rank if strong_rank else "-",
                                              "#%d" % opposed_rank if opposed_rank else "-", pair["name"]))
        for split, ranks in sorted(by_split.items()):
            for which, listed, title in ((0, every, "default"), (1, entries, "--strong"),
                                         (2, opposed, "--opposed")):
                cells = []
                for top in tops:
                    limit = len(listed) if top == "all" else int(top)
                    hits = sum(1 for r in ranks if r[which] is not None and r[which] <= limit)
                    cells.append("@%s %d/%d=%.2f" % (top, hits, len(ranks), hits / len(ranks)))
                print("  recall %-5s %-8s %s" % (split, title, "  ".join(cells)))

    def within(listed, folder):
        return [e for e in listed
                if corpus_of(e["first"]["source"]["path"]) == folder
                and corpus_of(e["second"]["source"]["path"]) == folder]

    shown = opposed if args.list == "opposed" else every
    print("\n(columns: rank in the default list, with --strong, with --opposed; top tens are "
          "the %s list's)" % args.list)
    print_top("all entries", shown, args.width, args.show)
    print_top("both sides in corpus", within(shown, "corpus"), args.width, args.show)
    print_top("both sides in corpus-more", within(shown, "corpus-more"), args.width, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
