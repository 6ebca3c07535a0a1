#include "Migrations.h"

namespace deliverboard {

namespace {

// Version 1: campaigns, source files with resume state, queued messages, one delivery
// per (message, recipient) with the summary the outcome is computed from, and every
// attempt. Times are milliseconds since the epoch, UTC.
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE campaigns (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            folder TEXT,
            sender_filter TEXT,
            year INTEGER,
            timezone TEXT,
            retry_window_hours REAL NOT NULL DEFAULT 30,
            max_attempts INTEGER NOT NULL DEFAULT 4,
            first_month INTEGER,
            newest_log_at INTEGER,
            imported_at INTEGER))"),
        QStringLiteral(R"(CREATE TABLE source_files (
            id INTEGER PRIMARY KEY,
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            kind TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            fingerprint_length INTEGER NOT NULL,
            consumed_bytes INTEGER NOT NULL DEFAULT 0,
            consumed_lines INTEGER NOT NULL DEFAULT 0,
            file_size INTEGER NOT NULL DEFAULT 0,
            lines_used INTEGER NOT NULL DEFAULT 0,
            lines_skipped INTEGER NOT NULL DEFAULT 0,
            last_error TEXT))"),
        QStringLiteral("CREATE INDEX source_files_campaign ON source_files(campaign_id)"),
        QStringLiteral(R"(CREATE TABLE import_problems (
            id INTEGER PRIMARY KEY,
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            line_no INTEGER,
            message TEXT NOT NULL,
            excerpt TEXT,
            logged_at INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX import_problems_campaign ON import_problems(campaign_id)"),
        QStringLiteral(R"(CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            queue_key TEXT NOT NULL,
            queue_id TEXT NOT NULL,
            message_id TEXT,
            sender TEXT,
            sender_known INTEGER NOT NULL DEFAULT 0,
            size INTEGER,
            nrcpt INTEGER,
            first_seen_at INTEGER,
            in_campaign INTEGER NOT NULL DEFAULT 1,
            closed INTEGER NOT NULL DEFAULT 0,
            admin_removed INTEGER NOT NULL DEFAULT 0,
            expired_at INTEGER))"),
        // Only open queue entries are looked up when an import resumes.
        QStringLiteral("CREATE INDEX messages_open ON messages(campaign_id, queue_key) WHERE closed = 0"),
        QStringLiteral(R"(CREATE TABLE deliveries (
            id INTEGER PRIMARY KEY,
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            recipient TEXT NOT NULL,
            domain TEXT NOT NULL,
            original_recipient TEXT,
            isp TEXT NOT NULL DEFAULT 'other',
            attempts INTEGER NOT NULL DEFAULT 0,
            first_attempt_at INTEGER,
            last_attempt_at INTEGER,
            final_status TEXT NOT NULL DEFAULT 'deferred',
            class TEXT,
            reason TEXT,
            stage TEXT,
            code TEXT,
            enhanced TEXT,
            blame TEXT,
            rule TEXT,
            reply TEXT,
            relay TEXT))"),
        QStringLiteral("CREATE INDEX deliveries_campaign_status ON deliveries(campaign_id, final_status, class)"),
        QStringLiteral("CREATE INDEX deliveries_campaign_isp ON deliveries(campaign_id, isp, recipient)"),
        QStringLiteral("CREATE INDEX deliveries_campaign_recipient ON deliveries(campaign_id, recipient)"),
        // Drill-down sorted by attempts or by time starts reading at once, at any size.
        QStringLiteral("CREATE INDEX deliveries_campaign_attempts ON deliveries(campaign_id, attempts)"),
        QStringLiteral("CREATE INDEX deliveries_campaign_last ON deliveries(campaign_id, last_attempt_at)"),
        QStringLiteral("CREATE INDEX deliveries_message ON deliveries(message_id)"),
        QStringLiteral(R"(CREATE TABLE attempts (
            id INTEGER PRIMARY KEY,
            delivery_id INTEGER NOT NULL REFERENCES deliveries(id) ON DELETE CASCADE,
            at INTEGER NOT NULL,
            status TEXT NOT NULL,
            network INTEGER NOT NULL,
            relay_host TEXT,
            relay_ip TEXT,
            relay_port INTEGER,
            code TEXT,
            enhanced TEXT,
            dsn TEXT,
            reply TEXT,
            stage TEXT,
            class TEXT,
            reason TEXT,
            isp TEXT,
            blame TEXT,
            rule TEXT,
            source_file_id INTEGER REFERENCES source_files(id) ON DELETE SET NULL,
            line_no INTEGER,
            raw TEXT))"),
        // Covers the timeline (status and network by time) as well as the history lookup.
        QStringLiteral("CREATE INDEX attempts_delivery ON attempts(delivery_id, at, status, network)"),
        QStringLiteral(R"(CREATE TABLE audience (
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            email TEXT NOT NULL,
            status TEXT NOT NULL,
            PRIMARY KEY (campaign_id, email)) WITHOUT ROWID)"),
    };
}

