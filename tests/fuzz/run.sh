#!/usr/bin/env bash
# Builds the mutation fuzzer with AddressSanitizer and UBSan and runs it over
# the bundled samples and, when present, the shared corpus. Not part of CTest:
# a long robustness run. Usage: tests/fuzz/run.sh [ITERATIONS] [SEED]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
build="$here/build-fuzz"
iterations=${1:-20000}
seed=${2:-1}
flags="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all"
cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCLAIMKB_BUILD_TESTS=OFF \
  -DCLAIMKB_BUILD_EXAMPLES=OFF -DCLAIMKB_BUILD_FUZZ=ON \
  -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="$flags" >/dev/null
cmake --build "$build" -j2 --target mutate_extract
inputs=("$here"/data/samples/*.md "$here"/data/samples/*.vtt "$here"/data/samples/*.srt
  "$here"/data/samples/*.json)
if [ -d "$here/../shared/corpus" ]; then
  inputs+=("$here"/../shared/corpus/2025-*.md)
fi
"$build/tests/fuzz/mutate_extract" "$seed" "$iterations" "${inputs[@]}"
