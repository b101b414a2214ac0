#!/usr/bin/env bash
# Robustness runs, not part of CTest. Builds with clang, AddressSanitizer and
# UBSan, then runs each libFuzzer harness for SECONDS and the mutation fuzzer
# of the digest parser and extractor for ITERATIONS.
#
#   tests/fuzz/run.sh [SECONDS per harness, default 60] [ITERATIONS, default 20000]
#
# Needs the Debian packages clang-16 and libclang-rt-16-dev (clang 14 cannot
# compile libstdc++ 12's std::expected; $CLAIMKB_FUZZ_CXX picks another
# clang). A finding stops that harness and leaves a crash-* file in
# build-fuzz/findings/; the script then exits non-zero.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
build="$here/build-fuzz"
seconds=${1:-60}
iterations=${2:-20000}
cxx=${CLAIMKB_FUZZ_CXX:-clang++-16}
flags="-fsanitize=address,undefined,fuzzer-no-link -fno-omit-frame-pointer -fno-sanitize-recover=all"
# libstdc++ 12 enables <expected> only for __cpp_concepts >= 202002L; clang
# 16 implements what it needs (P0848) but still advertises 201907L.
flags="$flags -D__cpp_concepts=202002L -Wno-macro-redefined"
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMKB_BUILD_TESTS=OFF \
  -DCLAIMKB_BUILD_EXAMPLES=OFF -DCLAIMKB_BUILD_FUZZ=ON -DCMAKE_CXX_COMPILER="$cxx" \
  "${launcher[@]}" -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="$flags" >/dev/null
harnesses=(fuzz_query fuzz_question fuzz_options)
cmake --build "$build" -j2 --target mutate_extract "${harnesses[@]}"

export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
mkdir -p "$build/findings"
status=0
for harness in "${harnesses[@]}"; do
  corpus="$build/corpus/$harness"
  mkdir -p "$corpus"
  seeds="$here/tests/fuzz/seeds/$harness"
  dict=()
  if [ -f "$here/tests/fuzz/$harness.dict" ]; then dict=(-dict="$here/tests/fuzz/$harness.dict"); fi
  echo "== $harness for ${seconds}s"
  log="$build/findings/$harness.log"
  if "$build/tests/fuzz/$harness" "${dict[@]}" -max_total_time="$seconds" -max_len=4096 \
      -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
      -artifact_prefix="$build/findings/$harness-" "$corpus" "$seeds" >"$log" 2>&1; then
    echo "   no finding"
  else
    echo "   FINDING (see $log)"
    status=1
  fi
  grep -E "stat::number_of_executed_units|==[0-9]+==ERROR|^SUMMARY" "$log" || true
done

# The probe digests carry the export layouts of many tools (outliner pages,
# subtitle cues, minutes, highlight exports), so mutations reach their paths.
inputs=("$here"/data/samples/*.md "$here"/data/samples/*.vtt "$here"/data/samples/*.srt
  "$here"/data/samples/*.json "$here"/bench/reader_probe/*.md "$here"/bench/entity_probe/set4/*.md)
if [ -d "$here/../shared/corpus" ]; then
  inputs+=("$here"/../shared/corpus/2025-*.md)
fi
echo "== mutate_extract, $iterations iterations"
"$build/tests/fuzz/mutate_extract" 1 "$iterations" "${inputs[@]}" || status=1
exit $status
