#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs every libFuzzer target of a -DVSLAB_FUZZ=ON build for the given seconds each, seeded from tests/fuzz/seeds.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-asan}
seconds=${2:-60}
shopt -s nullglob
status=0
for fuzzer in "$build"/tests/fuzz/fuzz_*; do
    [ -f "$fuzzer" ] && [ -x "$fuzzer" ] || continue
    name=$(basename "$fuzzer")
    work=$(mktemp -d)
    cp -r tests/fuzz/seeds/"${name#fuzz_}"/. "$work"/ 2>/dev/null || true
    if "$fuzzer" -max_total_time="$seconds" -print_final_stats=1 "$work" 2>"$build/$name.log"; then
        grep -E 'stat::number_of_executed_units|stat::new_units_added' "$build/$name.log" | sed "s/^/$name: /"
    else
        tail -50 "$build/$name.log"
        status=1
    fi
    rm -rf "$work"
done
exit $status
