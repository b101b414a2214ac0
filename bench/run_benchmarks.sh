#!/usr/bin/env bash
# Builds the benchmarks (Release, in build-bench/ of the source tree) and runs
# them, then prints the SUMMARY line of each. Usage:
#
#   bench/run_benchmarks.sh [corpus_dir]     # default: ../shared/corpus
#
# Environment: BUILD_DIR (default <source>/build-bench), ITERATIONS (query
# mix repetitions per in-process engine, default 300), RG_ITERATIONS (default
# 30), COPIES (corpus copies for ingest, default 10), JOBS (default 2).
set -euo pipefail

src="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$src/build-bench}"
corpus="${1:-$src/../shared/corpus}"

if [[ ! -d "$corpus" ]]; then
  echo "run_benchmarks: corpus directory '$corpus' not found; pass it as the first argument" >&2
  exit 1
fi
command -v rg >/dev/null || echo "run_benchmarks: rg not on PATH; query_latency will fail" >&2

cmake -S "$src" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCLAIMKB_BUILD_BENCH=ON >/dev/null
cmake --build "$build" -j"${JOBS:-2}" --target query_latency ingest_throughput

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
echo "== $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) CPUs, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$build/bench/query_latency" "$corpus" "${ITERATIONS:-300}" "${RG_ITERATIONS:-30}" | tee -a "$log"
echo
"$build/bench/ingest_throughput" "$corpus" "${COPIES:-10}" | tee -a "$log"
echo
echo "== summary"
grep '^SUMMARY' "$log"
