#!/usr/bin/env python3
"""Agreement of a second, blind stance labelling with the gold labels.

bench/stance_agreement/second_labels.tsv holds 180 labelled claims drawn at
random (seed 20261206) from the dev, train and test gold files, each
labelled a second time by a labeller who saw only the claim's line, the line
before it, its speaker, its target and its key, and the conventions of
tests/gold/README.md, never the gold label or the program's output. This
script finds each claim in its gold file (by line and key) and prints how
often the two labellings agree, per split, with the confusion matrix and
Cohen's kappa: the ceiling a stance classifier can be held to on these
labels.

Usage: bench/stance_agreement.py [--gold tests/gold]
"""

import argparse
import collections
import csv
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLASSES = ["positive", "negative", "mixed", "neutral"]


def split_of(gold):
    if gold.get("held_out"):
        return "test"
    return gold.get("split", "tuned")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", default=os.path.join(ROOT, "tests", "gold"))
    parser.add_argument("--labels",
                        default=os.path.join(ROOT, "bench", "stance_agreement", "second_labels.tsv"))
    args = parser.parse_args()

    files = {}
    with open(args.labels, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    agree = collections.Counter()
    total = collections.Counter()
    confusion = collections.Counter()
    first_counts = collections.Counter()
    second_counts = collections.Counter()
    missing = 0
    for row in rows:
        name = row["gold_file"]
        if name not in files:
            with open(os.path.join(args.gold, name), encoding="utf-8") as handle:
                files[name] = json.load(handle)
        gold = files[name]
        matches = [c for c in gold["claims"]
                   if c["line"] == int(row["line"]) and c["key"] == row["key"] and c.get("stance")]
        if len(matches) != 1:
            print("not found once: %s line %s %r" % (name, row["line"], row["key"]))
            missing += 1
            continue
        first, second = matches[0]["stance"], row["second_label"]
        split = split_of(gold)
        for key in (split, "all"):
            total[key] += 1
            agree[key] += first == second
        confusion[(first, second)] += 1
        first_counts[first] += 1
        second_counts[second] += 1

    for key in ["dev", "train", "test", "all"]:
        if total[key]:
            print("%-5s agreement %3d/%3d = %.3f" % (key, agree[key], total[key],
                                                     agree[key] / total[key]))
    n = total["all"]
    if n == 0:
        print("no labelled claim found")
        return 1
    print("\ngold \\ second " + " ".join("%9s" % c for c in CLASSES))
    for first in CLASSES:
        print("%-13s " % first + " ".join("%9d" % confusion[(first, s)] for s in CLASSES))
    observed = agree["all"] / n
    expected = sum(first_counts[c] * second_counts[c] for c in CLASSES) / (n * n)
    print("\nCohen's kappa %.3f (observed %.3f, chance %.3f)" %
          ((observed - expected) / (1 - expected), observed, expected))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
