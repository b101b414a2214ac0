#!/usr/bin/env python3
"""Builds the polarity lexicons of the stance classifier (data/stance/).

  scripts/build_stance_lexicons.py [--shared ../shared] [--review N]

polarity_en.tsv: VADER, AFINN-165 and Bing Liu merged. Each source's score is
scaled to [-1, 1] (VADER /4, AFINN /5, Bing +-0.5); a word is kept when its
sources agree in sign, with the mean of their scores.

polarity_zh.tsv: derived by the project, since no Chinese lexicon may be
bundled (../shared/data/sentiment-en/PROVENANCE.md). Each CC-CEDICT headword
of 2-4 Chinese characters is scored through its English glosses: a short
gloss (at most four content words) takes the English polarity of its words,
flipped by a negation in it ("not", "no", "without"). The word is kept when at
least half of its glosses are polar and all polar glosses agree in sign.
Entries that are names, variants, classifiers or cross-references are
skipped, and so are rare words (jieba frequency below 100; two-character
words jieba lacks): in running text they mostly match across a word
boundary (义工 in 定义工具). Words frequent in the corpora were reviewed by hand:
data/stance/zh_review.tsv drops or re-signs them, and is applied last.
--review N prints the N derived words most frequent in ../shared/corpus and
../shared/corpus-more that the review file does not decide yet.

Output is deterministic (sorted), so a regeneration shows as a clean diff.
"""
import argparse
import gzip
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "data", "stance")

# English words that the sentiment lexicons score but that mostly carry no
# opinion in podcast digests, or that the hand rules already treat (negators).
EN_EXCLUDE = {
    "like", "likes", "liked", "no", "not", "yes", "please", "ok", "okay", "well", "pretty",
    "kind", "sure", "want", "wants", "wanted", "care", "agree", "agrees", "matter", "top",
    "fine", "free", "clear", "clearly", "lol", "haha", "god", "big", "huge", "large",
    "joke", "play", "plays", "playing", "hard", "easy", "easily", "limit", "limited", "limits",
    "intelligence", "intelligent", "smart", "super", "critical", "critic", "critics",
    "attack", "attacks", "defense", "security", "safe", "safety", "risk", "risks",
    "vision", "visionary", "trust", "share", "shares", "support", "supports", "reward",
    "rewards", "rewarding", "alignment", "aligned", "bias", "biased", "cancer", "bomb",
    "chance", "chances", "dead", "die", "kill", "killed", "war", "weapon", "weapons",
    "fire", "stop", "stopped", "block", "blocked", "gpt",
    # A tracker's ticket or a journal's number as often as a problem ("a real
    # GitHub issue", "issue 8"): only the hand rules' Chinese problem words judge.
    "issue", "issues",
}

NEGATIONS = {"not", "no", "without", "lack", "lacking", "non", "never", "un-"}
GLOSS_STOP = {
    "to", "a", "an", "the", "of", "and", "or", "be", "is", "in", "on", "at", "for", "with",
    "by", "as", "one", "one's", "oneself", "sb", "sth", "sb's", "sth's", "etc", "very",
    "something", "someone", "somebody", "it", "its", "from", "into", "that", "this", "so",
    "too", "also", "up", "out", "off", "over", "all", "lit", "fig", "idiom", "about",
}


