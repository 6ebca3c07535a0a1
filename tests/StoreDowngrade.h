#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// Takes back schema step 9 (attempt texts in compressed blocks): the blocks and the
// attempts' references to them go, so a test can then take back step 8 or mark the store
// as step 8.
inline bool dropAttemptTextBlocks(const QSqlDatabase& db) {
    for (const char* sql : {"DROP TABLE text_blocks", "ALTER TABLE attempts DROP COLUMN text_block",
                            "ALTER TABLE attempts DROP COLUMN text_index"})
        if (!QSqlQuery(db).exec(QString::fromLatin1(sql)))
            return false;
    return true;
}

// Takes back schema steps 9 and 8 (address ids) on a test store, so that a test can make a store
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
