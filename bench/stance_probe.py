#!/usr/bin/env python3
"""Stance on sentences written to probe it, scored through `claimkb ingest`.

Each TSV of bench/stance_probe/ (columns id, lang, target, key, stance,
sentence; README there) becomes one digest: every sentence is a turn of one
speaker in a transcript section. The digest is ingested into a temporary
database, and each row is scored on the claim of its line whose text holds
the row's key (the clause that carries the verdict). Prints, per file and
pooled, the share right, by language, and a confusion matrix; --verbose lists
the misses. Nothing here is a test: the files were labelled by hand, and one
of them is kept aside as a held-out set (README).

Usage: bench/stance_probe.py [--claimkb build/cli/claimkb] [--dir bench/stance_probe]
       [--verbose] [FILE.tsv ...]
"""

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STANCES = ["positive", "negative", "mixed", "neutral"]


def read_rows(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for number, line in enumerate(f, start=2):
            line = line.rstrip("\n")
            if not line:
                continue
            fields = line.split("\t")
            if len(fields) != len(header):
                sys.exit("%s:%d: expected %d fields, got %d" % (path, number, len(header), len(fields)))
            row = dict(zip(header, fields))
            if row["stance"] not in STANCES or row["key"] not in row["sentence"]:
                sys.exit("%s:%d: bad stance or key not in sentence" % (path, number))
            rows.append(row)
    return rows


def digest_of(name, rows):
    # One speaker, one turn per sentence; the returned map gives each row's line.
    lines = ["# Stance probe %s" % name, "", "- 日期：2026-01-01", "- 嘉宾：Probe", "", "## 全文", ""]
    at = {}
    for row in rows:
        at[row["id"]] = len(lines) + 1
        lines.append("**Probe**：%s" % row["sentence"])
        lines.append("")
    return "\n".join(lines) + "\n", at


def score(claimkb, path):
    rows = read_rows(path)
    name = os.path.splitext(os.path.basename(path))[0]
    with tempfile.TemporaryDirectory() as tmp:
        text, at = digest_of(name, rows)
        digest = os.path.join(tmp, "stance-probe-%s.md" % name)
        with open(digest, "w", encoding="utf-8") as f:
            f.write(text)
        db = os.path.join(tmp, "db")
        subprocess.run([claimkb, "ingest", digest, "--db", db, "--quiet"], check=True,
                       capture_output=True)
        out = subprocess.run([claimkb, "claims", "--db", db, "--format", "jsonl", "--limit",
                              "100000"], check=True, capture_output=True, text=True).stdout
    claims = collections.defaultdict(list)
    for line in out.splitlines():
        claim = json.loads(line)
        claims[claim["source"]["line"]].append(claim)
    results = []
    for row in rows:
        found = [c for c in claims.get(at[row["id"]], []) if row["key"] in c["text"]]
        got = found[0]["stance"] if found else "unfound"
        results.append((row, got))
    return results


def report(title, results, verbose):
    right = sum(1 for row, got in results if got == row["stance"])
    by_lang = collections.defaultdict(lambda: [0, 0])
    for row, got in results:
        by_lang[row["lang"]][1] += 1
        by_lang[row["lang"]][0] += got == row["stance"]
    langs = "  ".join("%s %d/%d" % (lang, r, n) for lang, (r, n) in sorted(by_lang.items()))
    print("%s: %d/%d = %.2f  (%s)" % (title, right, len(results), right / max(1, len(results)), langs))
    matrix = collections.Counter((row["stance"], got) for row, got in results)
    cols = STANCES + ["unfound"]
    print("  gold \\ got " + "".join("%9s" % c for c in cols))
    for gold in STANCES:
        print("  %-10s " % gold + "".join("%9d" % matrix[(gold, c)] for c in cols))
    if verbose:
        for row, got in results:
            if got != row["stance"]:
                print("  %s gold %s got %s [%s] %s" % (row["id"], row["stance"], got, row["target"],
                                                     row["sentence"]))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--claimkb", default=os.path.join(ROOT, "build", "cli", "claimkb"))
    parser.add_argument("--dir", default=os.path.join(ROOT, "bench", "stance_probe"))
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    files = args.files or sorted(os.path.join(args.dir, f) for f in os.listdir(args.dir)
                                 if f.endswith(".tsv"))
    pooled = []
    for path in files:
        results = score(args.claimkb, path)
        report(os.path.basename(path), results, args.verbose)
        pooled.extend(results)
    if len(files) > 1:
        report("pooled", pooled, False)


if __name__ == "__main__":
    main()
