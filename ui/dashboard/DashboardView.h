#pragma once

#include "common/ReportContext.h"
#include "report/CampaignReport.h"
#include "store/ReportSource.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;

namespace deliverboard::ui {

class AsOfControl;
class ErrorCodesTable;
class IspBarsChart;
class OutcomeDonut;
class StageFunnelChart;
class Tile;
class TimelineChart;
class WelcomePanel;

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
    // From refresh() until its report is shown (the worker may be done before that).
    bool isLoading() const { return m_loading; }
    // While the first import of a folder runs and nothing of it is sent yet, the welcome
    // panel stays in front and says so; empty when no import runs.
    void setImporting(const QString& folder);
    // The welcome panel is in front: no campaign is open, or the open one has no figures yet.
    bool isShowingWelcome() const;
    WelcomePanel* welcome() const { return m_welcome; }

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
    void audienceRequested(deliverboard::ReportSource::AudienceGroup group);
    void unmatchedReturnedMailRequested();

private:
    struct Loaded {
        ReportContext context;
        CampaignReport report;
        QList<TimelineBucket> timeline;
        qint64 bucketSeconds = 0;
        QString error;
        int generation = 0; // a result of an older request than clear() is dropped
    };
    void showReport(const Loaded& loaded);
    Tile* addTile(const QString& id, const QString& caption, const QColor& accent);
    void requestOutcome(const QList<Outcome>& outcomes);
    void updatePage();

    QStackedWidget* m_pages = nullptr;
    WelcomePanel* m_welcome = nullptr;
    QWidget* m_figuresPage = nullptr;
    QString m_importing;
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
    bool m_loading = false;
};

} // namespace deliverboard::ui
