#!/usr/bin/env bash
# scripts/import_catalogs.py on a small catalog written here: which names and
# aliases it keeps, and that it writes the same bytes twice. Then, when the
# shared catalogs are present, that the shipped zz-catalog-*.tsv files are
# exactly what the script makes of them (the data is regenerated, not edited).
# Skipped (77) without python3.
source "$(dirname "$0")/lib.sh" "$@"

IMPORT="$SOURCE_DIR/scripts/import_catalogs.py"
command -v python3 >/dev/null || { echo "SKIPPED: python3 not found"; exit 77; }

# A catalog of four benchmarks, in the columns of ../shared/data/catalogs.
mkdir -p "$WORK/catalogs" "$WORK/hand" "$WORK/out"
{
  printf 'canonical\taliases\tdescription\tcategory\tkind\tsources\tmatch_key\n'
  # A harness groups PIQA under OpenBookQA: "piqa" is no spelling of the name.
  printf 'OpenBookQA\tpiqa | obqa\t\tqa\tbenchmark\tx\topenbookqa\n'
  # Mixed case, five letters, two capitals: matched only as written.
  printf 'SQuAD\t\t\tqa\tdataset\tx\tsquad\n'
  # An English word with one capital would tag the word itself.
  printf 'Squadron\t\t\tqa\tbenchmark\tx\tsquadron\n'
  printf "Humanity's Last Exam\tHLE\t\treasoning\tbenchmark\tx\thle\n"
  # The field's own common nouns name no benchmark.
  printf 'Benchmark Leaderboard\tleaderboard\t\tqa\tbenchmark\tx\tbenchmarkleaderboard\n'
  # A second release listed as an alias is another benchmark, not a spelling.
  printf 'LongBench\tlongbenchv2 | LongBench v2 | longbench2\t\tlong context\tbenchmark\tx\tlongbench\n'
  # The same test spelt out in a parenthesis: a duplicate, not a benchmark.
  printf "HLE (Humanity's Last Exam)\t\t\treasoning\tbenchmark\tx\thlehumanityslastexam\n"
} >"$WORK/catalogs/benchmarks.tsv"
printf 'canonical\taliases\tdescription\tcategory\tkind\tsources\tmatch_key\n' \
  >"$WORK/catalogs/models.tsv"
# The English vocabulary comes from CC-CEDICT's glosses; two glosses suffice.
printf '# test\n班 班 [ban1] /squad/team/\n中队 中队 [zhong1 dui4] /squadron/\n' |
  gzip >"$WORK/cedict.gz"
printf '# id\tkind\tname\tparent\taliases\ttopics\n' >"$WORK/hand/benchmarks.tsv"

run() {
  python3 "$IMPORT" --catalogs "$WORK/catalogs" --cedict "$WORK/cedict.gz" \
    --hand "$WORK/hand" --out "$1" --sources benchmarks,datasets >/dev/null
}
run "$WORK/out" || fail "the importer failed on the small catalog"
got="$WORK/out/zz-catalog-benchmarks.tsv"
grep -q $'^openbookqa\tbenchmark\tOpenBookQA\t-\tobqa\t' "$got" ||
  fail "OpenBookQA should keep obqa and drop piqa: $(grep -i openbook "$got")"
grep -qi 'piqa' "$got" && fail "piqa was kept as a spelling of OpenBookQA"
grep -q $'^squad\tbenchmark\tSQuAD\t' "$got" || fail "SQuAD (two capitals, five letters) was dropped"
grep -qi 'squadron' "$got" && fail "Squadron, an English word, was kept"
# Initials are letters of the name in order: an alias that fits.
grep -q $'^humanity-s-last-exam\tbenchmark\tHumanity\'s Last Exam\t-\tHLE\t' "$got" ||
  fail "Humanity's Last Exam should keep its initials HLE"
grep -qi 'leaderboard' "$got" && fail "Benchmark Leaderboard, the field's common nouns, was kept"
grep -q '^hle-humanity' "$got" && fail "HLE (Humanity's Last Exam) was kept beside Humanity's Last Exam"
grep -q $'^longbench\tbenchmark\tLongBench\t-\t-\t' "$got" ||
  fail "LongBench should drop its v2 release from its spellings: $(grep -i longbench "$got")"
note "small catalog: $(grep -vc '^#' "$got") benchmarks kept as expected"

mkdir -p "$WORK/again"
run "$WORK/again" || fail "the importer failed on its second run"
cmp -s "$got" "$WORK/again/zz-catalog-benchmarks.tsv" || fail "two runs wrote different bytes"

SHARED="$SOURCE_DIR/../shared/data"
if [ -f "$SHARED/catalogs/benchmarks.tsv" ] && [ -f "$SHARED/bilingual/cedict_1_0_ts_utf-8_mdbg.txt.gz" ]; then
  mkdir -p "$WORK/shipped"
  python3 "$IMPORT" --hand "$SOURCE_DIR/data/lexicon" --out "$WORK/shipped" >/dev/null ||
    fail "the importer failed on the shared catalogs"
  for f in zz-catalog-benchmarks.tsv zz-catalog-models.tsv; do
    cmp -s "$WORK/shipped/$f" "$SOURCE_DIR/data/lexicon/$f" ||
      fail "data/lexicon/$f is not what scripts/import_catalogs.py writes; rerun it"
  done
  note "the shipped catalog files match a fresh import"
else
  note "shared catalogs not found: the shipped files were not compared"
fi
