#pragma once

#include "common/ReportContext.h"
#include "report/CampaignReport.h"
#include "store/ReportQueries.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

namespace deliverboard::ui {

class AsOfControl;
class ErrorCodesTable;
class IspBarsChart;
class OutcomeDonut;
class StageFunnelChart;
class Tile;
class TimelineChart;

// The Response page of one campaign: tiles, charts and the error-code table. The report
// is computed by the core on a worker thread with its own connection; every click on a
// figure asks for the drill-down filtered to it.
class DashboardView : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(QWidget* parent = nullptr);
    ~DashboardView() override;

    // Loads the campaign's report for the policy chosen in the "As of" control.
    void showCampaign(const QString& storePath, const CampaignInfo& campaign);
    void refresh();
    void clear();
    bool isLoading() const { return m_watcher.isRunning(); }

    const CampaignReport& report() const { return m_report; }
    const ReportContext& context() const { return m_context; }
    // Tile ids: sent, delivered, in_progress, soft, hard, spam, complaints, auto_replies,
    // skipped, not_attempted.
    Tile* tile(const QString& id) const { return m_tiles.value(id); }
    TimelineChart* timeline() const { return m_timeline; }
    QLabel* engagementLabel() const { return m_engagement; }
    // Visible when returned mail matched no recipient; a click lists that mail.
    QPushButton* unmatchedButton() const { return m_unmatched; }

Q_SIGNALS:
    void reportReady();
    void filterRequested(const deliverboard::MessageFilter& filter);
    void audienceRequested(deliverboard::ReportQueries::AudienceGroup group);
    void unmatchedReturnedMailRequested();

private:
    struct Loaded {
        ReportContext context;
        CampaignReport report;
        QList<TimelineBucket> timeline;
        qint64 bucketSeconds = 0;
        QString error;
    };
    void showReport(const Loaded& loaded);
    Tile* addTile(const QString& id, const QString& caption, const QColor& accent);
    void requestOutcome(const QList<Outcome>& outcomes);

    QHash<QString, Tile*> m_tiles;
    QList<Tile*> m_tileOrder;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    AsOfControl* m_asOf = nullptr;
    OutcomeDonut* m_donut = nullptr;
    IspBarsChart* m_ispBars = nullptr;
    StageFunnelChart* m_funnel = nullptr;
    ErrorCodesTable* m_codes = nullptr;
    TimelineChart* m_timeline = nullptr;
    QLabel* m_engagement = nullptr;
    QPushButton* m_unmatched = nullptr;
    QFutureWatcher<Loaded> m_watcher;
    ReportContext m_context;
    CampaignReport m_report;
    int m_generation = 0;
};

} // namespace deliverboard::ui
