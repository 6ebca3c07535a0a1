#!/bin/sh
# Seed corpora for the fuzz harnesses, generated from ../shared/logs and ../shared/corpus
# (beside the project root) into <out>/<harness>/. Nothing is copied into the repository.
#   fuzz/make-seeds.sh <out-dir> [shared-dir]
set -eu
out=${1:?usage: make-seeds.sh <out-dir> [shared-dir]}
here=$(cd "$(dirname "$0")" && pwd)
shared=${2:-$here/../../shared}
[ -d "$shared/logs" ] || { echo "no $shared/logs" >&2; exit 2; }
mkdir -p "$out/fuzz_mta_lines" "$out/fuzz_returned_mail" "$out/fuzz_classifier" \
         "$out/fuzz_campaign_files" "$out/fuzz_csv_writer"

python3 - "$shared" "$out" "$here/.." <<'PY'
import hashlib, os, re, sys
shared, out, root = sys.argv[1], sys.argv[2], sys.argv[3]
def put(harness, data, limit=4096):
    data = data[:limit]
    name = hashlib.sha1(data).hexdigest()[:16]
    with open(os.path.join(out, harness, name), 'wb') as f:
        f.write(data)

# Log lines: chunks of 20 lines of every log file, the first byte picking the format
# (0 syslog, 1 exim, 2 powermta) as guessed from the content.
replies = set()
for base, _, files in os.walk(os.path.join(shared, 'logs')):
    for name in files:
        if name.endswith(('.md', '.txt', '.gz')):
            continue
        try:
            lines = open(os.path.join(base, name), 'rb').read().split(b'\n')
        except OSError:
            continue
        head = b'\n'.join(lines[:3])
        fmt = 2 if b'dsnStatus' in head or head.startswith(b'type,') else (1 if re.match(rb'^\d{4}-\d\d-\d\d ', head) else 0)
        for i in range(0, min(len(lines), 400), 20):
            chunk = lines[i:i + 20]
            if fmt == 2 and i > 0:
                chunk = lines[:1] + chunk  # keep the header
            put('fuzz_mta_lines', bytes([fmt]) + b'\n'.join(chunk))
        for line in lines:
            for m in re.finditer(rb'(?:said|status=\w+) \(?([2-5]\d\d[ -].{0,300})', line):
                replies.add(m.group(1))
for r in sorted(replies)[:600]:
    put('fuzz_classifier', b'\x08\x03' + r)

# Returned mail: every message of the shared corpus (.eml and others), first 64 KB.
for base, _, files in os.walk(os.path.join(shared, 'corpus')):
    for name in files:
        if name.endswith(('.md', '.txt', '.json', '.yaml', '.yml', '.py')):
            continue
        data = open(os.path.join(base, name), 'rb').read()
        if b'\n' in data[:2000]:
            put('fuzz_returned_mail', data, 64 * 1024)
            for m in re.finditer(rb'Diagnostic-Code:\s*\w+;\s*(.{0,300})', data):
                put('fuzz_classifier', b'\x0c\x03' + m.group(1))

# Campaign files: the demo campaign's and the tests' shapes.
demo = os.path.join(root, 'resources', 'demo')
for base, _, files in os.walk(demo):
    for name, sel in (('campaign.json', 0), ('recipients.csv', 1), ('events.csv', 2)):
        if name in files:
            put('fuzz_campaign_files', bytes([sel]) + open(os.path.join(base, name), 'rb').read(), 8192)
put('fuzz_campaign_files', b'\x00{"name": "x", "sender": "a@b.c", "year": 2026, "timezone": "Europe/Berlin", "retry_window_hours": 30, "max_attempts": 4}')
put('fuzz_campaign_files', b'\x01email,status\na@b.c,Active\n"x,y"@b.c,Opt-out\n')
put('fuzz_campaign_files', b'\x02email,event,timestamp\na@b.c,open,2026-03-15T10:00:00Z\n')

# CSV cells (NUL separates cells).
for cells in ([b'=1+1', b'a;=b'], [b'-info@example.org', b'+1'], [b'\t\r\n', b'"q"'], [b"'=x", b' @y'],
              [b'550 5.1.1 user unavailable;=cmd|\'/C calc\'!A0;x'], ['\uff1d1'.encode()]):
    put('fuzz_csv_writer', b'\0'.join(cells))
PY
for d in "$out"/*/; do echo "$(ls "$d" | wc -l) seeds in $d"; done