// Version 2: engagement events (events.csv) and returned mail (DSNs, ARF complaints,
// auto-replies), linked to the delivery they are about when it could be found.
QStringList version2()
{
    return {
        QStringLiteral(R"(CREATE TABLE events (
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            email TEXT NOT NULL,
            event TEXT NOT NULL,
            at INTEGER))"),
        QStringLiteral("CREATE INDEX events_campaign ON events(campaign_id, event, email)"),
        QStringLiteral(R"(CREATE TABLE returned_mail (
            id INTEGER PRIMARY KEY,
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            recipient TEXT,
            kind TEXT,
            class TEXT NOT NULL,
            reason TEXT,
            stage TEXT,
            code TEXT,
            enhanced TEXT,
            isp TEXT,
            diagnostic TEXT,
            original_message_id TEXT,
            delivery_id INTEGER REFERENCES deliveries(id) ON DELETE SET NULL))"),
        QStringLiteral("CREATE INDEX returned_mail_campaign ON returned_mail(campaign_id, class)"),
        QStringLiteral("CREATE INDEX returned_mail_delivery ON returned_mail(delivery_id)"),
        QStringLiteral("CREATE INDEX messages_message_id ON messages(campaign_id, message_id)"),
        // Covers every column the report and the outcome filter read, so a million-row
        // campaign is aggregated from the index instead of the wide table rows.
        QStringLiteral("CREATE INDEX deliveries_report ON deliveries(campaign_id, isp, final_status, class, "
                       "attempts, first_attempt_at, code, enhanced, reason, stage)"),
    };
}

// Version 3: the DSN action of returned mail, so a delay warning ("delayed") is told
// apart from a final failure report wherever the mail is shown; one recipient's
// engagement is read by address.
QStringList version3()
{
    return {QStringLiteral("ALTER TABLE returned_mail ADD COLUMN action TEXT"),
            QStringLiteral("CREATE INDEX events_recipient ON events(campaign_id, email)")};
}

