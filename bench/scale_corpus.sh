#!/bin/sh
# Writes COPIES copies of the ten digests of ../shared/corpus into OUT_DIR,
# each copy's title line (`- 标题：`) suffixed with its number so that every
# file hashes differently and is ingested as its own episode. For measuring
# `ask` and search at scale (bench/README.md, "ask at 1,000 episodes"); the
# copies are not kept in the project.
#   bench/scale_corpus.sh OUT_DIR [COPIES] [CORPUS_DIR]   # defaults: 100, ../shared/corpus
set -eu
out=${1:?usage: scale_corpus.sh OUT_DIR [COPIES] [CORPUS_DIR]}
copies=${2:-100}
corpus=${3:-../shared/corpus}
mkdir -p "$out"
i=1
while [ "$i" -le "$copies" ]; do
  for f in "$corpus"/[0-9]*.md; do
    name=$(basename "$f" .md)
    sed "s/^- 标题：\(.*\)$/- 标题：\1 (copy $i)/" "$f" > "$out/$name-copy$i.md"
  done
  i=$((i + 1))
done
