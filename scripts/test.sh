#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The whole test suite, as CI runs it: set-up, clang-format check, a -Werror build with every test, then the
# same tests under AddressSanitizer + UndefinedBehaviorSanitizer (clang) and a short libFuzzer run.
# Ends with CTest's summary line; exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
scripts/setup.sh || exit 1
jobs=$(nproc)
failed=()

# Tests never touch the user's settings, keychain or runtime dir.
sandbox=$(mktemp -d "${TMPDIR:-/tmp}/vslab-test.XXXXXX")
trap 'rm -rf "$sandbox"' EXIT
mkdir -p "$sandbox"/{home,config,data,cache,runtime}
chmod 700 "$sandbox/runtime"
export HOME="$sandbox/home" XDG_CONFIG_HOME="$sandbox/config" XDG_DATA_HOME="$sandbox/data"
export XDG_CACHE_HOME="$sandbox/cache" XDG_RUNTIME_DIR="$sandbox/runtime" QT_QPA_PLATFORM=offscreen

step() { printf '\n== %s\n' "$*"; }

step "clang-format check"
if ! git ls-files '*.cpp' '*.h' | xargs -r clang-format --dry-run --Werror; then
    failed+=("clang-format (run scripts/format.sh)")
fi

step "build (gcc, -Werror)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DVSLAB_WERROR=ON >/dev/null || exit 1
if cmake --build build -j"$jobs"; then
    step "tests (gcc)"
    (cd build && ctest --output-on-failure -j"$jobs") || failed+=("tests (gcc build)")
else
    failed+=("build (gcc)")
fi

step "build (clang, ASan + UBSan, libFuzzer)"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1"
export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
CC=clang-14 CXX=clang++-14 cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DVSLAB_SANITIZE=ON -DVSLAB_FUZZ=ON >/dev/null || exit 1
if cmake --build build-asan -j"$jobs"; then
    step "fuzz the response parser (60 s)"
    if ! scripts/fuzz.sh build-asan 60; then failed+=("fuzzer"); fi
    step "tests (ASan + UBSan)"
    (cd build-asan && ctest --output-on-failure -j"$jobs") || failed+=("tests (sanitizer build)")
else
    failed+=("build (sanitizers)")
fi

if [ ${#failed[@]} -gt 0 ]; then
    printf '\nFAILED: %s\n' "${failed[@]}" >&2
    exit 1
fi
