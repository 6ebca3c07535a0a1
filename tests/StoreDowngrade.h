#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// Takes back schema steps 11 (returned mail's report time, reporting MTA and message index)
// and 10 (attempt texts in compressed blocks): the blocks and the attempts' references to
// them go (with the texts of rows written into blocks), so a test can then take back an
// earlier step or mark the store as step 9.
inline bool dropAttemptTextBlocks(const QSqlDatabase& db) {
    for (const char* sql : {"ALTER TABLE returned_mail DROP COLUMN reported_at",
                            "ALTER TABLE returned_mail DROP COLUMN remote_mta",
                            "ALTER TABLE returned_mail DROP COLUMN message_index",
                            "DROP TABLE text_blocks", "ALTER TABLE attempts DROP COLUMN text_block",
                            "ALTER TABLE attempts DROP COLUMN text_index"})
        if (!QSqlQuery(db).exec(QString::fromLatin1(sql)))
            return false;
    return true;
}

// Takes back schema steps 10 and 8 (address ids) on a test store, so that a test can make a store
// of an earlier release and watch it being migrated: the indexes of step 8 return to their
// earlier columns, and the addresses table, the address_id columns and the campaigns' first
// attempt go (SQLite >= 3.35 drops columns).
inline bool dropAddressIds(const QSqlDatabase& db) {
    if (!dropAttemptTextBlocks(db))
        return false;
    for (const char* sql :
         {"DROP INDEX deliveries_without_address", "DROP INDEX deliveries_report",
          "CREATE INDEX deliveries_report ON deliveries(campaign_id, isp, final_status, class, "
          "attempts, first_attempt_at, code, enhanced, reason, stage)",
          "DROP INDEX events_campaign",
          "CREATE INDEX events_campaign ON events(campaign_id, event, email)",
          "DROP TABLE addresses", "ALTER TABLE deliveries DROP COLUMN address_id",
          "ALTER TABLE audience DROP COLUMN address_id",
          "ALTER TABLE events DROP COLUMN address_id",
          "ALTER TABLE campaigns DROP COLUMN first_attempt_at"})
        if (!QSqlQuery(db).exec(QString::fromLatin1(sql)))
            return false;
    return true;
}

// Takes back schema steps 10 and 9 (the report's deferred partitions and the drill-down's
// index of settled outcomes): the summary's deliveries still deferred return to
// delivery_groups, one group per column values, attempts and first attempt time, as step 6's
// summary kept them.
inline bool dropReportPartitions(const QSqlDatabase& db) {
    if (!dropAttemptTextBlocks(db))
        return false;
    for (const char* sql :
         {"DROP INDEX deliveries_settled", "DROP TABLE deferred_times",
          "DROP TABLE deferred_partitions",
          "INSERT INTO delivery_groups (campaign_id, isp, final_status, class, code, enhanced, "
          "reason, stage, attempts, first_attempt_at, n) SELECT campaign_id, isp, final_status, "
          "class, code, enhanced, reason, stage, attempts, first_attempt_at, COUNT(*) FROM "
          "deliveries WHERE campaign_id IN (SELECT campaign_id FROM campaign_figures) AND "
          "final_status NOT IN ('sent', 'bounced', 'expired') GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, "
          "9, 10",
          "PRAGMA user_version=8"})
        if (!QSqlQuery(db).exec(QString::fromLatin1(sql)))
            return false;
    return true;
}
