#include "PlannerStatistics.h"

#include "Database.h"
#include "ImportWriter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace deliverboard {

namespace {
// What the last analysis saw, kept in store_settings: "<campaigns> <deliveries>".
const QString kKey = QStringLiteral("planner_statistics");

// Every table with an index that leads with campaign_id. `attempts` is left out: its one
// index leads with delivery_id, whose statistics do not change with the number of
// campaigns, and it is the largest table.
const QStringList kTables = {QStringLiteral("deliveries"),    QStringLiteral("messages"),
                             QStringLiteral("audience"),      QStringLiteral("events"),
                             QStringLiteral("returned_mail"), QStringLiteral("delivery_groups")};

bool changedByHalf(qint64 before, qint64 now) {
    return now * 2 < before || now * 2 > before * 3;
}
} // namespace

PlannerStatistics::PlannerStatistics(QSqlDatabase db)
    : m_db(std::move(db)) {}

bool PlannerStatistics::refresh() {
    m_analysed = false;
    QSqlQuery q(m_db);
    const auto number = [&](const QString& sql) -> std::optional<qint64> {
        if (!q.exec(sql)) {
            m_error = q.lastError().text();
            return std::nullopt;
        }
        return q.next() ? q.value(0).toLongLong() : 0;
    };
    const auto campaigns = number(QStringLiteral("SELECT COUNT(*) FROM campaigns"));
    // Ids are handed out in order, so their span is the row count without a scan (a
    // removed campaign leaves a gap, but then the campaign count differs).
    const auto deliveries =
        number(QStringLiteral("SELECT COALESCE(MAX(id) - MIN(id) + 1, 0) FROM deliveries"));
    if (!campaigns || !deliveries)
        return false;
    if (!q.exec(QStringLiteral("SELECT value FROM store_settings WHERE key = '%1'").arg(kKey))) {
        m_error = q.lastError().text();
        return false;
    }
    const QStringList seen =
        q.next() ? q.value(0).toString().split(QLatin1Char(' ')) : QStringList();
    q.finish();
    if (seen.size() == 2 && seen.at(0).toLongLong() == *campaigns &&
        !changedByHalf(seen.at(1).toLongLong(), *deliveries))
        return true;
    for (const QString& table : kTables)
        if (!execSql(m_db, QStringLiteral("ANALYZE %1").arg(table), &m_error))
            return false;
    q.prepare(QStringLiteral("INSERT INTO store_settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(kKey);
    q.addBindValue(QStringLiteral("%1 %2").arg(*campaigns).arg(*deliveries));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    m_analysed = true;
    return true;
}

// The import sink's step after an import, defined here beside the statistics it refreshes
// (ImportWriter.cpp keeps only the writes).
void ImportWriter::refreshPlannerStatistics() {
    PlannerStatistics statistics(m_db);
    statistics.refresh();
    execSql(m_db, QStringLiteral("PRAGMA optimize"));
}

} // namespace deliverboard