// Version 4: manual status actions (contract section 7): an address reactivated or
// suppressed by hand, with a note and the time. Store-wide, not per campaign, so that
// removing or re-importing a campaign keeps them; every status evaluation replays them.
QStringList statusActionsStep()
{
    return {QStringLiteral(R"(CREATE TABLE status_actions (
            id INTEGER PRIMARY KEY,
            email TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('reactivate', 'suppress')),
            note TEXT NOT NULL DEFAULT '',
            at INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX status_actions_email ON status_actions(email, at)")};
}

// Drops an index no query uses: no statement filters deliveries by final_status alone
// (outcomes come from ReportQueries' outcome expression, read from deliveries_report),
// and every delivery row written paid for one more b-tree insert (EXPLAIN QUERY PLAN of
// the report, the drill-down filters and the status policy: none picks it).
QStringList unusedIndexStep()
{
    return {QStringLiteral("DROP INDEX IF EXISTS deliveries_campaign_status")};
}

// Precomputed report figures per campaign (ReportSummary explains them). Empty after the
// upgrade: a campaign's report is computed from its deliveries until its next import.
QStringList reportSummaryStep()
{
    return {QStringLiteral(R"(CREATE TABLE delivery_groups (
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            isp TEXT,
            final_status TEXT,
            class TEXT,
            code TEXT,
            enhanced TEXT,
            reason TEXT,
            stage TEXT,
            attempts INTEGER,
            first_attempt_at INTEGER,
            n INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX delivery_groups_campaign ON delivery_groups(campaign_id)"),
            // Attempts per minute for the dashboard's timeline.
            QStringLiteral(R"(CREATE TABLE attempt_minutes (
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            minute INTEGER NOT NULL,
            sent INTEGER NOT NULL,
            deferred INTEGER NOT NULL,
            failed INTEGER NOT NULL,
            PRIMARY KEY (campaign_id, minute)) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE campaign_figures (
            campaign_id INTEGER PRIMARY KEY REFERENCES campaigns(id) ON DELETE CASCADE,
            skipped INTEGER NOT NULL,
            not_attempted INTEGER NOT NULL,
            complaints INTEGER NOT NULL,
            auto_replies INTEGER NOT NULL,
            opened INTEGER NOT NULL,
            clicked INTEGER NOT NULL,
            unsubscribed INTEGER NOT NULL,
            unmatched_returned_mail INTEGER NOT NULL))")};
}

// Settings that change figures live in the store, so that the GUI and the CLI on one store
// print the same numbers: store-wide key/value settings (the report limits that override
// every campaign.json, the inactivity threshold), per-campaign limit overrides (dropped
// with their campaign), and the status preset as a history of choices (the newest row is
// the one in force; deleting it undoes the last change). A preset row holds a built-in
// preset's id or a custom preset's whole JSON, so the store is self-contained.
QStringList storeSettingsStep()
{
    return {QStringLiteral(R"(CREATE TABLE store_settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL) WITHOUT ROWID)"),
            QStringLiteral(R"(CREATE TABLE campaign_limits (
            campaign_id INTEGER PRIMARY KEY REFERENCES campaigns(id) ON DELETE CASCADE,
            retry_window_hours REAL,
            max_attempts INTEGER))"),
            QStringLiteral(R"(CREATE TABLE preset_history (
            id INTEGER PRIMARY KEY,
            builtin_id TEXT,
            custom_json TEXT,
            applied_at INTEGER NOT NULL,
            CHECK ((builtin_id IS NULL) <> (custom_json IS NULL))))")};
}

// Every address once, with an integer id that the deliveries, audience and events rows
// carry: the status evaluation of a million addresses over many campaigns then indexes an
// array by id instead of hashing and comparing text for each of its tens of millions of
// rows. Complaint (returned mail) and manual-action addresses are listed too, so that
// every address the evaluation meets has an id. No foreign key: addresses are never
// deleted (a removed campaign's addresses stay, unused), and every delivery written would
// pay for the check. The columns stay NULL-able (ALTER TABLE cannot add NOT NULL); every
// writer sets them, and the evaluation reads a NULL as "look the text up".
QStringList addressIdsStep()
{
    return {QStringLiteral(R"(CREATE TABLE addresses (
            id INTEGER PRIMARY KEY,
            email TEXT NOT NULL UNIQUE))"),
            QStringLiteral("INSERT OR IGNORE INTO addresses (email) SELECT recipient FROM deliveries "
                           "ORDER BY id"),
            QStringLiteral("INSERT OR IGNORE INTO addresses (email) SELECT email FROM audience"),
            QStringLiteral("INSERT OR IGNORE INTO addresses (email) SELECT email FROM events"),
            QStringLiteral("INSERT OR IGNORE INTO addresses (email) SELECT recipient FROM "
                           "returned_mail WHERE recipient IS NOT NULL"),
            QStringLiteral("INSERT OR IGNORE INTO addresses (email) SELECT email FROM status_actions"),
            QStringLiteral("ALTER TABLE deliveries ADD COLUMN address_id INTEGER"),
            QStringLiteral("UPDATE deliveries SET address_id = (SELECT a.id FROM addresses a WHERE "
                           "a.email = deliveries.recipient)"),
            QStringLiteral("ALTER TABLE audience ADD COLUMN address_id INTEGER"),
            QStringLiteral("UPDATE audience SET address_id = (SELECT a.id FROM addresses a WHERE "
                           "a.email = audience.email)"),
            QStringLiteral("ALTER TABLE events ADD COLUMN address_id INTEGER"),
            QStringLiteral("UPDATE events SET address_id = (SELECT a.id FROM addresses a WHERE "
                           "a.email = events.email)"),
            // The report's covering index also covers the status evaluation (the time of
            // the last attempt, the blame and the address): a campaign's outcomes are read
            // from the narrow index, not from the wide delivery rows. Rebuilt after the
            // UPDATE, so that the UPDATE did not maintain it row by row.
            QStringLiteral("DROP INDEX deliveries_report"),
            QStringLiteral("CREATE INDEX deliveries_report ON deliveries(campaign_id, isp, "
                           "final_status, class, attempts, first_attempt_at, code, enhanced, "
                           "reason, stage, last_attempt_at, blame, address_id)"),
            // Rows without an id (none, unless written by something else than the importer)
            // are found without a scan; the index stays empty and costs nothing to keep.
            QStringLiteral("CREATE INDEX deliveries_without_address ON deliveries(campaign_id) "
                           "WHERE address_id IS NULL"),
            // A campaign's first attempt (its send order, its report's start) kept by the
            // importer, which only ever adds attempts: at a million deliveries the MIN over
            // the campaign's index took 0.1 s on every listing of the campaigns.
            QStringLiteral("ALTER TABLE campaigns ADD COLUMN first_attempt_at INTEGER"),
            QStringLiteral("UPDATE campaigns SET first_attempt_at = (SELECT MIN(d.first_attempt_at) "
                           "FROM deliveries d WHERE d.campaign_id = campaigns.id)"),
            // Opens and clicks by address id, from the index alone.
            QStringLiteral("DROP INDEX events_campaign"),
            QStringLiteral("CREATE INDEX events_campaign ON events(campaign_id, event, email, "
                           "address_id)")};
}

