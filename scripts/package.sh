#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the Debian package dist/vslab_<version>_<arch>.deb with CPack (cmake/Packaging.cmake), then checks it with
# lintian and tests/package/check-install.sh. Install it with: sudo apt install ./dist/vslab_*.deb
#   scripts/package.sh [BUILD_DIR]      (default: build-pkg)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
build=${1:-build-pkg}

# Release build with Debian's hardening flags (fortify, stack protector, relro, bind now), as a Debian build
# would use. -ffile-prefix-map keeps this checkout's path out of the binaries.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
ldflags=$(dpkg-buildflags --get LDFLAGS)
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_FLAGS="$cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags" >/dev/null
# Only what gets installed: the tests are not needed for a package.
cmake --build "$build" -j"$(nproc)" --target vslab vslab-cli vslab_desktop_files vslab_package_docs

rm -f "$build"/vslab_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
mkdir -p dist
rm -f dist/vslab_*.deb
mv "$build"/vslab_*.deb dist/
deb=$(ls dist/vslab_*.deb)

echo "== lintian $deb"
# Fails on errors only; warnings and notes are printed.
lintian --fail-on error "$deb"
echo "== tests/package/check-install.sh --deb $deb"
tests/package/check-install.sh --deb "$deb"
echo "$deb: $(du -h "$deb" | cut -f1), installs $(dpkg-deb -f "$deb" Installed-Size) KiB"
