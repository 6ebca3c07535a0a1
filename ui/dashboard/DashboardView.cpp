#include "DashboardView.h"

#include "AsOfControl.h"
#include "ErrorCodesTable.h"
#include "Tile.h"
#include "charts/IspBarsChart.h"
#include "charts/OutcomeDonut.h"
#include "charts/OutcomeLegend.h"
#include "charts/StageFunnelChart.h"
#include "charts/TimelineChart.h"
#include "common/Labels.h"
#include "store/ReportSource.h"
#include "store/Store.h"
#include "welcome/WelcomePanel.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace deliverboard::ui {

DashboardView::DashboardView(QWidget* parent)
    : QWidget(parent) {
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);

    auto* header = new QHBoxLayout();
    auto* titles = new QVBoxLayout();
    m_title = new QLabel(tr("No campaign open"), content);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(content);
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    m_asOf = new AsOfControl(content);
    header->addWidget(m_asOf, 0, Qt::AlignTop);
    layout->addLayout(header);

    auto* tiles = new QGridLayout();
    tiles->setSpacing(8);
    const QColor neutral = palette().color(QPalette::Highlight);
    const QColor audience(0x80, 0x80, 0x80);
    addTile(QStringLiteral("sent"), tr("Sent"), neutral);
    addTile(QStringLiteral("delivered"), tr("Delivered"), Labels::outcomeColor(Outcome::Delivered));
    addTile(QStringLiteral("in_progress"), tr("In progress"),
            Labels::outcomeColor(Outcome::InProgress));
    addTile(QStringLiteral("soft"), tr("Soft bounces"), Labels::outcomeColor(Outcome::Soft));
    addTile(QStringLiteral("hard"), tr("Hard bounces"), Labels::outcomeColor(Outcome::Hard));
    addTile(QStringLiteral("spam"), tr("Spam blocks"), Labels::outcomeColor(Outcome::Spam));
    addTile(QStringLiteral("complaints"), tr("Complaints"), QColor(0xc2, 0x4f, 0x8e));
    addTile(QStringLiteral("auto_replies"), tr("Auto-replies"), audience);
    addTile(QStringLiteral("skipped"), tr("Skipped"), audience);
    addTile(QStringLiteral("not_attempted"), tr("Not attempted"), audience);
    for (int i = 0; i < m_tileOrder.size(); ++i)
        tiles->addWidget(m_tileOrder[i], i / 5, i % 5);
    layout->addLayout(tiles);

    connect(tile(QStringLiteral("sent")), &Tile::clicked, this, [this] { requestOutcome({}); });
    connect(tile(QStringLiteral("delivered")), &Tile::clicked, this,
            [this] { requestOutcome({Outcome::Delivered}); });
    connect(tile(QStringLiteral("in_progress")), &Tile::clicked, this,
            [this] { requestOutcome({Outcome::InProgress}); });
    connect(tile(QStringLiteral("soft")), &Tile::clicked, this,
            [this] { requestOutcome({Outcome::Soft}); });
    connect(tile(QStringLiteral("hard")), &Tile::clicked, this,
            [this] { requestOutcome({Outcome::Hard}); });
    connect(tile(QStringLiteral("spam")), &Tile::clicked, this,
            [this] { requestOutcome({Outcome::Spam}); });
    connect(tile(QStringLiteral("complaints")), &Tile::clicked, this, [this] {
        MessageFilter filter;
        filter.complained = true;
        Q_EMIT filterRequested(filter);
    });
    connect(tile(QStringLiteral("auto_replies")), &Tile::clicked, this, [this] {
        MessageFilter filter;
        filter.autoReplied = true;
        Q_EMIT filterRequested(filter);
    });
    connect(tile(QStringLiteral("skipped")), &Tile::clicked, this,
            [this] { Q_EMIT audienceRequested(ReportSource::AudienceGroup::Skipped); });
    connect(tile(QStringLiteral("not_attempted")), &Tile::clicked, this,
            [this] { Q_EMIT audienceRequested(ReportSource::AudienceGroup::NotAttempted); });
    tile(QStringLiteral("complaints"))->setToolTip(tr("List the recipients who complained."));
    tile(QStringLiteral("auto_replies"))
        ->setToolTip(tr("List the recipients who sent an auto-reply."));
    tile(QStringLiteral("skipped"))->setToolTip(tr("List the audience members not sent to."));
    tile(QStringLiteral("not_attempted"))
        ->setToolTip(tr("List the active audience members the logs never mention."));

    // Two lines of their own that wrap: at a narrow width (or in German) one long line would
    // make the whole page wider than the window.
    auto* extras = new QVBoxLayout();
    m_engagement = new QLabel(content);
    m_engagement->setWordWrap(true);
    m_engagement->setObjectName(QStringLiteral("engagementLine"));
    m_engagement->setTextFormat(Qt::PlainText);
    m_engagement->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_engagement->hide();
    m_unmatched = new QPushButton(content);
    m_unmatched->setObjectName(QStringLiteral("unmatchedReturnedMail"));
    m_unmatched->setFlat(true);
    m_unmatched->setCursor(Qt::PointingHandCursor);
    m_unmatched->setToolTip(tr("Show the returned mail that names no recipient of this campaign."));
    m_unmatched->hide();
    connect(m_unmatched, &QPushButton::clicked, this,
            &DashboardView::unmatchedReturnedMailRequested);
    extras->addWidget(m_engagement);
    extras->addWidget(m_unmatched, 0, Qt::AlignLeft);
    layout->addLayout(extras);

    auto* chartRow = new QSplitter(Qt::Horizontal, content);
    chartRow->setObjectName(QStringLiteral("dashboardCharts"));
    m_donut = new OutcomeDonut(chartRow);
    m_ispBars = new IspBarsChart(chartRow);
    m_funnel = new StageFunnelChart(chartRow);
    chartRow->addWidget(m_donut);
    chartRow->addWidget(m_ispBars);
    chartRow->addWidget(m_funnel);
    chartRow->setStretchFactor(0, 2);
    chartRow->setStretchFactor(1, 3);
    chartRow->setStretchFactor(2, 3);
    chartRow->setMinimumHeight(330);
    layout->addWidget(chartRow, 2);
    layout->addWidget(new OutcomeLegend(content));
    m_timeline = new TimelineChart(content);
    m_timeline->setObjectName(QStringLiteral("timelineChart"));
    layout->addWidget(m_timeline, 1);

    auto* codesBox = new QGroupBox(tr("Error codes by ISP"), content);
    auto* codesLayout = new QVBoxLayout(codesBox);
    m_codes = new ErrorCodesTable(codesBox);
    m_codes->setMinimumHeight(180);
    codesLayout->addWidget(m_codes);
    layout->addWidget(codesBox, 2);

    connect(m_donut, &OutcomeDonut::outcomeClicked, this,
            [this](Outcome outcome) { requestOutcome({outcome}); });
    connect(m_ispBars, &IspBarsChart::segmentClicked, this,
            [this](const QString& isp, Outcome outcome) {
                MessageFilter filter;
                filter.isp = isp;
                filter.outcomes = {outcome};
                Q_EMIT filterRequested(filter);
            });
    connect(m_funnel, &StageFunnelChart::stageClicked, this, [this](const QString& stage) {
        MessageFilter filter;
        filter.stage = stage;
        filter.outcomes = bounceOutcomes();
        Q_EMIT filterRequested(filter);
    });
    connect(m_codes, &ErrorCodesTable::codeActivated, this,
            [this](const QString& isp, const QString& code, const QString& reason) {
                MessageFilter filter;
                filter.isp = isp;
                filter.code = code;
                filter.reason = reason;
                filter.outcomes = bounceOutcomes();
                Q_EMIT filterRequested(filter);
            });
    connect(m_asOf, &AsOfControl::asOfChanged, this, &DashboardView::refresh);
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this,
            [this] { showReport(m_watcher.result()); });

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    m_figuresPage = scroll;
    m_welcome = new WelcomePanel(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_figuresPage);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_pages);
    updatePage();
}

