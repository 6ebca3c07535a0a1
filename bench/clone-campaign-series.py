#!/usr/bin/env python3
"""bench/clone-campaign-series.py STORE K
Turns a store with one imported campaign into a series of K campaigns for benchmarks:
each copy has the same audience, its deliveries shifted by a week per copy and the
recipients rotated (copy k gives row i the recipient of row i + k*stride), so that every
address has a varied history across the series. Deliveries point at the original messages
(only the status policy and reports read the copies). The store must be of schema 8 or later
(address ids): open it once with the current deliverboard-cli first."""
import sqlite3, sys
db, K = sys.argv[1], int(sys.argv[2])
con = sqlite3.connect(db)
con.execute("PRAGMA journal_mode=WAL"); con.execute("PRAGMA synchronous=OFF")
cols = [r[1] for r in con.execute("PRAGMA table_info(deliveries)")]
ccols = [r[1] for r in con.execute("PRAGMA table_info(campaigns)")]
(base,) = con.execute("SELECT MIN(id) FROM campaigns").fetchone()
ids = [r[0] for r in con.execute("SELECT id FROM deliveries WHERE campaign_id=? ORDER BY id", (base,))]
recips = [r[0] for r in con.execute("SELECT recipient FROM deliveries WHERE campaign_id=? ORDER BY id", (base,))]
n = len(ids); stride = 7919
week = 7 * 24 * 3600 * 1000
for k in range(1, K):
    shift = k * week
    sel = ", ".join({"id": "NULL", "name": f"name || ' #{k+1}'", "folder": f"folder || '-{k+1}'",
                     "newest_log_at": f"newest_log_at + {shift}",
                     "first_attempt_at": f"first_attempt_at + {shift}",
                     "imported_at": f"imported_at + {shift}"}.get(c, c) for c in ccols)
    cur = con.execute(f"INSERT INTO campaigns ({', '.join(ccols)}) SELECT {sel} FROM campaigns WHERE id=?", (base,))
    cid = cur.lastrowid
    con.execute("DROP TABLE IF EXISTS temp.m"); con.execute("CREATE TEMP TABLE m (id INTEGER PRIMARY KEY, r TEXT)")
    off = (k * stride) % n
    con.executemany("INSERT INTO m VALUES (?, ?)", ((ids[i], recips[(i + off) % n]) for i in range(n)))
    def expr(c):
        if c == "id": return "NULL"
        if c == "campaign_id": return str(cid)
        if c == "recipient": return "m.r"
        if c == "address_id": return "(SELECT a.id FROM addresses a WHERE a.email = m.r)"
        if c.endswith("_at"): return f"CASE WHEN d.{c} IS NULL THEN NULL ELSE d.{c} + {shift} END"
        return "d." + c
    con.execute(f"INSERT INTO deliveries ({', '.join(cols)}) SELECT {', '.join(expr(c) for c in cols)} "
                f"FROM deliveries d JOIN m ON m.id = d.id WHERE d.campaign_id = ?", (base,))
    con.execute("INSERT INTO audience (campaign_id, email, status, address_id) SELECT ?, email, status, address_id FROM audience WHERE campaign_id=?", (cid, base))
    con.execute("INSERT INTO events (campaign_id, email, event, at, address_id) SELECT ?, email, event, at + ?, address_id FROM events WHERE campaign_id=?", (cid, shift, base))
    con.commit()
    print("campaign", k + 1, "id", cid, flush=True)
con.execute("DELETE FROM campaign_figures") if con.execute("SELECT name FROM sqlite_master WHERE name='campaign_figures'").fetchone() else None
con.commit()
