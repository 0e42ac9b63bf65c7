#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs what is missing, builds VS Lab and opens it (on the offline demo model unless a provider is set).
# Extra arguments go to vslab, e.g. scripts/run.sh --provider ollama --model llama3.2
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
exec build/app/vslab "$@"