void DashboardView::setImporting(const QString& folder) {
    m_importing = folder;
    m_welcome->setImporting(folder);
    updatePage();
}

bool DashboardView::isShowingWelcome() const {
    return m_pages->currentWidget() == m_welcome;
}

void DashboardView::updatePage() {
    // Zero tiles and empty axes say nothing: until there is a figure, the welcome says what
    // to do (or that the import is under way).
    const bool noFigures =
        !m_context.isValid() || (!m_importing.isEmpty() && m_report.totals.sent == 0 &&
                                 m_report.skipped == 0 && m_report.notAttempted == 0);
    m_pages->setCurrentWidget(noFigures ? static_cast<QWidget*>(m_welcome) : m_figuresPage);
}

DashboardView::~DashboardView() {
    m_watcher.waitForFinished();
}

Tile* DashboardView::addTile(const QString& id, const QString& caption, const QColor& accent) {
    auto* t = new Tile(caption, accent, this);
    t->setObjectName(QStringLiteral("tile_") + id);
    m_tiles.insert(id, t);
    m_tileOrder.append(t);
    return t;
}

void DashboardView::requestOutcome(const QList<Outcome>& outcomes) {
    MessageFilter filter;
    filter.outcomes = outcomes;
    Q_EMIT filterRequested(filter);
}

