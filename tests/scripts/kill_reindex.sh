#!/usr/bin/env bash
# kill -9 during `reindex` leaves the old index answering (issue 11, item 1).
# The reindex builds its new index beside the live one ("xapian.XXXXXX") and
# swaps the "xapian" link only when it is complete; each trial kills it while
# that staging index is being written, then searches and checks.
# Usage: kill_reindex.sh CLAIMKB SOURCE_DIR [TRIALS] [COPIES]   (3, 20)
source "$(dirname "$0")/lib.sh" "$@"
TRIALS=${3:-3}
COPIES=${4:-20}

make_copies "$WORK/corpus" "$COPIES"
DB="$WORK/db"
"$CLAIMKB" --db "$DB" ingest -q "$WORK/corpus" >/dev/null || fail "ingest"
"$CLAIMKB" --db "$DB" check --format json >"$WORK/check.json" || fail "check after ingest"
claims=$(json_number store_claims <"$WORK/check.json")
baseline=$(search_hits "$DB" 'ARC-AGI-2')
[ "$baseline" -gt 0 ] || fail "no ARC-AGI-2 hits to compare with"
note "database: $claims claims, $baseline hits for ARC-AGI-2"

killed_mid_build=0
for ((trial = 1; trial <= TRIALS; trial++)); do
  live=$(readlink "$DB/xapian")
  "$CLAIMKB" --db "$DB" reindex >"$WORK/reindex.out" 2>&1 &
  pid=$!
  # Wait until the new index has a table on disk, then let it write a bit.
  for _ in $(seq 400); do
    if compgen -G "$DB/xapian.*/postlist.glass" >/dev/null &&
      [ "$(ls -d "$DB"/xapian.*/postlist.glass | grep -vc "/$live/")" -gt 0 ]; then
      break
    fi
    kill -0 $pid 2>/dev/null || break
    sleep 0.01
  done
  sleep "0.$((RANDOM % 4))"
  if kill -9 $pid 2>/dev/null; then
    wait $pid 2>/dev/null
    [ "$(readlink "$DB/xapian")" = "$live" ] && killed_mid_build=$((killed_mid_build + 1))
  else
    wait $pid || fail "trial $trial: reindex failed: $(cat "$WORK/reindex.out")"
  fi
  hits=$(search_hits "$DB" 'ARC-AGI-2') || fail "trial $trial: search failed: $(cat "$WORK/search.err")"
  [ "$hits" = "$baseline" ] || fail "trial $trial: search found $hits claims, expected $baseline"
  "$CLAIMKB" --db "$DB" check >"$WORK/check.out" || fail "trial $trial: $(cat "$WORK/check.out")"
  note "trial $trial: killed, index $(readlink "$DB/xapian"), $hits hits, check clean"
done
[ "$killed_mid_build" -gt 0 ] || fail "no trial killed a reindex before its swap; use more copies"

# A complete reindex afterwards swaps in a new index and clears what the
# killed ones left: the new index and the one it replaced remain.
"$CLAIMKB" --db "$DB" reindex >/dev/null || fail "final reindex"
left=$(ls -d "$DB"/xapian.* | wc -l)
[ "$left" -le 2 ] || fail "$left index directories left after a complete reindex: $(ls "$DB")"
[ "$(search_hits "$DB" 'ARC-AGI-2')" = "$baseline" ] || fail "search after the final reindex"
"$CLAIMKB" --db "$DB" check >/dev/null || fail "check after the final reindex"
note "$killed_mid_build of $TRIALS kills landed before the swap; the old index answered every time"
echo "PASS"
