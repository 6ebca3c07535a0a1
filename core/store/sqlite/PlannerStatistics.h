#pragma once

#include <QSqlDatabase>
#include <QString>

namespace deliverboard {

// Keeps SQLite's planner statistics (sqlite_stat1) true to the store's shape.
//
// Why: statistics taken while a store holds one campaign say that `campaign_id = ?` matches
// every row, so after a second campaign is imported the planner scans every campaign's rows
// for each per-campaign query that no index covers (the status evaluation, drill-down pages,
// exports). Reading one campaign of ten (100k deliveries each) took 2-3x as long that way.
// `PRAGMA optimize` re-analyses only tables it judges to have grown a lot; with SQLite 3.40 it
// left the statistics alone when a second campaign doubled the table.
//
// refresh() re-analyses the tables whose indexes lead with campaign_id when the number of
// campaigns or the number of deliveries changed by half or more since the last analysis,
// and does nothing otherwise, so an unchanged or small incremental import stays cheap.
class PlannerStatistics {
public:
    explicit PlannerStatistics(QSqlDatabase db);

    // False (with errorString()) on an SQL error; analysed() says whether it ran ANALYZE.
    bool refresh();
    bool analysed() const { return m_analysed; }
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
    bool m_analysed = false;
};

} // namespace deliverboard