def read_english(shared):
    base = os.path.join(shared, "data", "sentiment-en")
    scores = {}  # word -> {source: score}

    def add(word, source, score):
        word = word.strip().lower()
        if not re.fullmatch(r"[a-z][a-z'-]*[a-z]", word) or word in EN_EXCLUDE:
            return
        scores.setdefault(word, {})[source] = score

    with open(os.path.join(base, "vader", "vader_lexicon.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2:
                add(parts[0], "vader", float(parts[1]) / 4.0)
    with open(os.path.join(base, "afinn", "AFINN-en-165.txt"), encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 2 and " " not in parts[0]:
                add(parts[0], "afinn", float(parts[1]) / 5.0)
    for name, sign in (("positive-words.txt", 0.5), ("negative-words.txt", -0.5)):
        with open(os.path.join(base, "bing_liu", name), encoding="latin-1") as f:
            for line in f:
                if line.startswith(";") or not line.strip():
                    continue
                add(line, "bing", sign)
    merged = {}
    for word, by_source in scores.items():
        values = [v for v in by_source.values() if v != 0]
        if not values or (min(values) < 0 < max(values)):
            continue
        mean = sum(values) / len(values)
        if abs(mean) < 0.1:
            continue
        merged[word] = (round(mean, 3), ",".join(sorted(by_source)))
    return merged


def gloss_polarity(gloss, english):
    """Polarity of one CC-CEDICT gloss, or None when it carries none."""
    text = re.sub(r"\([^)]*\)", " ", gloss.lower())
    text = text.replace("sb.", "sb").replace("sth.", "sth")
    words = re.findall(r"[a-z][a-z'-]*", text)
    content = [w for w in words if w not in GLOSS_STOP]
    if not content or len(content) > 4:
        return None
    negated = any(w in NEGATIONS for w in content)
    polar = [english[w][0] for w in content if w in english]
    if not polar:
        return None
    total = sum(polar) / len(polar)
    return -total if negated else total


SKIP_GLOSS = re.compile(r"^(surname|variant of|old variant|see |cl:|used in|abbr\. for|"
                        r"erhua variant|japanese variant|taiwan pr|also pr)", re.I)


def read_cedict(shared):
    path = os.path.join(shared, "data", "bilingual", "cedict_1_0_ts_utf-8_mdbg.txt.gz")
    entries = {}  # simplified -> list of glosses
    line_re = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/$")
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            m = line_re.match(line.strip())
            if not m:
                continue
            simplified, pinyin, glosses = m.group(2), m.group(3), m.group(4)
            if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", simplified):
                continue
            if pinyin[:1].isupper():  # Proper names: 马斯克, 北京.
                continue
            entries.setdefault(simplified, []).extend(g for g in glosses.split("/") if g)
    return entries


def derive_chinese(entries, english):
    derived = {}
    for word, glosses in entries.items():
        glosses = [g for g in glosses if not SKIP_GLOSS.match(g)]
        if not glosses:
            continue
        polar = [p for p in (gloss_polarity(g, english) for g in glosses) if p is not None]
        polar = [p for p in polar if abs(p) >= 0.15]
        if not polar or len(polar) * 2 < len(glosses):
            continue
        if min(polar) < 0 < max(polar):
            continue  # The glosses disagree.
        derived[word] = round(sum(polar) / len(polar), 3)
    return derived


def read_jieba(shared):
    freq = {}
    with open(os.path.join(shared, "data", "bilingual", "jieba.dict.utf8"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                freq[parts[0]] = int(parts[1])
    return freq


def common_enough(word, jieba):
    if word in jieba:
        return jieba[word] >= 100
    return len(word) >= 3


def read_review():
    path = os.path.join(OUT, "zh_review.tsv")
    review = {}
    if not os.path.exists(path):
        return review
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            parts = line.rstrip("\n").split("\t")
            review[parts[0]] = parts[1]
    return review


def corpus_text(shared):
    texts = []
    for folder in ("corpus", "corpus-more"):
        for dirpath, _, files in os.walk(os.path.join(shared, folder)):
            for name in sorted(files):
                if name.endswith(".md"):
                    with open(os.path.join(dirpath, name), encoding="utf-8") as f:
                        texts.append(f.read())
    return "\n".join(texts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    parser.add_argument("--review", type=int, default=0)
    args = parser.parse_args()
    english = read_english(args.shared)
    jieba = read_jieba(args.shared)
    chinese = {w: s for w, s in derive_chinese(read_cedict(args.shared), english).items()
               if common_enough(w, jieba)}
    review = read_review()
    for word, decision in review.items():
        if decision == "drop":
            chinese.pop(word, None)
        elif decision in ("positive", "negative"):
            magnitude = abs(chinese.get(word, 0.5)) or 0.5
            chinese[word] = magnitude if decision == "positive" else -magnitude
        elif decision != "keep":
            sys.exit(f"zh_review.tsv: unknown decision '{decision}' for {word}")
    if args.review:
        text = corpus_text(args.shared)
        counts = sorted(((text.count(w), w) for w in chinese if w not in review), reverse=True)
        for count, word in counts[: args.review]:
            print(f"{word}\t{chinese[word]}\t{count}")
        return
    with open(os.path.join(OUT, "polarity_en.tsv"), "w", encoding="utf-8") as f:
        f.write("# English polarity, merged from VADER, AFINN-165 and Bing Liu by\n"
                "# scripts/build_stance_lexicons.py; licences in data/stance/LICENSES.md.\n"
                "# word\tscore (-1..1)\tsources\n")
        for word in sorted(english):
            score, sources = english[word]
            f.write(f"{word}\t{score}\t{sources}\n")
    with open(os.path.join(OUT, "polarity_zh.tsv"), "w", encoding="utf-8") as f:
        f.write("# Chinese polarity derived from CC-CEDICT (CC BY-SA 4.0, https://cc-cedict.org)\n"
                "# by projecting the English lexicons through its glosses; generated by\n"
                "# scripts/build_stance_lexicons.py. This file is CC BY-SA 4.0.\n"
                "# word\tscore (-1..1)\n")
        for word in sorted(chinese):
            f.write(f"{word}\t{chinese[word]}\n")
    print(f"polarity_en.tsv: {len(english)} words; polarity_zh.tsv: {len(chinese)} words")


if __name__ == "__main__":
    main()
