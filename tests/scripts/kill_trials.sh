#!/usr/bin/env bash
# kill -9 trials against the real binary (issue 11: "20 kill -9 trials during
# ingest and 10 during reindex: nothing committed is lost, check is clean
# afterwards, and searches during the trials never return a wrong empty
# answer"). Too long for CTest; run by hand:
#
#   tests/scripts/kill_trials.sh build/cli/claimkb . [INGEST_TRIALS] [REINDEX_TRIALS] [CORPUS...]
#
# Defaults: 20, 10, and ../shared/corpus plus ../shared/corpus-more when
# present, else 20 copies of the bundled samples. The database starts with
# the first half of the files, so that the query always has answers; each
# ingest trial then ingests the rest and is killed at a random moment, and
# the next trial resumes it. A background loop searches throughout and
# counts answers, failures and empty answers (the query has matches in every
# state the database passes through, so an empty answer is a wrong one).
source "$(dirname "$0")/lib.sh" "$@"
INGEST_TRIALS=${3:-20}
REINDEX_TRIALS=${4:-10}
shift $(($# < 4 ? $# : 4))
QUERY='model:gemini'

files=()
if [ $# -eq 0 ] && [ -d "$SOURCE_DIR/../shared/corpus" ]; then
  set -- "$SOURCE_DIR/../shared/corpus" "$SOURCE_DIR/../shared/corpus-more"
fi
if [ $# -gt 0 ]; then
  mapfile -t files < <(find "$@" -name '*.md' | sort)
else
  make_copies "$WORK/copies" 20
  files=("$WORK"/copies/*.md)
fi
half=$((${#files[@]} / 2))
first=("${files[@]:0:half}")
rest=("${files[@]:half}")

# The reference: everything ingested without interruption.
REF="$WORK/reference"
"$CLAIMKB" --db "$REF" ingest -q "${files[@]}" >/dev/null 2>&1
ref_claims=$("$CLAIMKB" --db "$REF" check --format json | json_number store_claims)
ref_episodes=$(episode_count "$REF")
ref_hits=$(search_hits "$REF" "$QUERY")
start=$(date +%s.%N)
"$CLAIMKB" --db "$WORK/timing" ingest -q "${rest[@]}" >/dev/null 2>&1
ingest_s=$(echo "$(date +%s.%N) - $start" | bc)
note "${#files[@]} files: $ref_episodes episodes, $ref_claims claims, $ref_hits hits for $QUERY;" \
  "ingesting the second half takes ${ingest_s}s"

# Every ingest trial starts from a copy of the first half, so that each has
# the second half to store; $DB is a link switched to each copy with
# rename(2), so the background searches never see a missing database.
BASE="$WORK/base"
"$CLAIMKB" --db "$BASE" ingest -q "${first[@]}" >/dev/null 2>&1
base_hits=$(search_hits "$BASE" "$QUERY")
[ "$base_hits" -gt 0 ] || fail "the first half has no hits for $QUERY: every answer would be empty"
DB="$WORK/db"
fresh_copy() {
  rm -rf "$WORK/db.$1"
  cp -a "$BASE" "$WORK/db.$1"
  ln -sfn "db.$1" "$WORK/db.link"
  mv -T "$WORK/db.link" "$DB"
}
fresh_copy 0

# Searches in the background for the whole run: one line per search,
# "exit hits".
searcher() {
  while [ ! -e "$WORK/stop" ]; do
    hits=$("$CLAIMKB" --db "$DB" search "$QUERY" --limit 100000 --format jsonl 2>>"$WORK/searches.err" | grep -c .)
    echo "${PIPESTATUS[0]} $hits" >>"$WORK/searches"
    sleep 0.1
  done
}
searcher &
BACKGROUND_PIDS+=($!)

# Per-episode claim counts must match the reference for every stored episode.
compare_episodes() {
  "$CLAIMKB" --db "$1" episodes --format json | grep -E '"(claims|id)": ' | paste - - |
    sed -E 's/.*"claims": ([0-9]+).*"id": "([^"]*)".*/\2 \1/' | sort
}
compare_episodes "$REF" >"$WORK/ref.episodes"

lost=0
for ((trial = 1; trial <= INGEST_TRIALS; trial++)); do
  fresh_copy $((trial % 2))
  "$CLAIMKB" --db "$DB" ingest -q "${rest[@]}" >/dev/null 2>&1 &
  pid=$!
  delay=$(echo "scale=2; $ingest_s * $RANDOM / 32768" | bc)
  sleep "$delay"
  killed=no
  kill -9 $pid 2>/dev/null && killed=yes
  wait $pid 2>/dev/null
  # Nothing committed is lost or half-stored: each stored episode is whole.
  compare_episodes "$DB" >"$WORK/db.episodes"
  partial=$(join "$WORK/db.episodes" "$WORK/ref.episodes" | awk '$2 != $3' | wc -l)
  stored=$(wc -l <"$WORK/db.episodes")
  [ "$partial" = 0 ] || { lost=$((lost + 1)); note "trial $trial: $partial episodes differ"; }
  # The background searches catch the index up (taking the write lock);
  # wait for any of them that is at it, then the index must agree.
  hits=$(search_hits "$DB" "$QUERY") || fail "trial $trial: search after the kill: $(cat "$WORK/search.err")"
  flock -s -w 60 "$DB/write.lock" true || fail "trial $trial: the write lock stayed taken"
  "$CLAIMKB" --db "$DB" check >"$WORK/check.out" 2>&1 || fail "trial $trial: check: $(cat "$WORK/check.out")"
  expected=$(search_hits "$DB" "$QUERY")
  from_store=$("$CLAIMKB" --db "$DB" claims --model gemini --format json | grep -c '"episode": {')
  [ "$expected" = "$from_store" ] || fail "trial $trial: the index finds $expected, the store holds $from_store"
  # Running the ingest again completes the database.
  "$CLAIMKB" --db "$DB" ingest -q "${rest[@]}" >/dev/null 2>&1 || fail "trial $trial: the resuming ingest"
  flock -s -w 60 "$DB/write.lock" true
  "$CLAIMKB" --db "$DB" check >/dev/null || fail "trial $trial: check after the resuming ingest"
  claims=$("$CLAIMKB" --db "$DB" check --format json | json_number store_claims)
  [ "$claims" = "$ref_claims" ] || fail "trial $trial: resumed to $claims claims, reference $ref_claims"
  note "ingest trial $trial: killed=$killed after ${delay}s with $stored of $ref_episodes episodes" \
    "stored, all whole; check clean; $hits hits right after the kill, $expected in index and store;" \
    "resumed: $claims claims = reference"
done

reindex_start=$(date +%s.%N)
"$CLAIMKB" --db "$DB" reindex >/dev/null
reindex_s=$(echo "$(date +%s.%N) - $reindex_start" | bc)
swapped=0
for ((trial = 1; trial <= REINDEX_TRIALS; trial++)); do
  live=$(readlink "$DB/xapian")
  "$CLAIMKB" --db "$DB" reindex >/dev/null 2>&1 &
  pid=$!
  delay=$(echo "scale=2; $reindex_s * $RANDOM / 32768" | bc)
  sleep "$delay"
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  [ "$(readlink "$DB/xapian")" != "$live" ] && swapped=$((swapped + 1))
  flock -s -w 60 "$DB/write.lock" true || fail "reindex trial $trial: the write lock stayed taken"
  "$CLAIMKB" --db "$DB" check >"$WORK/check.out" 2>&1 || fail "reindex trial $trial: $(cat "$WORK/check.out")"
  hits=$(search_hits "$DB" "$QUERY") || fail "reindex trial $trial: search: $(cat "$WORK/search.err")"
  [ "$hits" = "$ref_hits" ] || fail "reindex trial $trial: $hits hits, reference $ref_hits"
  note "reindex trial $trial: killed after ${delay}s (a reindex takes ${reindex_s}s); check clean, $hits hits"
done
touch "$WORK/stop"
sleep 0.5
searches=$(wc -l <"$WORK/searches")
failed=$(awk '$1 != 0' "$WORK/searches" | wc -l)
empty=$(awk '$1 == 0 && $2 == 0' "$WORK/searches" | wc -l)
note "background searches: $searches, failed $failed, empty answers $empty;" \
  "$swapped of $REINDEX_TRIALS reindexes finished before the kill"
[ "$lost" = 0 ] || fail "$lost ingest trials left a partial episode"
[ "$empty" = 0 ] || fail "$empty searches answered nothing"
if [ "$failed" != 0 ]; then
  note "failed searches said:"
  sort "$WORK/searches.err" | uniq -c | sort -rn | head -5
fi
echo "PASS"