// The report's deliveries still deferred, counted so that any retry limits and "as of" apply
// to them with a few hundred index seeks instead of one summary row per delivery (issue 10:
// at 1M recipients the summary held 41k groups, one per queued delivery, and report --json
// took 0.31 s). A partition is the deliveries still deferred with the same report columns
// and number of attempts; its times list each first attempt time with the running count of
// the partition's deliveries up to it, so "how many were first attempted at or before the
// window start" is one seek (ReportQueries::deferredGroups). delivery_groups keeps the
// settled groups only. Campaigns with a summary get their partitions here; the statements
// are those of ReportSummary::rebuild, repeated because a step is never edited later.
// The tables are created only if missing: tests take this step back and forth.
QStringList reportPartitionsStep() {
    const QString deferred = QStringLiteral("final_status NOT IN ('sent', 'bounced', 'expired')");
    return {QStringLiteral(R"(CREATE TABLE IF NOT EXISTS deferred_partitions (
            id INTEGER PRIMARY KEY,
            campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
            isp TEXT NOT NULL,
            code TEXT NOT NULL,
            enhanced TEXT NOT NULL,
            reason TEXT NOT NULL,
            stage TEXT NOT NULL,
            attempts INTEGER NOT NULL,
            total INTEGER NOT NULL))"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS deferred_partitions_campaign ON "
                           "deferred_partitions(campaign_id)"),
            QStringLiteral(R"(CREATE TABLE IF NOT EXISTS deferred_times (
            partition_id INTEGER NOT NULL REFERENCES deferred_partitions(id) ON DELETE CASCADE,
            first_attempt_at INTEGER NOT NULL,
            running INTEGER NOT NULL,
            PRIMARY KEY (partition_id, first_attempt_at)) WITHOUT ROWID)"),
            QStringLiteral("DELETE FROM deferred_times"),
            QStringLiteral("DELETE FROM deferred_partitions"),
            QStringLiteral("INSERT INTO deferred_partitions (campaign_id, isp, code, enhanced, "
                           "reason, stage, attempts, total) "
                           "SELECT campaign_id, isp, COALESCE(code, ''), COALESCE(enhanced, ''), "
                           "COALESCE(reason, ''), COALESCE(stage, 'unknown'), attempts, COUNT(*) "
                           "FROM deliveries WHERE campaign_id IN (SELECT campaign_id FROM "
                           "campaign_figures) AND %1 GROUP BY 1, 2, 3, 4, 5, 6, 7")
                .arg(deferred),
            QStringLiteral("INSERT INTO deferred_times (partition_id, first_attempt_at, running) "
                           "SELECT p.id, t.first_attempt_at, SUM(t.n) OVER (PARTITION BY p.id "
                           "ORDER BY t.first_attempt_at) FROM (SELECT campaign_id, isp, "
                           "COALESCE(code, '') AS code, COALESCE(enhanced, '') AS enhanced, "
                           "COALESCE(reason, '') AS reason, COALESCE(stage, 'unknown') AS stage, "
                           "attempts, first_attempt_at, COUNT(*) AS n FROM deliveries WHERE "
                           "campaign_id IN (SELECT campaign_id FROM campaign_figures) AND %1 AND "
                           "first_attempt_at IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8) t "
                           "JOIN deferred_partitions p ON p.campaign_id = t.campaign_id AND "
                           "p.isp = t.isp AND p.code = t.code AND p.enhanced = t.enhanced AND "
                           "p.reason = t.reason AND p.stage = t.stage AND p.attempts = t.attempts")
                .arg(deferred),
            QStringLiteral("DELETE FROM delivery_groups WHERE attempts IS NOT NULL OR "
                           "first_attempt_at IS NOT NULL"),
            // The drill-down's outcome filters: a delivery's outcome when it no longer
            // depends on the policy, else 'deferred' (ReportQueries' settledRanges), then
            // the default order (recipient, then id: without the id SQLite sorts), the two
            // columns the policy reads for deferred ones and the ISP (the dashboard's
            // "hard bounces at Gmail"), so a filtered page in recipient order is an index
            // range and a count reads the index alone.
            QStringLiteral("CREATE INDEX IF NOT EXISTS deliveries_settled ON deliveries("
                           "campaign_id, %1, recipient, id, attempts, first_attempt_at, isp)")
                .arg(settledOutcomeSql()),
            // Its statistics now, not at the next import that re-analyses (PlannerStatistics):
            // without them SQLite guesses how many rows an outcome has.
            QStringLiteral("ANALYZE deliveries_settled")};
}

