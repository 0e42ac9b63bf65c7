#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds an optimized tree and runs every benchmark in tests/bench; each prints its own numbers.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
if ! cmake --build build-release -j"$(nproc)" >build-release/build.log 2>&1; then
    tail -30 build-release/build.log >&2
    exit 1
fi
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} VSLAB_NO_PROGRESS=1
for bench in build-release/tests/bench/bench_*; do
    [ -f "$bench" ] && [ -x "$bench" ] || continue
    printf '\n== %s\n' "$(basename "$bench")"
    "$bench"
done
