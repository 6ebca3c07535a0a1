#!/bin/sh
# Runs every fuzz harness, one after the other, for SECONDS each, niced so that other
# builds on the machine keep their CPU. Findings (crash-*, timeout-*, oom-*) land in
# <build>/fuzz-findings/<harness>/; the log of each run in <build>/fuzz-logs/.
#   fuzz/run-fuzzers.sh SECONDS [build-dir] [harness...]
set -u
seconds=${1:?usage: run-fuzzers.sh SECONDS [build-dir] [harness...]}
here=$(cd "$(dirname "$0")" && pwd)
build=${2:-$here/../build-fuzz}
shift; [ $# -gt 0 ] && shift
harnesses=${*:-"fuzz_mta_lines fuzz_returned_mail fuzz_classifier fuzz_campaign_files fuzz_csv_writer"}
[ -d "$build/fuzz-corpus" ] || "$here/make-seeds.sh" "$build/fuzz-corpus"
mkdir -p "$build/fuzz-logs"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
for h in $harnesses; do
    mkdir -p "$build/fuzz-corpus/$h" "$build/fuzz-findings/$h"
    start=$(date +%s)
    # -timeout: an input that takes over 10 s is a finding (linear parsers take ms);
    # -rss_limit_mb: 2 GB is far above what one bounded input may use.
    nice -n 19 "$build/bin/$h" "$build/fuzz-corpus/$h" -max_total_time="$seconds" -timeout=10 \
        -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$build/fuzz-findings/$h/" >"$build/fuzz-logs/$h.log" 2>&1
    rc=$?
    end=$(date +%s)
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$build/fuzz-logs/$h.log" | grep -o '[0-9]*$')
    echo "$h: exit $rc, $((end - start)) s, ${execs:-?} executions, findings: $(ls "$build/fuzz-findings/$h" | wc -l)"
done