// Version 10: the texts of attempts (raw line, relay, reply, verdict) in compressed blocks
// (AttemptTexts, TextBlock) instead of columns of each row, for a store half the size
// (issue 10). An attempt row names its block and where its texts start; rows written
// before keep their columns, which stay readable. A block holds texts of one campaign and
// goes with it; attempts name a block before it is written (it is stored at the end of the
// transaction), so there is no foreign key. AUTOINCREMENT: a removed campaign's block ids
// are not given to new blocks, so readers may cache blocks by id (AttemptTextCache).
QStringList attemptTextBlocksStep()
{
    return {QStringLiteral(R"(CREATE TABLE text_blocks (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
                size INTEGER NOT NULL,
                texts BLOB NOT NULL))"),
            QStringLiteral("CREATE INDEX text_blocks_campaign ON text_blocks(campaign_id)"),
            QStringLiteral("ALTER TABLE attempts ADD COLUMN text_block INTEGER"),
            QStringLiteral("ALTER TABLE attempts ADD COLUMN text_index INTEGER")};
}

// Version 11: what a bounce after acceptance takes from its returned mail, kept with it:
// when the mail says the failure happened, the MTA that reported it and the message's
// place in its file. When a later import's log lines turn a delivery to 'sent' after its
// failure report was read (the mail came in before the log line), the bounce is applied
// then, as an import of everything at once applies it (ReturnedMailImporter::
// applyLateBounces). Rows written before this step have NULL there.
QStringList returnedMailDetailsStep()
{
    return {QStringLiteral("ALTER TABLE returned_mail ADD COLUMN reported_at INTEGER"),
            QStringLiteral("ALTER TABLE returned_mail ADD COLUMN remote_mta TEXT"),
            QStringLiteral("ALTER TABLE returned_mail ADD COLUMN message_index INTEGER")};
}

} // namespace

QString settledOutcomeSql(const QString& alias) {
    // The index names no table; a query qualifies the columns with its alias, which SQLite
    // resolves to the same columns: the expressions are then the same tree and match.
    const QString p = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    return QStringLiteral("(CASE WHEN %1final_status = 'sent' THEN 'delivered' "
                          "WHEN %1final_status = 'bounced' THEN "
                          "(CASE WHEN %1class = 'spam' THEN 'spam' WHEN %1class IN ('soft', "
                          "'greylist') THEN 'soft' ELSE 'hard' END) "
                          "WHEN %1final_status = 'expired' THEN 'soft' "
                          "ELSE 'deferred' END)")
        .arg(p);
}

const std::vector<QStringList>& migrationSteps()
{
    static const std::vector<QStringList> steps{
        version1(),          version2(),        version3(),
        statusActionsStep(), unusedIndexStep(), reportSummaryStep(),
        storeSettingsStep(), addressIdsStep(),  reportPartitionsStep(),
        attemptTextBlocksStep(), returnedMailDetailsStep()};
    return steps;
}

} // namespace deliverboard
