#!/usr/bin/env bash
# Builds the Debian package, installs it with apt and checks that the INSTALLED
# /usr/bin/deliverboard-cli imports the installed demo campaign and reports exactly the
# figures of its expected.json; then runs lintian on the package (errors fail).
#
# Run as root on Debian 12 from the project root, after the build (build/ exists):
#   bash tools/check-package.sh
# Needs only what tools/install-deps.sh and the package bring (jq reads the JSON).
set -euo pipefail
cd "$(dirname "$0")/.."

fail() {
    echo "check-package: FAILED: $*" >&2
    exit 1
}
step() { echo "check-package: $*"; }

[ "$(id -u)" -eq 0 ] || fail "run as root (the package is installed with apt-get)"
[ -f build/CMakeCache.txt ] || fail "build/ is not configured: build first (see README)"

step "building the package"
cmake --build build --target package || fail "cmake --build build --target package"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' build/CMakeCache.txt)
[ -n "$version" ] || fail "no CMAKE_PROJECT_VERSION in build/CMakeCache.txt"
deb="build/deliverboard_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "the package was not written to $deb"

step "installing $deb with apt-get"
export DEBIAN_FRONTEND=noninteractive
# --reinstall: the same version may already be installed from an earlier run.
apt-get install -y -q --reinstall "./$deb" || fail "apt-get install ./$deb"

cli=/usr/bin/deliverboard-cli
demo=/usr/share/deliverboard/demo/spring-newsletter-2026
for f in "$cli" /usr/bin/deliverboard "$demo/expected.json" \
    /usr/share/man/man1/deliverboard-cli.1.gz /usr/share/man/man1/deliverboard.1.gz \
    /usr/share/applications/org.deliverboard.Deliverboard.desktop \
    /usr/share/metainfo/org.deliverboard.Deliverboard.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/org.deliverboard.Deliverboard.svg \
    /usr/share/icons/hicolor/256x256/apps/org.deliverboard.Deliverboard.png \
    /usr/share/doc/deliverboard/copyright; do
    [ -e "$f" ] || fail "the package did not install $f"
done

# Everything below runs the installed CLI in an empty directory with an empty environment,
# so nothing can come from the source or build tree.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() { (cd "$work" && env -i PATH=/usr/bin:/bin HOME="$work" LC_ALL=C.UTF-8 "$@"); }

step "$("$cli" --version)"
[ "$(run "$cli" --version)" = "deliverboard-cli $version" ] ||
    fail "$cli --version does not print 'deliverboard-cli $version'"

step "importing $demo with the installed CLI"
run "$cli" import "$demo" --db "$work/demo.sqlite" || fail "$cli import $demo"
campaign=$(sed -n 's/^ *"campaign": *"\([^"]*\)".*/\1/p' "$demo/expected.json" | head -n 1)
run "$cli" report --db "$work/demo.sqlite" --campaign "$campaign" --json >"$work/report.json" ||
    fail "$cli report --json"

# Every figure of expected.json against the installed CLI's report, with jq: by_isp matched
# by ISP (order-free), the order-dependent lists of reply codes left out.
compare='
def norm: (if has("by_isp") then .by_isp |= (map({key: .isp, value: .}) | from_entries) else . end)
          | del(.. | objects | .codes);
($want[0] | norm) as $w | ($got[0] | norm) as $g
| [$w | paths(scalars)] as $paths
| "checked \($paths | length)",
  ($paths[] as $p | select(($g | getpath($p)) != ($w | getpath($p)))
   | "\($p | map(tostring) | join(".")): expected \($w | getpath($p)), got \($g | getpath($p))")'
command -v jq >/dev/null || fail "jq is not installed (run tools/install-deps.sh)"
jq -r -n --slurpfile want "$demo/expected.json" --slurpfile got "$work/report.json" "$compare" \
    >"$work/compare.txt" || fail "report --json is not the JSON expected: $(head -c 300 "$work/report.json")"
checked=$(sed -n 's/^checked //p' "$work/compare.txt")
mismatches=$(grep -vc '^checked ' "$work/compare.txt" || true)
grep -v '^checked ' "$work/compare.txt" | sed 's/^/check-package: /' >&2 || true
[ "${checked:-0}" -ge 10 ] || fail "read only ${checked:-0} figures from $demo/expected.json"
[ "$mismatches" -eq 0 ] || fail "$mismatches of $checked figures differ from $demo/expected.json"
step "the installed CLI reports all $checked figures of expected.json" \
    "(sent $(jq .sent "$work/report.json"), delivered $(jq .delivered "$work/report.json"))"

step "lintian $deb"
command -v lintian >/dev/null || fail "lintian is not installed (run tools/install-deps.sh)"
# lintian exits non-zero on errors only (--fail-on error); warnings are printed.
lintian --fail-on error --info --tag-display-limit 0 "$deb" || fail "lintian reports errors on $deb"
step "OK: $deb installs, the installed CLI reports the demo campaign, lintian has no errors"
