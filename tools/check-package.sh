#!/usr/bin/env bash
# Builds the Debian package, installs it with apt and checks that the INSTALLED
# /usr/bin/deliverboard-cli imports the installed demo campaign and reports exactly the
# figures of its expected.json; then runs lintian on the package (errors fail).
#
# Run as root on Debian 12 from the project root, after the build (build/ exists):
#   bash tools/check-package.sh
# Needs only what tools/install-deps.sh and the package bring (no python3, no jq).
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

# Flattens a JSON document into one "path=value" line per scalar ("sent=3000",
# "bounced.soft=112"); the entries of by_isp are named by their ISP ("by_isp[google].sent").
flatten() {
    awk '
    function ws() { while (i <= n && index(" \t\r\n", substr(s, i, 1)) > 0) i++ }
    function str(   r, c) {
        r = ""; i++
        while (i <= n) {
            c = substr(s, i, 1)
            if (c == "\\") { r = r substr(s, i, 2); i += 2; continue }
            i++
            if (c == "\"") return r
            r = r c
        }
        return r
    }
    function value(path,   c, key, k) {
        ws(); c = substr(s, i, 1)
        if (c == "{") {
            i++; ws()
            if (substr(s, i, 1) == "}") { i++; return }
            for (;;) {
                ws(); key = str(); ws(); i++   # the colon
                value(path == "" ? key : path "." key)
                ws(); c = substr(s, i, 1); i++
                if (c != ",") return
            }
        }
        if (c == "[") {
            i++; ws()
            if (substr(s, i, 1) == "]") { i++; return }
            for (k = 0; ; k++) {
                value(path "[" k "]")
                ws(); c = substr(s, i, 1); i++
                if (c != ",") return
            }
        }
        if (c == "\"") { out[++m] = path "=" str(); return }
        key = ""
        while (i <= n && index(",}] \t\r\n", substr(s, i, 1)) == 0) { key = key substr(s, i, 1); i++ }
        out[++m] = path "=" key
    }
    { s = s $0 "\n" }
    END {
        n = length(s); i = 1; m = 0; value("")
        for (j = 1; j <= m; j++)
            if (match(out[j], /^by_isp\[[0-9]+\]\.isp=/)) {
                k = substr(out[j], 1, index(out[j], "]"))
                isp[k] = substr(out[j], RLENGTH + 1)
            }
        for (j = 1; j <= m; j++) {
            line = out[j]
            if (match(line, /^by_isp\[[0-9]+\]/) && (substr(line, 1, RLENGTH) in isp))
                line = "by_isp[" isp[substr(line, 1, RLENGTH)] "]" substr(line, RLENGTH + 1)
            print line
        }
    }' "$1"
}

flatten "$demo/expected.json" >"$work/expected.flat"
flatten "$work/report.json" >"$work/report.flat"
grep -q '^sent=[0-9]' "$work/report.flat" || fail "report --json has no \"sent\":$(head -c 300 "$work/report.json")"

# Every figure of expected.json except the order-dependent lists of reply codes.
checked=0
mismatches=0
while IFS= read -r want; do
    key=${want%%=*}
    case "$key" in *.codes\[*) continue ;; esac
    got=$(grep -F -m 1 -x -e "$want" "$work/report.flat" || true)
    if [ -z "$got" ]; then
        echo "check-package: $key: expected ${want#*=}, the installed CLI reports" \
            "'$(awk -v k="$key=" 'index($0, k) == 1 { print substr($0, length(k) + 1); exit }' "$work/report.flat")'" >&2
        mismatches=$((mismatches + 1))
    fi
    checked=$((checked + 1))
done <"$work/expected.flat"
[ "$checked" -ge 10 ] || fail "read only $checked figures from $demo/expected.json"
[ "$mismatches" -eq 0 ] || fail "$mismatches of $checked figures differ from $demo/expected.json"
step "the installed CLI reports all $checked figures of expected.json" \
    "(sent $(sed -n 's/^sent=//p' "$work/report.flat"), delivered $(sed -n 's/^delivered=//p' "$work/report.flat"))"

step "lintian $deb"
command -v lintian >/dev/null || fail "lintian is not installed (run tools/install-deps.sh)"
# lintian exits non-zero on errors only (--fail-on error); warnings are printed.
lintian --fail-on error --info --tag-display-limit 0 "$deb" || fail "lintian reports errors on $deb"
step "OK: $deb installs, the installed CLI reports the demo campaign, lintian has no errors"