void DashboardView::showCampaign(const QString& storePath, const CampaignInfo& campaign) {
    m_context.storePath = storePath;
    m_context.campaign = campaign;
    m_asOf->setNewestLogTime(campaign.newestLogAt);
    m_title->setText(campaign.name);
    refresh();
}

void DashboardView::refresh() {
    if (m_context.storePath.isEmpty() || m_context.campaign.id == 0)
        return;
    const QString storePath = m_context.storePath;
    const CampaignInfo campaign = m_context.campaign;
    const QDateTime asOf = m_asOf->asOf();
    // A newer request replaces the watched future; a stale result is simply not shown.
    m_loading = true;
    const int generation = m_generation;
    m_watcher.setFuture(QtConcurrent::run([storePath, campaign, asOf, generation] {
        Loaded loaded;
        loaded.generation = generation;
        const std::unique_ptr<Store> store =
            Store::open(storePath, Store::Mode::ReadWrite, loaded.error);
        if (!store)
            return loaded;
        const std::unique_ptr<ReportSource> source = store->reportSource();
        ReportSource& queries = *source;
        // Re-read the campaign: a re-import may have moved its newest log time.
        const auto fresh = queries.campaign(campaign.name);
        loaded.context.storePath = storePath;
        loaded.context.campaign = fresh ? *fresh : campaign;
        // The limits come with the campaign, the store's overrides applied (SettingsSource),
        // exactly as the CLI reads them.
        loaded.context.policy = queries.defaultPolicy(loaded.context.campaign, asOf);
        if (!queries.report(loaded.context.campaign, loaded.context.policy, loaded.report)) {
            loaded.error = queries.errorString();
            return loaded;
        }
        // The timeline spans the first attempt to "as of", in 15-minute to 2-hour buckets.
        const QDateTime first = loaded.context.campaign.firstAttemptAt;
        const qint64 span = first.isValid() && loaded.context.policy.asOf.isValid()
                                ? first.secsTo(loaded.context.policy.asOf)
                                : 0;
        loaded.bucketSeconds = TimelineChart::bucketSecondsFor(qMax<qint64>(0, span));
        loaded.timeline =
            queries.timeline(loaded.context.campaign, loaded.context.policy, loaded.bucketSeconds);
        return loaded;
    }));
}

