#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Formats every tracked and new C++ file with the project's .clang-format.
set -euo pipefail
cd "$(dirname "$0")/.."
git ls-files --cached --others --exclude-standard '*.cpp' '*.h' | xargs -r clang-format -i
