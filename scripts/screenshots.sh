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

# The lab, classroom mode, the three views and models side by side, as the UI tests leave them.
shots=$(mktemp -d "${TMPDIR:-/tmp}/vslab-uishots.XXXXXX")
for t in ui_lab ui_models; do
    env QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
        XDG_RUNTIME_DIR="$home/runtime" VSLAB_SCREENSHOT_DIR="$shots" "$build/tests/$t" >/dev/null
done
for f in lab.png classroom.png threeviews.png models.png; do
    cp "$shots/$f" docs/screenshots/ && echo "docs/screenshots/$f"
done
rm -rf "$shots"

# The HTML report of one run, in English and Chinese, as headless Chromium shows it.
if command -v chromium >/dev/null; then
    for lang in en zh_CN; do
        db="$home/report-$lang.sqlite"
        prompt="Name a US state"
        [ "$lang" = zh_CN ] && prompt="说出一个美国的州"
        env VSLAB_HISTORY_DB="$db" VSLAB_DEMO_TPS=0 LANG="$lang.UTF-8" LC_ALL="$lang.UTF-8" \
            "$build/app/vslab-cli" generate --seed 7 -k 8 "$prompt" >/dev/null
        html="$home/report-$lang.html"
        env VSLAB_HISTORY_DB="$db" LANG="$lang.UTF-8" LC_ALL="$lang.UTF-8" \
            "$build/app/vslab-cli" history export 1 --format html -o "$html" >/dev/null
        name=report.png
        [ "$lang" = zh_CN ] && name=report_zh_CN.png
        chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,1300 \
            --screenshot="docs/screenshots/$name" "file://$html" 2>/dev/null
        echo "docs/screenshots/$name"
    done
else
    echo "screenshots.sh: chromium is missing; the HTML report screenshots were not made" >&2
fi
