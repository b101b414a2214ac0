#!/usr/bin/env python3
"""Draws the random claim sample of the stance training set (issue 8).

The labelled claims of tests/gold/ were chosen by their labellers, mostly
opinions; the extractor sees mostly plain statements. So that the stance
model learns the extractor's mix, a sample of claims is drawn at random from
what the extractor finds in each *tuned* and *dev* digest (never a test
digest) and labelled blind: the list this script prints has the line, a key
and the claim's text, but no stance, speaker or entity of the extractor's.
The labels go into the gold files with `"sample": "random"`
(tests/gold/README.md).

    build-bench/bench/gold_eval --frame /tmp/frame.tsv   # the sampling frame
    scripts/sample_random_claims.py /tmp/frame.tsv [shared_dir] > /tmp/sample.txt
    scripts/sample_random_claims.py /tmp/frame.tsv [shared_dir] --per 45 \
        --only train-x.json --only train-y.json > /tmp/sample.txt

--only GOLD (repeatable) draws from those gold files alone, train files
included (the seventh session's train files: claims sampled from the
extractor's list to choose which lines to label, the stance decided from the
text); --per N draws N a file instead of 15. The generator is seeded once
and walks the chosen files in name order, so a draw depends on which files
are chosen: record the command with the labels.

Fixed: seed 8, 15 claims per digest, drawn in the order of the frame after
dropping claims that hold an existing gold key on their line (those are
labelled already). The key is the first run of 6 to 12 code points of the
claim's text, without markup, that occurs exactly once on the digest line.
The printed text is corpus text: keep the output out of the project.
"""
import argparse
import collections
import json
import random
from pathlib import Path

from gold_keys import key_for

SEED = 8
PER_DIGEST = 15


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("frame")
    parser.add_argument("shared", nargs="?",
                        default=str(Path(__file__).resolve().parents[2] / "shared"))
    parser.add_argument("--per", type=int, default=PER_DIGEST)
    parser.add_argument("--only", action="append", default=[])
    args = parser.parse_args()
    frame_path = Path(args.frame)
    shared = Path(args.shared)
    gold_dir = Path(__file__).resolve().parents[1] / "tests" / "gold"
    frame = collections.defaultdict(list)
    with frame_path.open(encoding="utf-8") as f:
        next(f)
        for row in f:
            name, line, text = row.rstrip("\n").split("\t", 2)
            frame[name].append((int(line), text))
    rng = random.Random(SEED)
    for name in sorted(frame):
        if args.only and name not in args.only:
            continue
        gold = json.loads((gold_dir / name).read_text(encoding="utf-8"))
        if gold.get("split", "tuned") == "test" or gold.get("held_out"):
            continue  # Never sampled: the test files stay untouched.
        lines = (shared / gold.get("corpus", "corpus") / gold["file"]).read_text(
            encoding="utf-8").split("\n")
        labelled = collections.defaultdict(list)
        for c in gold["claims"]:
            labelled[c["line"]].append(c["key"])
        candidates = [(line, text) for line, text in frame[name]
                      if not any(k in text for k in labelled[line])]
        order = list(range(len(candidates)))
        rng.shuffle(order)
        taken = 0
        print(f"=== {name}")
        for i in order:
            if taken == args.per:
                break
            line, text = candidates[i]
            raw = lines[line - 1].rstrip("\r")
            key = key_for(text, raw)
            if key is None:
                continue
            taken += 1
            print(f"{name}\t{line}\t{key}\t{text}")


if __name__ == "__main__":
    main()
