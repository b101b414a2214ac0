#!/usr/bin/env python3
"""Draws a random sample of sentences from a digest's text alone (issue 8).

scripts/sample_random_claims.py samples the extractor's claims, so a digest
must be run through the extractor first. For a file labelled blind, whose
gold file is written and committed before any program of the project reads
it, this script samples from the raw text instead: every sentence of the
body (YAML front matter, headings, blank lines, tables and link-only lines
left out; a leading `[HH:MM:SS]` stamp stripped), split at 。！？；!? and
". ", at least 8 code points long without markup. The labeller labels each
printed sentence (`"sample": "random"` in the gold file), so the training
set holds the plain statements a digest is mostly made of, not only the
opinions a labeller picks.

    scripts/sample_random_sentences.py DIGEST [count] [already.json]

Fixed seed 8; sentences holding a key of the gold file already.json are
skipped. The key is the first run of 10 (else 12, 8, 6) code points of the
sentence, without markup or clause punctuation, that occurs once on the
digest line. The printed
text is corpus text: keep the output out of the project.
"""
import json
import random
import re
import sys
from pathlib import Path

from gold_keys import MARKUP, key_for

SEED = 8
# A key lies inside one clause (tests/gold/README.md), so it holds no clause
# punctuation.
CLAUSE = set("，,；;：:、。！？!?")
STAMP = re.compile(r"^\s*\[\d{1,2}:\d{2}(:\d{2})?\]\s*")
SPLIT = re.compile(r"(?<=[。！？；!?])|(?<=\. )")


def sentences(lines):
    in_front = bool(lines) and lines[0].strip() == "---"
    for number, raw in enumerate(lines, start=1):
        line = raw.rstrip("\r\n")
        if in_front:
            if number > 1 and line.strip() == "---":
                in_front = False
            continue
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", "|", "---", "```")):
            continue
        body = STAMP.sub("", stripped)
        if re.fullmatch(r"[-*\s]*\[[^\]]*\]\([^)]*\)\s*", body):
            continue
        for sentence in SPLIT.split(body):
            plain = "".join(c for c in sentence if c not in MARKUP).strip(" -:：")
            if len(plain) >= 8:
                yield number, plain


def main():
    digest = Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    labelled = {}
    if len(sys.argv) > 3:
        for c in json.loads(Path(sys.argv[3]).read_text(encoding="utf-8"))["claims"]:
            labelled.setdefault(c["line"], []).append(c["key"])
    lines = digest.read_text(encoding="utf-8").split("\n")
    frame = [(n, s) for n, s in sentences(lines)
             if not any(k in s for k in labelled.get(n, []))]
    order = list(range(len(frame)))
    random.Random(SEED).shuffle(order)
    taken = []
    for i in order:
        if len(taken) == count:
            break
        number, text = frame[i]
        key = key_for(text, lines[number - 1], CLAUSE)
        if key is not None:
            taken.append((number, key, text))
    for number, key, text in sorted(taken):
        print(f"{number}\t{key}\t{text}")


if __name__ == "__main__":
    main()
