#!/usr/bin/env bash
# A damaged or missing index is reported, with the command that repairs it,
# and never answers "0 matching claims" (issue 11, item 1).
source "$(dirname "$0")/lib.sh" "$@"

DB="$WORK/db"
"$CLAIMKB" --db "$DB" ingest -q "$SAMPLES" >/dev/null || fail "ingest"
baseline=$(search_hits "$DB" 'ARC-AGI-2')
[ "$baseline" -gt 0 ] || fail "no hits to compare with"
"$CLAIMKB" --db "$DB" check >/dev/null || fail "check on a fresh database"

# -- Damage one block of the postings table at a time, the way a torn write
# or a bad disk leaves it. Whenever that makes a search fail, `check` must
# fail too and both must name the repair (before issue 11, `check` passed
# while every search failed for some blocks).
live=$(readlink -f "$DB/xapian")
blocks=$(($(stat -c %s "$live/postlist.glass") / 8192))
[ "$blocks" -gt 2 ] || fail "postlist.glass has only $blocks blocks; the samples grew too small"
failing=0
for ((block = 1; block < blocks; block++)); do
  rm -rf "$WORK/damaged" && cp -a "$DB" "$WORK/damaged"
  head -c 8192 /dev/zero | tr '\0' '\253' |
    dd of="$(readlink -f "$WORK/damaged/xapian")/postlist.glass" bs=8192 seek=$block count=1 \
      conv=notrunc 2>/dev/null
  "$CLAIMKB" --db "$WORK/damaged" search 'ARC-AGI-2' >"$WORK/search.out" 2>"$WORK/search.err" &&
    continue
  failing=$((failing + 1))
  grep -q "matching claims" "$WORK/search.out" && fail "block $block: a count from a corrupt index"
  grep -q "claimkb reindex" "$WORK/search.err" ||
    fail "block $block: the search error does not name the repair: $(cat "$WORK/search.err")"
  "$CLAIMKB" --db "$WORK/damaged" check >"$WORK/check.out" 2>&1
  status=$?
  [ $status = 1 ] || fail "block $block: check exited $status while searches fail: $(cat "$WORK/check.out")"
  grep -q "corrupt" "$WORK/check.out" || fail "block $block: check does not call it corrupt: $(cat "$WORK/check.out")"
  grep -q "claimkb reindex" "$WORK/check.out" || fail "block $block: check does not name the repair"
  last_damaged=$block
done
[ "$failing" -gt 0 ] || fail "no damaged block made a search fail; the test has no teeth"
note "$failing of $((blocks - 1)) damaged blocks broke searches; check caught each, e.g.: $(head -c 200 "$WORK/check.out")"
"$CLAIMKB" --db "$WORK/damaged" reindex >/dev/null || fail "reindex of a corrupt index (block $last_damaged)"
"$CLAIMKB" --db "$WORK/damaged" check >/dev/null || fail "check after the repair"
[ "$(search_hits "$WORK/damaged" 'ARC-AGI-2')" = "$baseline" ] || fail "search after the repair"

# -- A table file gone: search and check fail, naming the repair.
rm -rf "$WORK/damaged" && cp -a "$DB" "$WORK/damaged"
rm "$(readlink -f "$WORK/damaged/xapian")/iamglass"
"$CLAIMKB" --db "$WORK/damaged" search 'ARC-AGI-2' >"$WORK/search.out" 2>"$WORK/search.err" &&
  fail "search without iamglass succeeded"
grep -q "claimkb reindex" "$WORK/search.err" || fail "no repair named: $(cat "$WORK/search.err")"
"$CLAIMKB" --db "$WORK/damaged" check >"$WORK/check.out" 2>&1 && fail "check passed without iamglass"
grep -q "claimkb reindex" "$WORK/check.out" || fail "check names no repair: $(cat "$WORK/check.out")"

# -- A missing index: check names the repair; a reader that may write
# rebuilds it and answers in full.
rm -rf "$DB"/xapian*
"$CLAIMKB" --db "$DB" check >"$WORK/check.out" 2>&1 && fail "check passed without an index"
grep -q "claimkb reindex" "$WORK/check.out" || fail "check does not name the repair: $(cat "$WORK/check.out")"
hits=$(search_hits "$DB" 'ARC-AGI-2')
[ "$hits" = "$baseline" ] || fail "search without an index found $hits, expected $baseline"
grep -q "was behind the store" "$WORK/search.err" || fail "the rebuild was not reported"
"$CLAIMKB" --db "$DB" check >/dev/null || fail "check after the reader's rebuild"

echo "PASS"
