#pragma once

#include <QSqlDatabase>
#include <QString>

namespace deliverboard {

// Precomputed per-campaign figures, so that a report reads a few hundred rows instead of
// aggregating a million deliveries on every call (issue 10: report --json took 3.8 s at
// 1M recipients, the dashboard 5 s).
//
// delivery_groups holds the campaign's settled deliveries (sent, bounced, expired: no
// policy changes their outcome) counted by every column the report reads (ISP, final
// status, class, code, enhanced code, reason, stage). The deliveries still deferred, whose
// outcome depends on the retry limits and the "as of" time, are counted in partitions (the
// report's columns and the attempts) with a running count by first attempt time
// (deferred_partitions, deferred_times), so the report applies any policy exactly with one
// seek per partition. campaign_figures holds the figures no policy changes (audience,
// complaints, auto-replies, engagement, unmatched mail); attempt_minutes the attempts per
// minute the dashboard's timeline sums into its buckets.
//
// A campaign's summary is valid while its campaign_figures row exists: every import that
// changes the campaign deletes the row in the transaction of its first change and rebuilds
// both at its end; until then (a cancelled import, a store from before schema step 6, a
// read-only store) the report is computed from the deliveries, with the same figures.
class ReportSummary {
public:
    explicit ReportSummary(QSqlDatabase db);

    QString errorString() const { return m_error; }

    bool invalidate(qint64 campaignId);
    // Recomputes the summary (call inside a transaction).
    bool rebuild(qint64 campaignId);
    bool isValid(qint64 campaignId);

private:
    QSqlDatabase m_db;
    QString m_error;
};

} // namespace deliverboard
