#!/usr/bin/env bash
# An installed claimkb runs from anywhere (issue 11, item 5): install the
# build into a temporary prefix, then run the demo from another directory.
# The binary must find its lexicon, migrations and samples under the prefix
# (share/claimkb), not in the source tree it was built from.
# Usage: install_demo.sh CLAIMKB SOURCE_DIR BUILD_DIR
source "$(dirname "$0")/lib.sh" "$@"
BUILD_DIR=${3:?usage: $0 CLAIMKB SOURCE_DIR BUILD_DIR}
PREFIX="$WORK/prefix with space"

cmake --install "$BUILD_DIR" --prefix "$PREFIX" >"$WORK/install.out" 2>&1 ||
  fail "cmake --install: $(cat "$WORK/install.out")"
for f in bin/claimkb share/claimkb/lexicon/models.tsv share/claimkb/migrations/0001_initial.sql \
  share/claimkb/samples; do
  [ -e "$PREFIX/$f" ] || fail "not installed: $f"
done

mkdir -p "$WORK/elsewhere"
cd "$WORK/elsewhere" || fail "cd"
# Move the prefix after installing: the binary locates its data from itself.
mv "$PREFIX" "$WORK/moved"
PREFIX="$WORK/moved"
env -u CLAIMKB_LEXICON -u CLAIMKB_DB HOME="$WORK/home" "$PREFIX/bin/claimkb" help >"$WORK/help.out" ||
  fail "claimkb help: $(cat "$WORK/help.out")"
for resource in lexicon migrations samples; do
  grep -q "$resource *$PREFIX/share/claimkb/$resource" "$WORK/help.out" ||
    fail "the installed claimkb does not use its own $resource: $(grep "$resource" "$WORK/help.out")"
done
env -u CLAIMKB_LEXICON -u CLAIMKB_DB HOME="$WORK/home" "$PREFIX/bin/claimkb" demo \
  >"$WORK/demo.out" 2>&1 || fail "claimkb demo from $PWD: $(cat "$WORK/demo.out")"
grep -q "claimkb ingest $PREFIX/share/claimkb/samples" "$WORK/demo.out" ||
  fail "the demo did not ingest the installed samples: $(head -5 "$WORK/demo.out")"
# Seven sample episodes (four digests, a WebVTT, an SRT and a JSON transcript), and the demo's search for 多模态推理 finds claims.
grep -q "7 files: 7 added" "$WORK/demo.out" || fail "demo ingest: $(grep files "$WORK/demo.out")"
grep -q "matching claims" "$WORK/demo.out" || fail "demo search printed no result count"
[ -z "$(ls -A "$WORK/elsewhere")" ] || fail "the demo left files in the working directory"
note "installed to a temporary prefix, moved it, ran the demo from $PWD"
echo "PASS"
