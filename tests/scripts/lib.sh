# Shared by the scripts in tests/scripts/: each runs the real claimkb binary
# against a temporary database and exits non-zero with a message on the
# first broken expectation. Usage from a script:
#   source "$(dirname "$0")/lib.sh" "$@"     # $1 = claimkb binary, $2 = source tree
set -u

CLAIMKB=${1:?usage: $0 CLAIMKB_BINARY SOURCE_DIR}
SOURCE_DIR=${2:?usage: $0 CLAIMKB_BINARY SOURCE_DIR}
SAMPLES="$SOURCE_DIR/data/samples"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/claimkb-script-XXXXXX")
BACKGROUND_PIDS=()

cleanup() {
  local pid
  for pid in "${BACKGROUND_PIDS[@]}"; do kill -9 "$pid" 2>/dev/null; done
  wait 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

note() { echo "-- $*"; }

# Copies of the bundled samples under $1, `$2` copies of each, every copy a
# distinct episode (its own URL) with the same claims as the original.
make_copies() {
  local out=$1 copies=$2 k f
  mkdir -p "$out"
  for ((k = 1; k <= copies; k++)); do
    for f in "$SAMPLES"/*.md; do
      # Each copy its own episode: its link (or video id) gets the copy number.
      sed -E -e "/(Link|link|链接)/ s#(https?://[^ )]+)#\\1c$k#" \
        -e "/^video_id:/ s#\"\$#c$k\"#" "$f" >"$out/copy$k-$(basename "$f")"
    done
  done
}

# The number after "KEY": in the pretty-printed JSON on stdin (the first
# one). Plain sed, so that the scripts need nothing beyond coreutils.
json_number() {
  sed -n "s/.*\"$1\": \(-\?[0-9][0-9]*\).*/\1/p" | head -1
}

# Number of episodes in database $1.
episode_count() {
  "$CLAIMKB" --db "$1" episodes --format json | grep -c '"path": '
}

# Number of hits of `search QUERY` in database $1, with a limit large enough
# for all of them; fails when the search fails. Its stderr is left in
# $WORK/search.err.
search_hits() {
  local out
  out=$("$CLAIMKB" --db "$1" search "$2" --limit 100000 --format jsonl 2>"$WORK/search.err") ||
    return 1
  printf '%s' "$out" | grep -c .
}
