#!/usr/bin/env bash
# What each catalog source adds to entity recall and costs in precision.
# Builds one lexicon directory per source set (hand-kept files only, then
# adding benchmarks, datasets, family stems and model display names in turn),
# scores each on the gold files with bench/entity_sources, and lists the ids
# each step adds on digests nobody labelled (the corpus and corpus-more).
#
#   bench/entity_sources.sh [BUILD_DIR]      # default: build-bench
set -euo pipefail
src="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$src/build-bench}"
cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCLAIMKB_BUILD_BENCH=ON >/dev/null
cmake --build "$build" -j"${JOBS:-2}" --target entity_sources >/dev/null
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
steps=(hand benchmarks benchmarks,datasets benchmarks,datasets,families
       benchmarks,datasets,families,models)
previous=""
for step in "${steps[@]}"; do
  dir="$tmp/${step//,/+}"
  mkdir -p "$dir"
  find "$src/data/lexicon" -maxdepth 1 -name '*.tsv' ! -name 'zz-catalog-*' -exec cp {} "$dir" \;
  if [[ "$step" != hand ]]; then
    python3 "$src/scripts/import_catalogs.py" --out "$dir" --hand "$src/data/lexicon" \
      --sources "$step" >/dev/null
  fi
  for corpus in "$src/../shared/corpus" "$src/../shared/corpus-more"; do
    "$build/bench/entity_sources" "$dir" --ids "$corpus"
  done | grep '^ID ' | sort -u >"$dir.ids"
  echo "== $step"
  "$build/bench/entity_sources" "$dir" | grep SUMMARY
  if [[ -n "$previous" ]]; then
    echo "   ids added: $(comm -13 "$previous" "$dir.ids" | cut -d' ' -f2 | tr '\n' ' ')"
    echo "   ids lost:  $(comm -23 "$previous" "$dir.ids" | cut -d' ' -f2 | tr '\n' ' ')"
  fi
  previous="$dir.ids"
done
echo "== hand-kept lexicon, name grammar off"
"$build/bench/entity_sources" "$tmp/hand" --closed | grep SUMMARY
