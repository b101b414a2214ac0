#!/usr/bin/env bash
# One writer at a time, and readers that never answer from an index that
# silently lags behind the store (issue 11, item 1):
#  1. two ingests started together end with store and index in agreement;
#  2. a second writer is refused, naming the holder, when the first holds
#     the lock longer than the second is willing to wait;
#  3. a reader that runs while a writer is between its store commits and its
#     index commit says so;
#  4. after a writer dies there (kill -9), the next reader catches the index
#     up instead of answering from it.
# A FIFO as the last input file holds an ingest at a known point: it has
# stored the files before it and blocks opening the FIFO, holding the lock.
source "$(dirname "$0")/lib.sh" "$@"

# -- 1. Two ingests at once on one database.
make_copies "$WORK/corpus" 12
DB="$WORK/db"
CLAIMKB_LOCK_TIMEOUT=120 "$CLAIMKB" --db "$DB" ingest -q "$WORK/corpus" >"$WORK/a.out" 2>&1 &
A=$!
CLAIMKB_LOCK_TIMEOUT=120 "$CLAIMKB" --db "$DB" ingest -q "$WORK/corpus" >"$WORK/b.out" 2>&1 &
B=$!
wait $A || fail "first concurrent ingest failed: $(cat "$WORK/a.out")"
wait $B || fail "second concurrent ingest failed: $(cat "$WORK/b.out")"
"$CLAIMKB" --db "$DB" check --format json >"$WORK/check.json" ||
  fail "check after two concurrent ingests: $(cat "$WORK/check.json")"
store_claims=$(json_number store_claims <"$WORK/check.json")
[ "$store_claims" -gt 0 ] || fail "nothing was stored"
# 48 episodes (4 Markdown samples x 12 copies); each original's claims are stored once per copy.
episodes=$(episode_count "$DB")
[ "$episodes" = 48 ] || fail "expected 48 episodes, got $episodes"
hits=$(search_hits "$DB" 'ARC-AGI-2')
single="$WORK/single"
make_copies "$WORK/one" 1
"$CLAIMKB" --db "$single" ingest -q "$WORK/one" >/dev/null || fail "ingest of one copy"
one_hits=$(search_hits "$single" 'ARC-AGI-2')
[ "$one_hits" -gt 0 ] || fail "no hits for ARC-AGI-2 in one copy of the samples"
[ "$hits" = $((one_hits * 12)) ] ||
  fail "search ARC-AGI-2 found $hits claims in 12 copies, expected 12 x $one_hits"
note "two concurrent ingests: $store_claims claims, check clean, $hits hits = 12 x $one_hits"

# -- 2. A second writer is refused and told who holds the lock.
mkfifo "$WORK/held.md"
first=$(ls "$SAMPLES"/*.md | head -1)
"$CLAIMKB" --db "$single" ingest -q "$WORK/held.md" >"$WORK/held.out" 2>&1 &
HOLDER=$!
BACKGROUND_PIDS+=("$HOLDER")
for _ in $(seq 100); do
  grep -q "pid $HOLDER" "$single/write.lock" 2>/dev/null && break
  sleep 0.05
done
grep -q "pid $HOLDER" "$single/write.lock" || fail "the lock file does not name pid $HOLDER"
CLAIMKB_LOCK_TIMEOUT=0.3 "$CLAIMKB" --db "$single" ingest -q "$first" >"$WORK/refused.out" 2>&1
status=$?
[ $status = 1 ] || fail "a second writer exited $status, expected 1: $(cat "$WORK/refused.out")"
grep -q "is being written by pid $HOLDER, \`claimkb .*ingest .*held.md\`" "$WORK/refused.out" ||
  fail "the refusal does not name the holder: $(cat "$WORK/refused.out")"
note "second writer refused: $(cat "$WORK/refused.out")"
cat "$first" >"$WORK/held.md"
wait "$HOLDER" || fail "the holding ingest failed: $(cat "$WORK/held.out")"
"$CLAIMKB" --db "$single" check >/dev/null || fail "check after the held ingest"

# -- 3. A reader while a writer sits between its store and index commits.
fresh="$WORK/fresh"
# Two samples named outright: both discuss ARC-AGI-2, the second adds claims.
first="$SAMPLES/frontier-bench-weekly-reasoning.md"
"$CLAIMKB" --db "$fresh" ingest -q "$first" >/dev/null ||
  fail "first ingest into $fresh"
before=$(search_hits "$fresh" 'ARC-AGI-2')
second="$SAMPLES/model-observatory-gemini3-panel.md"
rm -f "$WORK/held.md" && mkfifo "$WORK/held.md"
"$CLAIMKB" --db "$fresh" ingest -q "$second" "$WORK/held.md" >"$WORK/held.out" 2>&1 &
HOLDER=$!
BACKGROUND_PIDS+=("$HOLDER")
# Wait until the second sample is stored (episodes lists two).
for _ in $(seq 200); do
  n=$(episode_count "$fresh" 2>/dev/null)
  [ "$n" = 2 ] && break
  sleep 0.05
done
[ "$n" = 2 ] || fail "the held ingest did not store $second"
during=$(search_hits "$fresh" 'ARC-AGI-2') || fail "search during a write failed: $(cat "$WORK/search.err")"
grep -q "is being written by pid $HOLDER" "$WORK/search.err" ||
  fail "a search during a write does not say so: $(cat "$WORK/search.err")"
[ "$during" = "$before" ] || fail "search during a write found $during, its last index has $before"
note "reader during a write: $during hits from the last complete index, with: $(cat "$WORK/search.err")"

# -- 4. The writer dies there; the next reader catches up.
{ kill -9 "$HOLDER" && wait "$HOLDER"; } 2>/dev/null
"$CLAIMKB" --db "$fresh" check >"$WORK/check.out" && fail "check missed the drift the dead writer left"
grep -q "claimkb reindex" "$WORK/check.out" || fail "check does not name the repair: $(cat "$WORK/check.out")"
after=$(search_hits "$fresh" 'ARC-AGI-2') || fail "search after the crash failed: $(cat "$WORK/search.err")"
grep -q "was behind the store" "$WORK/search.err" ||
  fail "the catch-up was not reported: $(cat "$WORK/search.err")"
both="$WORK/both"
"$CLAIMKB" --db "$both" ingest -q "$first" "$second" >/dev/null
expected=$(search_hits "$both" 'ARC-AGI-2')
[ "$after" = "$expected" ] || fail "after catch-up search found $after, expected $expected"
[ "$after" -gt "$before" ] || fail "the second sample adds no ARC-AGI-2 claim; pick another query"
"$CLAIMKB" --db "$fresh" check >/dev/null || fail "check after the catch-up"
note "after kill -9 between commits: reader rebuilt the index, $after hits (was $before)"
echo "PASS"
