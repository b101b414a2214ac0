#!/usr/bin/env bash
# The scale benchmark's generator (bench/scale/generate.py) is deterministic
# for a seed, episode i does not depend on how many are written, and every
# episode it writes is a digest the reader stores with claims: the benchmark
# measures real ingest work, not rejections. Skipped (77) without python3
# or the shared corpus.
source "$(dirname "$0")/lib.sh" "$@"

SHARED="$SOURCE_DIR/../shared"
GEN="$SOURCE_DIR/bench/scale/generate.py"
command -v python3 >/dev/null || { echo "SKIPPED: python3 not found"; exit 77; }
[ -d "$SHARED/corpus" ] && [ -d "$SHARED/corpus-more" ] ||
  { echo "SKIPPED: $SHARED/corpus or corpus-more not found"; exit 77; }

N=24
gen() { python3 "$GEN" --shared "$SHARED" --seed "$1" --out "$2" --count "$3" --start "${4:-0}"; }
gen 5 "$WORK/a" $N >"$WORK/a.json" || fail "generator failed"
gen 5 "$WORK/b" $N >/dev/null || fail "generator failed (second run)"
diff -r "$WORK/a" "$WORK/b" >/dev/null || fail "two runs with seed 5 wrote different files"
gen 6 "$WORK/c" $N >/dev/null || fail "generator failed (seed 6)"
diff -r "$WORK/a" "$WORK/c" >/dev/null && fail "seeds 5 and 6 wrote the same files"

# Episodes 22 and 23 written alone equal those of the run of 24.
gen 5 "$WORK/tail" 2 22 >/dev/null || fail "generator failed (--start)"
tail_files=$(cd "$WORK/tail" && find . -type f | sort)
[ -n "$tail_files" ] || fail "--start 22 --count 2 wrote nothing"
for f in $tail_files; do
  cmp -s "$WORK/tail/$f" "$WORK/a/$f" || fail "episode file $f differs when written alone"
done
note "deterministic: seed 5 twice identical, seed 6 differs, --start reproduces $(echo "$tail_files" | wc -l) files"

# Every episode is a distinct digest with claims; sidecars are not episodes.
episodes=$(sed -n 's/.*"total": {"episodes": \([0-9]*\).*/\1/p' "$WORK/a.json")
[ "$episodes" = $N ] || fail "generator reported $episodes episodes, expected $N"
"$CLAIMKB" --db "$WORK/db" ingest --format json "$WORK/a" >"$WORK/ingest.json" 2>"$WORK/ingest.err" ||
  fail "ingest of generated digests failed: $(cat "$WORK/ingest.err")"
# A PodWiki README.md with a chapter list is stored as a second source of
# its folder's episode; every other file written is one episode's digest.
python3 - "$WORK/ingest.json" $N <<'PY' || fail "ingest outcomes of the generated digests"
import json, sys
report = json.load(open(sys.argv[1]))["ingest"]
n = int(sys.argv[2])
files = report["files"]
digests = [f for f in files if not f["path"].endswith("/README.md")]
bad = [f for f in files if f["status"] == "rejected"]
bad += [f for f in digests if f["status"] != "added" or f["claims"] == 0]
for f in bad:
    print(f"  {f['path']}: {f['status']}, {f['claims']} claims {f['message']}", file=sys.stderr)
if len(digests) != n:
    print(f"  {len(digests)} digest files, expected {n}", file=sys.stderr)
sys.exit(1 if bad or len(digests) != n else 0)
PY
[ "$(episode_count "$WORK/db")" = $N ] || fail "episodes listed: $(episode_count "$WORK/db"), expected $N"
note "$N generated episodes ingested, each with claims"
