#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Checks what VS Lab installs: `cmake --install BUILD_DIR --prefix /usr` into a throw-away DESTDIR, or, with
# --deb FILE, the contents of a Debian package (dpkg -x). Then: the exact file list, desktop-file-validate,
# appstreamcli validate, the man pages render without warnings, the bash completion loads, the installed
# vslab-cli (and vslab --quit, offscreen) run from DESTDIR with their data compiled in, and the man pages and the
# completion know every option the programs' --help lists.
#
#   tests/package/check-install.sh BUILD_DIR          (what the CTest test package/check-install runs)
#   tests/package/check-install.sh --deb dist/vslab_0.1.0_amd64.deb
#
# Exit 0 = all good, 1 = a check failed, 77 = a tool is missing (CTest reports the test as skipped).
set -uo pipefail

usage() {
  echo "usage: $0 BUILD_DIR | --deb FILE.deb" >&2
  exit 2
}
[ $# -ge 1 ] || usage
deb=""
build=""
if [ "$1" = "--deb" ]; then
  [ $# -eq 2 ] || usage
  deb=$(realpath "$2")
else
  [ $# -eq 1 ] || usage
  build=$(realpath "$1")
fi

for tool in desktop-file-validate appstreamcli man; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool is not installed (scripts/setup.sh installs it)" >&2
    exit 77
  fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/vslab-check-install.XXXXXX")
trap 'rm -rf "$work"' EXIT
dest=$work/root
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
ok() { echo "ok: $*"; }

if [ -n "$deb" ]; then
  dpkg -x "$deb" "$dest" || { echo "FAIL: dpkg -x $deb" >&2; exit 1; }
  version=$(dpkg-deb -f "$deb" Version)
else
  DESTDIR=$dest "${VSLAB_CMAKE:-cmake}" --install "$build" --prefix /usr >"$work/install.log" 2>&1 || {
    cat "$work/install.log" >&2
    echo "FAIL: cmake --install $build (build it first: cmake --build $build)" >&2
    exit 1
  }
  version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
fi
usr=$dest/usr

# 1. Exactly these files, nothing missing and nothing stray.
id=io.github.vslab.VSLab
expected=(
  bin/vslab
  bin/vslab-cli
  "share/applications/$id.desktop"
  "share/metainfo/$id.metainfo.xml"
  share/icons/hicolor/scalable/apps/vslab.svg
  share/man/man1/vslab.1.gz
  share/man/man1/vslab-cli.1.gz
  share/bash-completion/completions/vslab-cli
  share/doc/vslab/copyright
  share/doc/vslab/changelog.gz
)
sizes=(16 22 24 32 48 64 128 256 512)
for s in "${sizes[@]}"; do expected+=("share/icons/hicolor/${s}x${s}/apps/vslab.png"); done
printf '%s\n' "${expected[@]}" | sort >"$work/expected"
(cd "$dest" && find . -type f -o -type l) | sed 's|^\./||' | grep -v '^DEBIAN/' | sort >"$work/actual"
outside=$(cd "$dest" && find . -mindepth 1 -maxdepth 1 ! -name usr ! -name DEBIAN)
[ -z "$outside" ] || fail "something was installed outside /usr: $outside"
sed -i 's|^usr/||' "$work/actual"
if diff -u "$work/expected" "$work/actual" >"$work/files.diff"; then
  ok "installed file list (${#expected[@]} files)"
else
  fail "installed file list differs from the expected one (- missing, + unexpected):"
  grep '^[-+][^-+]' "$work/files.diff" >&2
  grep -q 'hicolor/16x16' "$work/files.diff" && echo "  (PNG icons need rsvg-convert, package librsvg2-bin)" >&2
fi

# 2. The PNG icons have the size their folder says (bytes 16-23 of a PNG are the width and height).
for s in "${sizes[@]}"; do
  png=$usr/share/icons/hicolor/${s}x${s}/apps/vslab.png
  [ -f "$png" ] || continue
  dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4 "x" $5*16777216+$6*65536+$7*256+$8}')
  [ "$dims" = "${s}x${s}" ] || fail "$png is $dims, not ${s}x${s}"
done

# 3. Binaries: executable, no RPATH/RUNPATH into the build tree.
for b in vslab vslab-cli; do
  [ -x "$usr/bin/$b" ] || { fail "usr/bin/$b is not executable"; continue; }
  if command -v readelf >/dev/null && readelf -d "$usr/bin/$b" | grep -Eq 'R(UN)?PATH'; then
    fail "usr/bin/$b has an RPATH/RUNPATH: $(readelf -d "$usr/bin/$b" | grep -E 'R(UN)?PATH')"
  fi
done

# 4. Validators: no output at all from desktop-file-validate (not even hints), no errors or warnings from AppStream.
desktop=$usr/share/applications/$id.desktop
if [ -f "$desktop" ]; then
  if out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ]; then
    ok "desktop-file-validate"
  else
    fail "desktop-file-validate: $out"
  fi
  grep -q '^Categories=.*Education;' "$desktop" || fail "$desktop: Categories lacks Education"
  icon=$(sed -n 's/^Icon=//p' "$desktop")
  [ -f "$usr/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "Icon=$icon has no scalable icon"
  exe=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
  [ -x "$usr/bin/$exe" ] || fail "Exec=$exe is not installed in usr/bin"
fi
metainfo=$usr/share/metainfo/$id.metainfo.xml
if [ -f "$metainfo" ]; then
  if out=$(appstreamcli validate --no-net --strict "$metainfo" 2>&1); then
    ok "appstreamcli validate: $(echo "$out" | tail -n1)"
  else
    fail "appstreamcli validate:"$'\n'"$out"
  fi
  # validate-tree also checks the metainfo against the desktop file and icons it names.
  if out=$(appstreamcli validate-tree --no-net --strict "$dest" 2>&1); then
    ok "appstreamcli validate-tree: $(echo "$out" | tail -n1)"
  else
    fail "appstreamcli validate-tree:"$'\n'"$out"
  fi
  grep -q "<release version=\"$version\"" "$metainfo" || fail "metainfo has no <release> for version $version"
  grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$metainfo" ||
    fail "metainfo does not launch $id.desktop"
fi

# 5. Man pages render without a warning.
for page in vslab vslab-cli; do
  file=$usr/share/man/man1/$page.1.gz
  [ -f "$file" ] || continue
  warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$file" 2>&1 >/dev/null)
  if [ -n "$warnings" ]; then fail "man $page: $warnings"; else ok "man $page renders without warnings"; fi
done

# 6. The bash completion loads and completes.
completion=$usr/share/bash-completion/completions/vslab-cli
if [ -f "$completion" ]; then
  got=$(bash --norc --noprofile -c '
    source "$1" || exit 1
    complete -p vslab-cli >/dev/null || exit 1
    COMP_WORDS=(vslab-cli generate --method vs-); COMP_CWORD=3; _vslab_cli; echo "${COMPREPLY[*]}"' _ "$completion")
  if [ "$got" = "vs-standard vs-cot vs-multi" ]; then ok "bash completion"; else fail "bash completion gave: $got"; fi
fi

# 7. The installed programs run from DESTDIR, far from the source and build trees, on their compiled-in data.
home=$work/home
mkdir -p "$home/config" "$home/data" "$home/cache" "$home/runtime"
chmod 700 "$home/runtime"
run() {
  (cd "$work" && env -i PATH=/usr/bin:/bin HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
    XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" LANG="${RUN_LANG:-C.UTF-8}" VSLAB_NO_PROGRESS=1 \
    ${ASAN_OPTIONS:+ASAN_OPTIONS="$ASAN_OPTIONS"} ${LSAN_OPTIONS:+LSAN_OPTIONS="$LSAN_OPTIONS"} \
    ${UBSAN_OPTIONS:+UBSAN_OPTIONS="$UBSAN_OPTIONS"} "$@")
}
if [ -x "$usr/bin/vslab-cli" ]; then
  out=$(run "$usr/bin/vslab-cli" --version)
  if [ "$out" = "vslab-cli $version" ]; then ok "vslab-cli --version: $out"; else fail "vslab-cli --version: '$out'"; fi

  # The demo model answers from its built-in scenario packs (compiled into the binary).
  out=$(run "$usr/bin/vslab-cli" generate "Tell me a joke" 2>"$work/generate.err")
  rc=$?
  rows=$(echo "$out" | grep -c '^ *[0-9]\+ ')
  if [ $rc -eq 0 ] && [ "$rows" -ge 1 ]; then
    ok "vslab-cli generate \"Tell me a joke\": exit 0, $rows candidates"
  else
    fail "vslab-cli generate \"Tell me a joke\": exit $rc, $rows candidates; stderr: $(cat "$work/generate.err")"
  fi

  # The translations are compiled in too: the Chinese help texts differ from the English ones.
  helps() { run "$usr/bin/vslab-cli" --help && run "$usr/bin/vslab-cli" generate --help; }
  en=$(helps)
  zh=$(RUN_LANG=zh_CN.UTF-8 helps)
  if [ -n "$en" ] && [ "$en" != "$zh" ]; then ok "vslab-cli help is translated (zh_CN)"; else fail "no zh_CN help"; fi
fi
if [ -x "$usr/bin/vslab" ]; then
  out=$(run "$usr/bin/vslab" --version 2>&1)
  if [ "$out" = "vslab $version" ]; then ok "vslab --version: $out"; else fail "vslab --version: '$out'"; fi
  if out=$(run env QT_QPA_PLATFORM=offscreen "$usr/bin/vslab" --quit 2>&1); then
    ok "vslab --quit (offscreen)"
  else
    fail "vslab --quit (offscreen): $out"
  fi
fi

# 8. The man pages and the completion know every option the programs' --help lists (and the completion no other).
options_of() { grep -oE '^ +(-[a-zA-Z], )?-{1,2}[a-zA-Z][a-zA-Z-]*' | sed 's/.*, //; s/^ *//' | grep -vx -- '-[hv]'; }
man_source() { zcat "$usr/share/man/man1/$1.1.gz" | sed 's/\\-/-/g'; }
if [ -x "$usr/bin/vslab-cli" ] && [ -f "$completion" ]; then
  for command in generate parse models metrics compare batch history; do
    help=$(run "$usr/bin/vslab-cli" "$command" --help | options_of | sort -u)
    missing=$(comm -23 <(echo "$help") <(man_source vslab-cli | grep -oE -- '-{1,2}[a-zA-Z][a-zA-Z-]*' | sort -u))
    [ -z "$missing" ] || fail "man vslab-cli lacks $command options: $(echo "$missing" | tr '\n' ' ')"
    offered=$(bash --norc --noprofile -c 'source "$1"; COMP_WORDS=(vslab-cli "$2" -); COMP_CWORD=2; _vslab_cli
      printf "%s\n" "${COMPREPLY[@]}"' _ "$completion" "$command" | sort -u)
    if [ "$help" = "$offered" ]; then
      ok "completion and man page cover vslab-cli $command's $(echo "$help" | wc -l) options"
    else
      fail "completion of vslab-cli $command differs from its --help (< help, > completion):" \
        "$(diff <(echo "$help") <(echo "$offered") | grep '^[<>]' | tr '\n' ' ')"
    fi
  done
fi
if [ -x "$usr/bin/vslab" ] && [ -f "$usr/share/man/man1/vslab.1.gz" ]; then
  help=$(run "$usr/bin/vslab" --help 2>/dev/null | options_of | sort -u)
  missing=$(comm -23 <(echo "$help") <(man_source vslab | grep -oE -- '-{1,2}[a-zA-Z][a-zA-Z-]*' | sort -u))
  if [ -z "$missing" ]; then
    ok "man vslab covers its $(echo "$help" | wc -l) options"
  else
    fail "man vslab lacks: $(echo "$missing" | tr '\n' ' ')"
  fi
fi

if [ $failures -ne 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "all install checks passed (${deb:-$build})"
