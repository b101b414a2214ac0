#!/usr/bin/env bash
# The scale benchmark: claimkb against bare Xapian, SQLite FTS5 trigram and
# ripgrep on N generated digests, at each size of --sizes in one run
# (bench/README.md, "scale"). Usage:
#
#   bench/scale/run.sh [--sizes 1000,10000] [--seed S] [--out DIR] [--repeats R]
#                      [--results FILE] [--keep]
#
#   --sizes    episode counts, measured in turn (default 1000,10000)
#   --seed     generator seed (default 1): the same seed writes the same files
#   --out      working directory for the digests and databases (default: a
#              temporary directory, deleted at the end unless --keep)
#   --repeats  timed rounds of the query mix and the ask questions (default 3)
#   --results  report file (default bench/RESULTS.md; written after each size)
#
# Environment: BUILD_DIR (default <source>/build-bench), JOBS (default 2),
# SHARED (default <source>/../shared). A smoke test: --sizes 50 --repeats 1
# --results /tmp/scale.md
set -euo pipefail

src="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${BUILD_DIR:-$src/build-bench}"
shared="${SHARED:-$src/../shared}"
results="$src/bench/RESULTS.md"
invocation="bench/scale/run.sh$(printf ' %q' "$@")"
[[ -n "${BUILD_DIR:-}" ]] && invocation="BUILD_DIR=$BUILD_DIR $invocation"
args=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --results) results="$2"; shift 2 ;;
    --sizes|--seed|--out|--repeats) args+=("$1" "$2"); shift 2 ;;
    --keep) args+=("$1"); shift ;;
    *) echo "run.sh: unknown option '$1'" >&2; exit 2 ;;
  esac
done

for tool in rg sqlite3 python3; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool not on PATH" >&2; exit 1; }
done
[[ -d "$shared/corpus" ]] || { echo "run.sh: $shared/corpus not found; set SHARED" >&2; exit 1; }

export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(dirname "$src")}"
cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCLAIMKB_BUILD_BENCH=ON >/dev/null
cmake --build "$build" -j"${JOBS:-2}" --target claimkb scale_peer >/dev/null

commit="$(git -C "$src" rev-parse --short HEAD) on $(git -C "$src" rev-parse --abbrev-ref HEAD)"
if ! git -C "$src" diff --quiet HEAD -- . ':!bench/RESULTS.md'; then commit+=" (with uncommitted changes)"; fi
exec python3 "$src/bench/scale/harness.py" "${args[@]}" \
  --claimkb "$build/cli/claimkb" --peer "$build/bench/scale_peer" --shared "$shared" \
  --results "$results" --commit "$commit" \
  --command "$invocation"
