#pragma once

#include "report/MessageRows.h"

#include <QWidget>

class QChartView;

namespace deliverboard::ui {

// Deliveries, deferrals and bounces per time bucket over the campaign's retry window, as
// three lines on a time axis. Hovering a point shows the bucket's figures.
class TimelineChart : public QWidget {
    Q_OBJECT
public:
    explicit TimelineChart(QWidget* parent = nullptr);

    // The bucket size for a span of attempts: 15 minutes up to 2 hours, so that the chart
    // has at most about 72 buckets (longer spans keep 2-hour buckets).
    static qint64 bucketSecondsFor(qint64 spanSeconds);

    // `buckets` may leave out empty buckets; they are drawn as zero.
    void setBuckets(const QList<TimelineBucket>& buckets, qint64 bucketSeconds);
    int bucketCount() const { return static_cast<int>(m_buckets.size()); }
    qint64 bucketSeconds() const { return m_bucketSeconds; }

private:
    QString tooltipFor(int index) const;

    QChartView* m_view = nullptr;
    QList<TimelineBucket> m_buckets; // dense, one per bucket
    qint64 m_bucketSeconds = 0;
};

} // namespace deliverboard::ui
