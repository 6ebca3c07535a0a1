#!/usr/bin/env python3
"""Extracts the Diagnostic-Code lines of the Sisimai sample bounces into test rows.

Run once from the repository root:
    python3 tests/classify/data/extract_sisimai.py ../shared/corpus/sisimai > /tmp/sisimai.tsv
and merge the rows into replies.tsv. Expected class comes from Sisimai's reason through
the README's reason->class table; the stage is only expected where the text itself names
it (Sisimai also reads other parts of the mail); the ISP only where the recipient domain or
the Remote-MTA names one. Nothing here looks at file names except to cite the source.
"""
import csv
import email
import email.policy
import re
import sys
from pathlib import Path

CLASS_OF = {}
for cls, reasons in {
    "hard": "userunknown hostunknown hasmoved notaccept suspend norelaying",
    "soft": "mailboxfull expired toomanyconn systemerror systemfull networkerror speeding ratelimited "
            "exceedlimit mesgtoobig emailtoolarge syntaxerror mailererror failedstarttls",
    "spam": "spamdetected blocked rejected filtered policyviolation badreputation virusdetected "
            "contenterror securityerror authfailure requireptr notcompliantrfc",
    "complaint": "feedback", "auto_reply": "vacation", "delivered": "delivered",
    "unknown": "undefined onhold",
}.items():
    for reason in reasons.split():
        CLASS_OF[reason] = cls


def dsn_blocks(message):
    for part in message.walk():
        if part.get_content_type() != "message/delivery-status":
            continue
        payload = part.get_payload()
        if isinstance(payload, list):  # parsed into header blocks
            for block in payload[1:]:
                yield dict((k.lower(), str(v)) for k, v in block.items())
        else:
            text = payload if isinstance(payload, str) else payload.decode("utf-8", "replace")
            for chunk in re.split(r"\n\s*\n", text.replace("\r", ""))[1:]:
                fields, key = {}, None
                for line in chunk.split("\n"):
                    if line[:1] in (" ", "\t") and key:
                        fields[key] += " " + line.strip()
                    elif ":" in line:
                        key, value = line.split(":", 1)
                        key = key.strip().lower()
                        fields[key] = value.strip()
                yield fields


def clean(value):
    value = re.sub(r"^\s*(?:smtp|x-[\w-]+|mail|x-unix|rfc822|dns)\s*;\s*", "", value, flags=re.I)
    return re.sub(r"\s+", " ", value).strip()


def main(root):
    root = Path(root)
    expected = {}
    with open(root / "expected.tsv", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            expected.setdefault((row["file"], row["recipient"].lower()), row)
    seen = set()
    for path in sorted((root / "eml").glob("*.eml")):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.compat32)
        for block in dsn_blocks(message):
            diagnostic = clean(block.get("diagnostic-code", ""))
            recipient = clean(block.get("final-recipient", block.get("original-recipient", "")))
            recipient = recipient.strip("<>").lower()
            row = expected.get((path.name, recipient))
            if not diagnostic or not row or (diagnostic, recipient) in seen:
                continue
            seen.add((diagnostic, recipient))
            relay = clean(block.get("remote-mta", ""))
            print("\t".join([diagnostic, CLASS_OF.get(row["reason"], "unknown"), row["reason"],
                             "*", "*", recipient, relay, "sisimai:" + path.name]))


if __name__ == "__main__":
    main(sys.argv[1])
