#!/usr/bin/env python3
"""Builds lexicon files from the public model and benchmark catalogs.

    scripts/import_catalogs.py [--catalogs DIR] [--cedict FILE] [--out DIR]
                               [--sources benchmarks,datasets,families,models]

Reads ../shared/data/catalogs (models.tsv, benchmarks.tsv; see its
PROVENANCE.md) and writes, into data/lexicon/:

  zz-catalog-benchmarks.tsv  benchmarks and evaluation datasets
  zz-catalog-models.tsv      model family stems (and, with --sources models,
                             display names of recent models)

The "zz-" prefix makes them load after the hand-kept files, so a hand-kept
entry always wins a shared spelling. The output is deterministic: running the
script twice gives the same bytes. It is selective on purpose:

* A name already spelled by the hand-kept lexicon (same matching key) is
  skipped: the hand-kept entry is the reviewed one.
* The ordinary-word guard: a name is kept only if at least one of its words
  looks like a name (a digit, an inner capital, two capitals, or a word that is
  not English). English words come from CC-CEDICT's English glosses, so
  "Transformer", "Perplexity", "Arena" or "Thai Exam" are left out. CC-CEDICT
  is only read here; nothing of it is shipped. A model family the guard
  stops ("Step", "Seed") is written bound ("~Step", with its maker) when the
  hand-kept lexicon knows the maker and has no model of that family: the
  linker then takes "Step 3" only where StepFun or the family is named.
* Harness task ids (snake_case), paper titles (more than five words) and
  names of fewer than three letters are left out.
* An alias is kept only when its letters appear in order in the name or the
  name's in it ("OBQA", "HLE"): the merged catalog lists PIQA under
  OpenBookQA, which would link every PIQA to another benchmark.

Which sources go in was decided by measuring each one's effect on entity
recall and precision over the gold files; see docs/decisions.md.
"""

import argparse
import csv
import gzip
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

BENCH_TOPICS = [
    ("agent", "agents"),
    ("code", "coding"),
    ("swe", "coding"),
    ("math", "math"),
    ("long context", "long-context"),
    ("image", "vision"),
    ("vision", "vision"),
    ("multimodal", "multimodal"),
    ("reasoning", "reasoning"),
]


def key_of(text):
    """The linker's matching key, for ASCII names: lower case, separators dropped."""
    return re.sub(r"[\s\-._·]", "", text).lower()


