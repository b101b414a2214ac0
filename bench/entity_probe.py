#!/usr/bin/env python3
"""Model and benchmark recall on the probe digests in bench/entity_probe/.

The six probe digests were written for claimkb (not taken from any corpus) to
test open-vocabulary names: models and benchmarks newer than the lexicon,
names damaged by speech recognition ("gpt五点五", "gemini three pro"),
language and edition variants, and capitalised words that name nothing.
Each pN.gold.tsv lists, by hand, every model and benchmark mention per line
(line, kind, surface, canonical name). The rules were tuned while looking at
these misses, so the figures are development figures, not a held-out test.

Usage: bench/entity_probe.py [--claimkb PATH] [--verbose]
Prints recall over gold mentions on lines that became claims, and the links
no gold row asks for ("extra").
"""
import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def name_key(text):
    """Order-free words and numbers of a name: "Mistral Medium 4" and
    mistral-4-medium, "ERNIE 5.0" and ernie-5 compare equal."""
    text = text.lower().replace("’", "'").replace("'", "")
    # A version's ".0" is dropped, as in the linker's ids ("5.0" is 5).
    text = re.sub(r"(\d)\.0\b", r"\1", text)
    parts = re.findall(r"\d+|[a-z]+|[\u4e00-\u9fff]+", text)
    return frozenset(collections.Counter(parts).items())


def glued_key(text):
    """The name's letters and digits in order, separators dropped: the gold's
    "VideoMMMU" is the linker's video-mmmu."""
    text = text.lower().replace("’", "'").replace("'", "")
    text = re.sub(r"(\d)\.0\b", r"\1", text)
    return "".join(re.findall(r"\d+|[a-z]+|[\u4e00-\u9fff]+", text))


def same_name(canonical, linked):
    return name_key(canonical) == name_key(linked) or glued_key(canonical) == glued_key(linked)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claimkb", default=os.path.join(HERE, "..", "build", "cli", "claimkb"))
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--dir", default=os.path.join(HERE, "entity_probe"),
                        help="a folder of digests, each with its NAME.gold.tsv")
    args = parser.parse_args()
    total = hits = extra = unclaimed = 0
    work = tempfile.mkdtemp(prefix="claimkb-probe-")
    try:
        # A folder's README.md (and any other file without a gold list) is no digest.
        for digest in sorted(f for f in os.listdir(args.dir)
                             if f.endswith(".md") and os.path.exists(
                                 os.path.join(args.dir, f[:-3] + ".gold.tsv"))):
            path = os.path.join(args.dir, digest)
            db = os.path.join(work, digest)
            subprocess.run([args.claimkb, "--db", db, "ingest", path], capture_output=True, check=True)
            out = subprocess.run([args.claimkb, "--db", db, "claims", "--format", "jsonl", "--limit",
                                  "100000"], capture_output=True, text=True, check=True).stdout
            linked = collections.defaultdict(list)
            claimed = set()
            for line in out.splitlines():
                claim = json.loads(line)
                at = claim["source"]["line"]
                claimed.add(at)
                for field in ("models", "benchmarks"):
                    for e in claim[field]:
                        if not e.get("inferred"):
                            linked[at].append((e["kind"], e["id"], e["name"], e["surface"]))
            gold = collections.defaultdict(list)
            with open(path[:-3] + ".gold.tsv", encoding="utf-8") as f:
                for row in f.read().splitlines()[1:]:
                    at, kind, surface, canonical = row.split("\t")
                    gold[int(at)].append((kind, surface, canonical))
            for at, rows in sorted(gold.items()):
                if at not in claimed:
                    unclaimed += len(rows)
                    continue
                for kind, surface, canonical in rows:
                    total += 1
                    found = any(k == kind and (same_name(canonical, i) or same_name(canonical, n))
                                for k, i, n, _ in linked[at])
                    hits += found
                    if not found and args.verbose:
                        print(f"miss  {digest}:{at} {kind} {surface!r} ({canonical}); linked "
                              f"{[i for _, i, _, _ in linked[at]]}")
            for at, mentions in sorted(linked.items()):
                wanted = [c for _, _, c in gold.get(at, [])]
                for kind, ident, name, surface in mentions:
                    if not any(same_name(c, ident) or same_name(c, name) for c in wanted):
                        extra += 1
                        if args.verbose:
                            print(f"extra {digest}:{at} {kind} {ident} ({surface!r})")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if total == 0:
        sys.exit("no gold mention fell on a claim line")
    print(f"entity probe: recall {hits}/{total} = {hits / total:.3f}; extra links {extra}; "
          f"gold mentions on lines that made no claim {unclaimed}")


if __name__ == "__main__":
    main()
