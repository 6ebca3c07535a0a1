#!/usr/bin/env bash
# Installs what Deliverboard needs to build, test, package and run on Debian 12 (run as root).
# Checked on a brand-new minimal root (../shared/tools/fresh-debian.sh), where nothing is
# installed but apt and git: every package the build or a test needs is named here, because
# --no-install-recommends leaves out what a desktop install would bring along.
set -euo pipefail
packages=(
    # build
    cmake ninja-build g++ pkg-config file
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    # Qt6Charts' CMake config requires Qt6OpenGL's, which only this package ships.
    libqt6opengl6-dev
    libqt6sql6-sqlite libsqlite3-dev libgl1-mesa-dev zlib1g-dev libgmime-3.0-dev
    # run: SVG icons, a font for the offscreen and X11 platforms, IANA time zones
    # (campaign.json's "timezone"; local-time figures are wrong without them).
    libqt6svg6 qt6-qpa-plugins fonts-dejavu-core tzdata
    # GUI tests and screenshots under X
    xvfb xauth
    # package: dpkg-shlibdeps for the .deb's dependencies, and the validators the tests run
    # (groff renders the man pages with warnings on)
    dpkg-dev lintian desktop-file-utils appstream jq groff-base
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
