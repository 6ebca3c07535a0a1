#include "TimelineChart.h"

#include "ChartStyle.h"
#include "common/Labels.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

namespace deliverboard::ui {

TimelineChart::TimelineChart(QWidget* parent)
    : QWidget(parent) {
    m_view = charts::makeChartView(this);
    m_view->setMinimumHeight(260);
    m_view->chart()->setTitle(tr("Attempts over time"));
    m_view->chart()->legend()->setAlignment(Qt::AlignBottom);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    setBuckets({}, 0);
}

qint64 TimelineChart::bucketSecondsFor(qint64 spanSeconds) {
    static const qint64 sizes[] = {15 * 60, 30 * 60, 60 * 60, 2 * 60 * 60};
    for (qint64 size : sizes) {
        if (spanSeconds / size <= 72)
            return size;
    }
    return sizes[3];
}

QString TimelineChart::tooltipFor(int index) const {
    if (index < 0 || index >= m_buckets.size())
        return {};
    const QLocale locale;
    const TimelineBucket& b = m_buckets[index];
    const QDateTime from = b.start.toLocalTime();
    const QDateTime to = from.addSecs(m_bucketSeconds);
    return tr("%1 – %2\nDelivered: %3\nDeferred: %4\nBounced: %5")
        .arg(locale.toString(from, QLocale::ShortFormat),
             locale.toString(to.time(), QLocale::ShortFormat), locale.toString(b.delivered),
             locale.toString(b.deferred), locale.toString(b.bounced));
}

void TimelineChart::setBuckets(const QList<TimelineBucket>& buckets, qint64 bucketSeconds) {
    QChart* chart = m_view->chart();
    charts::clearChart(chart);
    m_buckets.clear();
    m_bucketSeconds = bucketSeconds;
    if (bucketSeconds > 0 && !buckets.isEmpty()) {
        // Dense buckets from the first to the last one with attempts.
        const qint64 step = bucketSeconds * 1000;
        const qint64 first = buckets.first().start.toMSecsSinceEpoch();
        const qint64 last = buckets.last().start.toMSecsSinceEpoch();
        int next = 0;
        for (qint64 at = first; at <= last; at += step) {
            if (next < buckets.size() && buckets[next].start.toMSecsSinceEpoch() == at) {
                m_buckets.append(buckets[next++]);
            } else {
                TimelineBucket empty;
                empty.start = QDateTime::fromMSecsSinceEpoch(at, Qt::UTC);
                m_buckets.append(empty);
            }
        }
    }

    struct Line {
        QString name;
        QColor color;
        qint64 TimelineBucket::*field;
    };
    const Line lines[] = {
        {tr("Delivered"), Labels::outcomeColor(Outcome::Delivered), &TimelineBucket::delivered},
        {tr("Deferred"), Labels::outcomeColor(Outcome::InProgress), &TimelineBucket::deferred},
        {tr("Bounced"), Labels::outcomeColor(Outcome::Hard), &TimelineBucket::bounced}};
    auto* timeAxis = new QDateTimeAxis();
    timeAxis->setFormat(QStringLiteral("HH:mm")); // minutes are the finest bucket
    auto* countAxis = new QValueAxis();
    countAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(timeAxis, Qt::AlignBottom);
    chart->addAxis(countAxis, Qt::AlignLeft);
    qint64 maxCount = 1;
    for (const Line& line : lines) {
        auto* series = new QLineSeries();
        series->setName(line.name);
        QPen pen(line.color);
        pen.setWidthF(2);
        series->setPen(pen);
        series->setColor(line.color);
        series->setPointsVisible(m_buckets.size() <= 40);
        for (const TimelineBucket& b : std::as_const(m_buckets)) {
            // A bucket's point sits in its middle.
            const qint64 x = b.start.toMSecsSinceEpoch() + bucketSeconds * 500;
            const qint64 y = b.*(line.field);
            series->append(static_cast<qreal>(x), static_cast<qreal>(y));
            maxCount = qMax(maxCount, y);
        }
        chart->addSeries(series);
        series->attachAxis(timeAxis);
        series->attachAxis(countAxis);
        connect(series, &QLineSeries::hovered, this, [this](const QPointF& point, bool state) {
            if (!state || m_buckets.isEmpty() || m_bucketSeconds <= 0) {
                QToolTip::hideText();
                return;
            }
            const qint64 first = m_buckets.first().start.toMSecsSinceEpoch();
            const int index = static_cast<int>(
                (static_cast<qint64>(point.x()) - first) / (m_bucketSeconds * 1000));
            QToolTip::showText(QCursor::pos(), tooltipFor(index), this);
        });
    }
    if (m_buckets.isEmpty()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        timeAxis->setRange(now.addSecs(-3600), now);
    } else {
        timeAxis->setRange(m_buckets.first().start,
                           m_buckets.last().start.addSecs(bucketSeconds));
        // A date in the labels when the span covers more than a day.
        if (m_buckets.first().start.toLocalTime().date() !=
            m_buckets.last().start.toLocalTime().date())
            timeAxis->setFormat(QStringLiteral("MM-dd HH:mm"));
    }
    timeAxis->setTickCount(7);
    countAxis->setRange(0, static_cast<qreal>(maxCount));
    countAxis->applyNiceNumbers();
    chart->legend()->setVisible(true);
    setToolTip(m_buckets.isEmpty()
                   ? tr("No attempts yet.")
                   : tr("One point per %n minutes; hover a point for its figures.", nullptr,
                        static_cast<int>(bucketSeconds / 60)));
    charts::applyPalette(chart, this);
}

} // namespace deliverboard::ui
