#!/usr/bin/env python3
"""Writes a lexicon directory N times the size of the bundled one, for
measuring start-up with the lexicon a full catalog import makes (issue 12
item 4: "matters more once catalogs make the lexicon 50x larger").

  bench/startup_lexicon.py --out /tmp/big-lexicon --copies 50 [--lexicon data/lexicon]

The bundled files are copied as they are; then each row of the generated
catalog files (zz-catalog-*.tsv: benchmarks and model families, exact-match
only) is repeated with "-cK" appended to its id and " cK" to its name and
aliases, and its parent dropped, until the rows number `copies` times the
bundled ones. Use it through CLAIMKB_LEXICON with any claimkb binary.
"""
import argparse
import pathlib
import shutil


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", required=True)
    parser.add_argument("--copies", type=int, default=50)
    parser.add_argument("--lexicon", default=str(pathlib.Path(__file__).resolve().parents[1] /
                                                 "data" / "lexicon"))
    args = parser.parse_args()
    source = pathlib.Path(args.lexicon)
    out = pathlib.Path(args.out)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    bundled = 0
    catalog_rows = []
    for path in sorted(source.glob("*.tsv")):
        shutil.copy(path, out / path.name)
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            bundled += 1
            if path.name.startswith("zz-catalog-"):
                catalog_rows.append(line.split("\t"))
    wanted = bundled * args.copies - bundled
    written = 0
    with open(out / "zz-catalog-synthetic.tsv", "w", encoding="utf-8") as sink:
        copy = 0
        while written < wanted:
            copy += 1
            for cells in catalog_rows:
                if written >= wanted:
                    break
                cells = cells + ["-"] * (5 - len(cells))
                suffix = f"c{copy}"
                aliases = "-" if cells[4] == "-" else "|".join(
                    f"{alias} {suffix}" for alias in cells[4].split("|"))
                row = [f"{cells[0]}-{suffix}", cells[1], f"{cells[2]} {suffix}", "-", aliases]
                sink.write("\t".join(row + cells[5:]) + "\n")
                written += 1
    print(f"{out}: {bundled} bundled rows + {written} synthetic = {bundled + written}")


if __name__ == "__main__":
    main()