def slug_of(text):
    """Lexicon id: lower case, runs of other characters become one hyphen."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug


FIELD_WORDS = {"leaderboard", "benchmark", "dataset"}


def english_words(cedict_path):
    words = set()
    with gzip.open(cedict_path, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            gloss = line.split("/", 1)[1] if "/" in line else ""
            for word in re.findall(r"[A-Za-z]+", gloss):
                # Capitalised glosses are proper nouns ("Gemini" the
                # constellation); only lower-case ones are ordinary words.
                if word.islower():
                    words.add(word)
    # The field's own common nouns, which CC-CEDICT's glosses lack: a
    # catalog row named "Leaderboard evaluations" would tag every leaderboard.
    words.update(FIELD_WORDS)
    return words


def english_forms(lowered):
    """The word and the stems its common English endings leave."""
    forms = {lowered}
    for suffix, replacement in (("s", ""), ("es", ""), ("ed", ""), ("ing", ""), ("ing", "e"),
                                ("ation", "e"), ("ation", ""), ("ly", ""), ("ity", ""),
                                ("ness", ""), ("er", ""), ("ers", "")):
        if lowered.endswith(suffix) and len(lowered) - len(suffix) >= 3:
            forms.add(lowered[: -len(suffix)] + replacement)
    return forms


def name_like(word, english):
    if re.search(r"\d", word):
        return True
    letters = re.sub(r"[^A-Za-z]", "", word)
    if not letters:
        return False
    # A short name with two capitals or more ("GQA", "DROP", "SQuAD") is
    # matched only in its own case or in capitals by the linker (its
    # AcronymForm rule: at most five letters, no digit), so it cannot catch
    # the ordinary word ("squad", "drop").
    if 2 <= len(letters) <= 5 and sum(c.isupper() for c in letters) >= 2:
        return True
    # Otherwise the linker ignores case: "INCLUDE", "QuALITY" and
    # "Summarization" would tag every "include", "quality", "summarization".
    if any(form in english for form in english_forms(letters.lower())):
        return False
    return True


# Sources of training text that digests name as websites, not as datasets.
NOT_BENCHMARKS = {"github", "arxiv", "wikipedia", "reddit", "stackexchange", "pubmed", "youtube",
                  "twitter", "books", "commoncrawl"}


def keep_name(name, english):
    if not name or "$" in name or "\\" in name or "_" in name or "/" in name:
        return False
    if any(ord(c) > 0x7E for c in name):
        return False
    if key_of(name) in NOT_BENCHMARKS:
        return False
    words = re.findall(r"[A-Za-z0-9]+", name)
    if not words or len(words) > 5:
        return False
    if len(re.sub(r"[^A-Za-z0-9]", "", name)) < 3:
        return False
    return any(name_like(w, english) for w in words)


def is_subsequence(short, long):
    it = iter(long)
    return all(c in it for c in short)


def alias_fits(alias, name):
    """Whether a catalog alias can be a spelling of `name`: one key's letters
    in order inside the other's ("OBQA" in "OpenBookQA", "HLE" in "Humanity's
    Last Exam", "Squad V2" holding "SQuAD"). The merged catalog pools the
    aliases of several harnesses, and one harness's config groups other
    benchmarks under a name: it lists PIQA under OpenBookQA, which would link
    every PIQA to OpenBookQA."""
    a, n = key_of(alias), key_of(name)
    return (is_subsequence(a, n) or is_subsequence(n, a)) and not names_a_release(a, n)


def names_a_release(alias_key, name_key):
    """Whether an alias is the name with a release number after it
    ("LongBench v2", "longbench2" under LongBench): another benchmark than
    the first release, which the name grammar links as a release of this one
    (longbench-v2 under longbench). A year ("AIME2024") is an edition and is
    left to year_editions."""
    return (alias_key.startswith(name_key) and
            re.fullmatch(r"v?\d{1,2}", alias_key[len(name_key):]) is not None)


def read_hand_lexicon(out_dir, benchmark_ids=None):
    """Keys and ids of the hand-kept files (everything but zz-catalog-*);
    fills `benchmark_ids` (key of a benchmark's name -> id) when given."""
    keys, ids = set(), set()
    for file in sorted(os.listdir(out_dir)):
        if not file.endswith(".tsv") or file.startswith("zz-catalog-"):
            continue
        with open(os.path.join(out_dir, file), encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                cells = [c.strip() for c in line.split("\t")]
                if cells[0] == "id":
                    continue
                ids.add(cells[0])
                keys.add(key_of(cells[2]))
                if benchmark_ids is not None and len(cells) > 1 and cells[1] == "benchmark":
                    benchmark_ids.setdefault(key_of(cells[2]), cells[0])
                if len(cells) > 4 and cells[4] not in ("", "-"):
                    for alias in cells[4].split("|"):
                        keys.add(key_of(alias.strip()))
    return keys, ids


def read_hand_orgs(out_dir):
    """Key of each hand-kept organisation's name and aliases -> its id; and
    under the key "" the set of keys of the hand-kept model families."""
    orgs = {"": set()}
    for file in sorted(os.listdir(out_dir)):
        if not file.endswith(".tsv") or file.startswith("zz-catalog-"):
            continue
        with open(os.path.join(out_dir, file), encoding="utf-8") as f:
            for line in f:
                cells = [c.strip() for c in line.rstrip("\n").split("\t")]
                if len(cells) > 7 and cells[1] == "model" and cells[7] not in ("", "-"):
                    orgs[""].add(key_of(cells[7]))
                if len(cells) < 3 or cells[0].startswith("#") or cells[1] != "org":
                    continue
                names = [cells[2]]
                if len(cells) > 4 and cells[4] not in ("", "-"):
                    names += [a.strip() for a in cells[4].split("|")]
                for name in names:
                    orgs.setdefault(key_of(name.lstrip("~")), cells[0])
    return orgs


def paren_parts(name):
    """The name before a parenthesis and the words inside it, for a name
    written "X (Y)"; nothing for other names."""
    match = re.fullmatch(r"\s*([^()]+?)\s*\(\s*([^()]+?)\s*\)\s*", name)
    return [match.group(1), match.group(2)] if match else []


def clean(cell):
    return cell.replace("\t", " ").replace("|", "/").strip()


def benchmark_rows(catalogs, english, hand_keys, hand_ids, include_datasets):
    rows = []
    taken_ids = set(hand_ids)
    taken_keys = set(hand_keys)
    with open(os.path.join(catalogs, "benchmarks.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["kind"] != ("dataset" if include_datasets else "benchmark"):
                continue
            names = [row["canonical"]] + [a.strip() for a in row["aliases"].split("|")
                                          if a.strip() and alias_fits(a, row["canonical"])]
            names = [n for n in names if keep_name(n, english)]
            names = [n for n in names if key_of(n) not in taken_keys]
            if not names:
                continue
            # "HLE(Humanity's Last Exam)" spells out a benchmark the lexicon
            # already holds; kept, it would be a second entity for the same
            # test and win the longer match "HLE（Humanity's Last Exam）".
            if any(key_of(part) in taken_keys for n in names for part in paren_parts(n)):
                continue
            name = names[0]
            ident = slug_of(name)
            if not ident or ident in taken_ids:
                continue
            aliases = []
            for alias in names[1:]:
                if key_of(alias) != key_of(name) and key_of(alias) not in [key_of(a) for a in aliases]:
                    aliases.append(alias)
            for n in [name] + aliases:
                taken_keys.add(key_of(n))
            taken_ids.add(ident)
            category = row["category"].lower()
            topics = ["evaluation"]
            for cue, topic in BENCH_TOPICS:
                if cue in category and topic not in topics:
                    topics.append(topic)
            rows.append((ident, "benchmark", clean(name), "-", "|".join(map(clean, aliases)) or "-",
                         "|".join(topics)))
    return rows


def year_editions(rows, hand_benchmarks):
    """A benchmark's yearly edition ("AIME2024", "HMMT February 2025" is left
    alone) gets the id and parent the name grammar gives it: aime-2024 under
    aime, so "AIME 2024" written any way meets one entity."""
    by_key = dict(hand_benchmarks)
    for row in rows:
        by_key.setdefault(key_of(row[2]), row[0])
    taken = {row[0] for row in rows} | set(hand_benchmarks.values())
    out = []
    for row in rows:
        m = re.fullmatch(r"([A-Za-z][A-Za-z0-9\-]*?)[ \-]?((?:19|20)\d\d)", row[2])
        parent = by_key.get(key_of(m.group(1))) if m else None
        if m and parent and parent != row[0]:
            ident = f"{parent}-{m.group(2)}"
            if ident not in taken:
                taken.add(ident)
                aliases = [a for a in row[4].split("|") if a not in ("-", "")]
                aliases.insert(0, row[2])
                row = (ident, row[1], f"{m.group(1)} {m.group(2)}", parent,
                       "|".join(aliases), row[5])
        out.append(row)
    return out


def family_rows(catalogs, english, hand_keys, hand_ids, hand_orgs):
    """One root entry per family stem that recent model names share.

    A family named by an English word ("Step", "Seed", "Nova") is kept only
    when its maker is a hand-kept organisation, and then bound ("~Step",
    with the maker): the linker takes "Step 3" where StepFun or the family
    is named, and never the word alone."""
    display = {}
    counts = {}
    makers = {}
    with open(os.path.join(catalogs, "models.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            family = row["family"].strip()
            if not family or "-" in family or not re.fullmatch(r"[a-z0-9]+", family):
                continue
            counts[family] = counts.get(family, 0) + 1
            org = row["org"].strip()
            # Only rows named by the family vote for its maker: the catalog
            # files "Kling" under "ling".
            named = re.match(r"([A-Za-z][A-Za-z0-9]*)", row["name"].split("/")[-1])
            if org and named and named.group(1).lower() == family:
                makers.setdefault(family, {})
                makers[family][org] = makers[family].get(org, 0) + 1
            if row["kind"] == "display":
                # The casing of the family as display names write it ("MiMo").
                m = re.match(r"([A-Za-z][A-Za-z0-9]*)", row["name"])
                if m and m.group(1).lower() == family:
                    display.setdefault(family, {})
                    display[family][m.group(1)] = display[family].get(m.group(1), 0) + 1
    rows = []
    for family in sorted(counts):
        if counts[family] < 3 or family not in display or len(family) < 3:
            continue
        name = sorted(display[family].items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        if key_of(name) in hand_keys or family in hand_ids:
            continue
        if keep_name(name, english):
            rows.append((family, "model", name, "-", "-", "-", "-", name))
            continue
        # A family the hand-kept lexicon already names models of is a stem
        # there, unbound ("Phi-4"); binding it here would cost its names.
        if key_of(name) in hand_orgs[""]:
            continue
        # The maker most rows name, if the hand-kept lexicon knows it.
        orgs = sorted(makers.get(family, {}).items(), key=lambda kv: (-kv[1], kv[0]))
        maker = None
        if orgs:
            # "inclusionAI (Ant Group)": the whole, then each part.
            whole = orgs[0][0]
            for spelling in [whole] + [p.strip() for p in re.split(r"[()]", whole) if p.strip()]:
                maker = maker or hand_orgs.get(key_of(spelling))
        if maker and name[0].isupper():
            rows.append((family, "model", "~" + name, "-", "-", "-", "-", name, "-", "-", maker))
    return rows


def model_rows(catalogs, english, hand_keys, taken_ids, families):
    """Display names of recent models (models.dev, OpenRouter, LiteLLM)."""
    rows = []
    seen = set(hand_keys)
    recent = ("models.dev", "openrouter(models.dev cache)", "litellm")
    with open(os.path.join(catalogs, "models.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row["kind"] != "display":
                continue
            if not any(s in row["sources"].split(",") for s in recent):
                continue
            name = row["name"].strip()
            if not keep_name(name, english) or key_of(name) in seen:
                continue
            ident = slug_of(name)
            if not ident or ident in taken_ids:
                continue
            seen.add(key_of(name))
            taken_ids.add(ident)
            family = row["family"] if row["family"] in families else ""
            rows.append((ident, "model", clean(name), family or "-", "-", "-", "-",
                         families.get(family, "-") if family else "-"))
    return rows


HEADER = ("# Generated by scripts/import_catalogs.py from ../shared/data/catalogs ({what}).\n"
          "# Do not edit by hand: change the script or the hand-kept files and run it again.\n"
          "# Sources and licences: data/lexicon/CATALOGS.md.\n"
          "# id\tkind\tname\tparent\taliases\ttopics\tcues\tfamily\tversion\tvariant\n")


def write(path, what, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER.format(what=what))
        for row in rows:
            f.write("\t".join(row) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--catalogs", default=os.path.join(ROOT, "..", "shared", "data", "catalogs"))
    parser.add_argument("--cedict", default=os.path.join(ROOT, "..", "shared", "data", "bilingual",
                                                         "cedict_1_0_ts_utf-8_mdbg.txt.gz"))
    parser.add_argument("--out", default=os.path.join(ROOT, "data", "lexicon"))
    parser.add_argument("--hand", default=None,
                        help="directory of the hand-kept lexicon (default: --out)")
    parser.add_argument("--sources", default="benchmarks,datasets,families",
                        help="comma-separated: benchmarks, datasets, families, models")
    args = parser.parse_args()
    sources = set(s.strip() for s in args.sources.split(",") if s.strip())
    for path in (args.catalogs, args.cedict):
        if not os.path.exists(path):
            sys.exit(f"import_catalogs: {path} not found")
    english = english_words(args.cedict)
    hand_benchmarks = {}
    hand_keys, hand_ids = read_hand_lexicon(args.hand or args.out, hand_benchmarks)

    bench = []
    if "benchmarks" in sources:
        bench += benchmark_rows(args.catalogs, english, hand_keys, hand_ids, include_datasets=False)
    if "datasets" in sources:
        keys = hand_keys | {key_of(r[2]) for r in bench}
        ids = hand_ids | {r[0] for r in bench}
        bench += benchmark_rows(args.catalogs, english, keys, ids, include_datasets=True)
    bench = year_editions(bench, hand_benchmarks)
    models = []
    families = {}
    if "families" in sources:
        models += family_rows(args.catalogs, english, hand_keys, hand_ids | {r[0] for r in bench},
                              read_hand_orgs(args.hand or args.out))
        families = {r[0]: r[2].lstrip("~") for r in models}
    if "models" in sources:
        taken = hand_ids | {r[0] for r in bench} | {r[0] for r in models}
        models += model_rows(args.catalogs, english,
                             hand_keys | {key_of(r[2].lstrip("~")) for r in models},
                             taken, families)
    os.makedirs(args.out, exist_ok=True)
    write(os.path.join(args.out, "zz-catalog-benchmarks.tsv"), "benchmarks.tsv", bench)
    write(os.path.join(args.out, "zz-catalog-models.tsv"), "models.tsv", models)
    print(f"import_catalogs: {len(bench)} benchmarks, {len(models)} models -> {args.out}")


if __name__ == "__main__":
    main()