void DashboardView::clear() {
    ++m_generation; // a report still being computed belongs to what was cleared
    m_loading = false;
    m_context = ReportContext();
    m_report = CampaignReport();
    m_title->setText(tr("No campaign open"));
    m_subtitle->clear();
    for (Tile* t : std::as_const(m_tileOrder))
        t->setValue(0);
    m_donut->setCounts({});
    m_ispBars->setFigures({});
    m_funnel->setStages({});
    m_codes->setFigures({});
    m_timeline->setBuckets({}, 0);
    m_engagement->hide();
    m_unmatched->hide();
    updatePage();
}

void DashboardView::showReport(const Loaded& loaded) {
    if (loaded.generation != m_generation)
        return;
    m_loading = false;
    if (!loaded.error.isEmpty()) {
        m_subtitle->setText(tr("The report could not be computed: %1").arg(loaded.error));
        Q_EMIT reportReady();
        return;
    }
    m_context = loaded.context;
    m_report = loaded.report;
    const OutcomeCounts& t = m_report.totals;
    const QLocale locale;
    m_title->setText(m_context.campaign.name);
    m_asOf->setNewestLogTime(m_context.campaign.newestLogAt); // it grows while an import runs
    m_subtitle->setText(tr("As of %1 · retry window %2 h · at most %3 attempts")
                            .arg(locale.toString(m_report.asOf.toLocalTime(), QLocale::ShortFormat))
                            .arg(m_report.retryWindowHours)
                            .arg(m_report.maxAttempts));
    const qint64 audience = t.sent + m_report.skipped + m_report.notAttempted;
    tile(QStringLiteral("sent"))
        ->setValue(t.sent, tr("of %1 in the audience").arg(locale.toString(audience)));
    tile(QStringLiteral("delivered"))->setValue(t.delivered, Labels::percent(t.delivered, t.sent));
    tile(QStringLiteral("in_progress"))
        ->setValue(t.inProgress, Labels::percent(t.inProgress, t.sent));
    tile(QStringLiteral("soft"))->setValue(t.soft, Labels::percent(t.soft, t.sent));
    tile(QStringLiteral("hard"))->setValue(t.hard, Labels::percent(t.hard, t.sent));
    tile(QStringLiteral("spam"))->setValue(t.spam, Labels::percent(t.spam, t.sent));
    tile(QStringLiteral("complaints"))
        ->setValue(m_report.complaints, Labels::percent(m_report.complaints, t.sent));
    tile(QStringLiteral("auto_replies"))
        ->setValue(m_report.autoReplies, Labels::percent(m_report.autoReplies, t.sent));
    tile(QStringLiteral("skipped"))->setValue(m_report.skipped, tr("audience: error or opt-out"));
    tile(QStringLiteral("not_attempted"))
        ->setValue(m_report.notAttempted, tr("audience: not in the logs"));
    m_donut->setCounts(t);
    m_ispBars->setFigures(m_report.byIsp);
    m_funnel->setStages(m_report.failuresByStage);
    m_codes->setFigures(m_report.byIsp);
    m_timeline->setBuckets(loaded.timeline, loaded.bucketSeconds);
    const Engagement& e = m_report.engagement;
    if (e.opened > 0 || e.clicked > 0 || e.unsubscribed > 0) {
        m_engagement->setText(
            tr("Engagement (of delivered): opened %1 (%2) · clicked %3 (%4) · unsubscribed %5 (%6)")
                .arg(locale.toString(e.opened), Labels::percent(e.opened, t.delivered),
                     locale.toString(e.clicked), Labels::percent(e.clicked, t.delivered),
                     locale.toString(e.unsubscribed),
                     Labels::percent(e.unsubscribed, t.delivered)));
        m_engagement->show();
    } else {
        m_engagement->hide();
    }
    if (m_report.unmatchedReturnedMail > 0) {
        m_unmatched->setText(tr("Returned mail that matched no recipient: %1")
                                 .arg(locale.toString(m_report.unmatchedReturnedMail)));
        m_unmatched->show();
    } else {
        m_unmatched->hide();
    }
    updatePage();
    Q_EMIT reportReady();
}

} // namespace deliverboard::ui
