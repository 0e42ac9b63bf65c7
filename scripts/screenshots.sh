#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Renders the README's screenshots with the app itself (vslab --screenshot) under Xvfb, on the offline demo model,
# with fresh settings so nothing of the user's shows. Usage: scripts/screenshots.sh [BUILD_DIR] (default: build).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
vslab="$build/app/vslab"
[ -x "$vslab" ] || { echo "screenshots.sh: build first ($vslab is missing)" >&2; exit 1; }
home=$(mktemp -d "${TMPDIR:-/tmp}/vslab-shots.XXXXXX")
trap 'rm -rf "$home"' EXIT
mkdir -p "$home"/{config,data,runtime}
chmod 700 "$home/runtime"
shot() {
    local file=$1
    shift
    env XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/runtime" \
        VSLAB_DEMO_TPS=0 xvfb-run -a -s "-screen 0 1600x1000x24" \
        "$vslab" --size 1400x900 --quit --screenshot "docs/screenshots/$file" "$@"
    echo "docs/screenshots/$file"
}
shot main.png --lang en --prompt "Tell me a joke" --run --seed 7
shot dark.png --lang en --dark --prompt "Tell me a joke" --run --seed 7 --sample 1000
shot k50.png --lang en --prompt "Name a US state" -k 50 --run --seed 7
shot zh_CN.png --lang zh_CN --prompt "写一首关于大海的俳句" --run --seed 7 --sample 1000
shot welcome.png --lang en
shot welcome_zh_CN.png --lang zh_CN
