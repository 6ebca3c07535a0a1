// The returned-mail side of the desktop app on a tiny handmade campaign: the Complaints
// and Auto-replies tiles open the drill-down filtered to them, Skipped and Not attempted
// open the audience list, the message detail lists a message's returned mail as plain
// text, unmatched returned mail is listed from the dashboard, and the timeline has data.
#include "DrilldownSettle.h"
#include "ImportAndSettle.h"
#include "LogBuilder.h"
#include "MainWindow.h"
#include "ReturnedMailBuilder.h"
#include "charts/TimelineChart.h"
#include "dashboard/DashboardView.h"
#include "dashboard/Tile.h"
#include "dialogs/AudienceDialog.h"
#include "drilldown/DrilldownView.h"
#include "drilldown/FilterChips.h"
#include "drilldown/MessageDetailPanel.h"
#include "drilldown/MessageTableModel.h"
#include "store/sqlite/Database.h"
#include "store/sqlite/ReportQueries.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace deliverboard;
using namespace deliverboard::ui;
using namespace returnedmail;

namespace {
const QString kSender = QStringLiteral("news@example.org");

} // namespace

class tst_ReturnedMailView : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void complaintsTileFiltersTable();
    void autoRepliesTileFiltersTable();
    void audienceTilesOpenLists();
    void detailShowsReturnedMail();
    void unmatchedReturnedMailIsListed();
    void timelineHasBuckets();

private:
    void checkTileFilter(const char* tileId, bool MessageFilter::*flag, const QString& recipient);

    QTemporaryDir m_scratch;
    QString m_store;
    MainWindow* m_window = nullptr;
    Database m_db;
    CampaignInfo m_campaign;
};

void tst_ReturnedMailView::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DeliverboardTest"));
    QVERIFY(m_scratch.isValid());
    const QString folder = m_scratch.filePath(QStringLiteral("c"));
    LogBuilder log;
    const QStringList recipients{
        QStringLiteral("late@example.net"), QStringLiteral("ok@example.net"),
        QStringLiteral("complainer@example.net"), QStringLiteral("away@example.net")};
    int n = 0;
    for (const QString& rcpt : recipients) {
        const QString qid = QStringLiteral("F00000000%1").arg(++n);
        log.queued(qid, kSender);
        log.sent(qid, rcpt);
        log.removed(qid);
        log.advanceMinutes(20);
    }
    QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/maillog"), log.text()));
    QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/campaign.json"),
                                  LogBuilder::campaignJson(kSender)));
    QVERIFY(LogBuilder::writeFile(
        folder + QStringLiteral("/recipients.csv"),
        "email,status\nlate@example.net,Active\nok@example.net,Active\n"
        "complainer@example.net,Active\naway@example.net,Active\nerr@example.net,Error\n"
        "optout@example.net,Opt-out\nnever@example.net,Active\n"));
    QVERIFY(LogBuilder::writeFile(
        folder + QStringLiteral("/bounces/late.eml"),
        dsn(QStringLiteral("late@example.net"), QStringLiteral("failed"), QStringLiteral("5.1.1"),
            QStringLiteral("550 5.1.1 <late@example.net>: Recipient address rejected: User "
                           "unknown in virtual mailbox table"),
            QStringLiteral("F000000001@example.org"))));
    QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/bounces/unknown.eml"),
                                  dsn(QStringLiteral("stranger@example.net"),
                                      QStringLiteral("failed"), QStringLiteral("5.1.1"),
                                      QStringLiteral("550 5.1.1 <b>User unknown</b>"),
                                      QStringLiteral("other@example.org"))));
    // A delay warning for ok@: shown in its detail, and it stays delivered.
    QVERIFY(LogBuilder::writeFile(
        folder + QStringLiteral("/bounces/warning.eml"),
        dsn(QStringLiteral("ok@example.net"), QStringLiteral("delayed"), QStringLiteral("4.2.2"),
            QStringLiteral("452 4.2.2 Mailbox full"), QStringLiteral("F000000002@example.org"))));
    QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/events.csv"),
                                  "email,event,timestamp\n"
                                  "ok@example.net,open,2026-03-14T10:00:00Z\n"
                                  "ok@example.net,open,2026-03-14T11:00:00Z\n"
                                  "ok@example.net,click,2026-03-14T11:01:00Z\n"
                                  "ok@example.net,unsubscribe,2026-03-15T08:00:00Z\n"));
    QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/complaints/fbl.eml"),
                                  arf(QStringLiteral("complainer@example.net"))));
    QVERIFY(LogBuilder::writeFile(folder + QStringLiteral("/replies/ooo.eml"),
                                  autoReply(QStringLiteral("away@example.net"))));

    m_store = m_scratch.filePath(QStringLiteral("store.sqlite"));
    m_window = new MainWindow(m_store);
    m_window->resize(1280, 860);
    m_window->show();
    QVERIFY(guitest::importAndSettle(*m_window, folder, 120000));
    QVERIFY(m_db.open(m_store));
    ReportQueries queries(m_db.connection());
    const QList<CampaignInfo> all = queries.campaigns();
    QCOMPARE(all.size(), 1);
    m_campaign = all.first();
}

void tst_ReturnedMailView::cleanupTestCase() {
    delete m_window;
    m_window = nullptr;
}

void tst_ReturnedMailView::checkTileFilter(const char* tileId, bool MessageFilter::*flag,
                                           const QString& recipient) {
    Tile* tile = m_window->dashboard()->tile(QString::fromLatin1(tileId));
    QCOMPARE(tile->value(), qint64(1));
    QTest::mouseClick(tile, Qt::LeftButton);
    QCOMPARE(m_window->tabs()->currentWidget(), m_window->drilldown());
    MessageTableModel* model = m_window->drilldown()->model();
    QVERIFY(guitest::modelSettled(model));
    QVERIFY(model->filter().*flag);
    QVERIFY(model->filter().outcomes.isEmpty());
    ReportQueries queries(m_db.connection());
    const qint64 expected =
        queries.countMessages(m_campaign, m_window->dashboard()->context().policy, model->filter());
    QCOMPARE(expected, tile->value());
    QCOMPARE(model->totalCount(), expected);
    QCOMPARE(qint64(model->rowCount()), expected);
    QCOMPARE(model->rowAt(0)->recipient, recipient);
    // The filter is a chip that can be removed.
    QCOMPARE(m_window->drilldown()->chips()->chipTexts().size(), 1);
    MessageFilter without = model->filter();
    without.*flag = false;
    Q_EMIT m_window->drilldown()->chips()->filterEdited(without);
    QVERIFY(!(model->filter().*flag));
    QVERIFY(guitest::modelSettled(model));
    QCOMPARE(model->totalCount(), qint64(4));
    QVERIFY(m_window->drilldown()->chips()->chipTexts().isEmpty());
    m_window->tabs()->setCurrentWidget(m_window->dashboard());
}

void tst_ReturnedMailView::complaintsTileFiltersTable() {
    checkTileFilter("complaints", &MessageFilter::complained,
                    QStringLiteral("complainer@example.net"));
}

void tst_ReturnedMailView::autoRepliesTileFiltersTable() {
    checkTileFilter("auto_replies", &MessageFilter::autoReplied,
                    QStringLiteral("away@example.net"));
}

void tst_ReturnedMailView::audienceTilesOpenLists() {
    ReportQueries queries(m_db.connection());
    const struct {
        const char* tile;
        ReportSource::AudienceGroup group;
        qint64 count;
    } cases[] = {{"skipped", ReportSource::AudienceGroup::Skipped, 2},
                 {"not_attempted", ReportSource::AudienceGroup::NotAttempted, 1}};
    for (const auto& c : cases) {
        Tile* tile = m_window->dashboard()->tile(QString::fromLatin1(c.tile));
        QCOMPARE(tile->value(), c.count);
        QTest::mouseClick(tile, Qt::LeftButton);
        const QList<AudienceDialog*> dialogs = m_window->findChildren<AudienceDialog*>();
        QCOMPARE(dialogs.size(), 1);
        AudienceModel* model = dialogs.first()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->totalCount() >= 0 && !model->isLoading(), 30000);
        QCOMPARE(model->group(), c.group);
        QCOMPARE(model->totalCount(), queries.countAudience(m_campaign, c.group));
        QCOMPARE(qint64(model->rowCount()), c.count);
        const QList<AudienceRow> rows = queries.audience(m_campaign, c.group);
        for (int i = 0; i < rows.size(); ++i) {
            QCOMPARE(model->index(i, AudienceModel::Email).data().toString(), rows[i].email);
            QCOMPARE(model->index(i, AudienceModel::Status).data().toString(), rows[i].status);
        }
        delete dialogs.first();
    }
}

void tst_ReturnedMailView::detailShowsReturnedMail() {
    MessageFilter filter;
    filter.search = QStringLiteral("late@");
    QVERIFY(guitest::showDrilldownSettled(*m_window, filter));
    DrilldownView* drilldown = m_window->drilldown();
    QCOMPARE(drilldown->model()->rowCount(), 1);
    drilldown->table()->selectRow(0);
    QVERIFY(guitest::detailSettled(drilldown));
    ReportQueries queries(m_db.connection());
    const QList<ReturnedMailRow> returned =
        queries.returnedMail(drilldown->model()->rowAt(0)->deliveryId);
    QCOMPARE(returned.size(), 1);
    const QString text = drilldown->detail()->returnedMail()->toPlainText();
    QVERIFY2(text.contains(returned.first().diagnostic), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("<late@example.net>"))); // literal, not markup
    QVERIFY(text.contains(returned.first().enhanced));
    if (!returned.first().reason.isEmpty())
        QVERIFY(text.contains(returned.first().reason));

    QVERIFY(text.contains(QStringLiteral("Action: failed")));

    filter.search = QStringLiteral("ok@");
    QVERIFY(guitest::showDrilldownSettled(*m_window, filter));
    QCOMPARE(drilldown->model()->rowCount(), 1);
    QCOMPARE(drilldown->model()->rowAt(0)->outcome, Outcome::Delivered);
    drilldown->table()->selectRow(0);
    QVERIFY(guitest::detailSettled(drilldown));
    const QString warning = drilldown->detail()->returnedMail()->toPlainText();
    QVERIFY2(warning.contains(QStringLiteral("Action: delayed (a warning")), qPrintable(warning));
    const QString engagement = drilldown->detail()->engagementText();
    QVERIFY2(engagement.startsWith(QStringLiteral("opens: 2 · clicks: 1 · unsubscribed ")),
             qPrintable(engagement));

    filter.search = QStringLiteral("complainer@");
    QVERIFY(guitest::showDrilldownSettled(*m_window, filter));
    QCOMPARE(drilldown->model()->rowCount(), 1);
    drilldown->table()->selectRow(0);
    QVERIFY(guitest::detailSettled(drilldown));
    QVERIFY(
        !drilldown->detail()->returnedMail()->toPlainText().contains(QStringLiteral("Action:")));
    QCOMPARE(drilldown->detail()->engagementText(), QStringLiteral("none recorded"));
}

void tst_ReturnedMailView::unmatchedReturnedMailIsListed() {
    m_window->tabs()->setCurrentWidget(m_window->dashboard());
    QPushButton* button = m_window->dashboard()->unmatchedButton();
    QVERIFY(button->isVisibleTo(m_window));
    QVERIFY(button->text().contains(QLatin1Char('1')));
    button->click();
    const QList<PlainTextDialog*> dialogs = m_window->findChildren<PlainTextDialog*>();
    QCOMPARE(dialogs.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!dialogs.first()->text().isEmpty(), 30000);
    const QString text = dialogs.first()->text();
    QVERIFY2(text.contains(QStringLiteral("stranger@example.net")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("<b>User unknown</b>")));
    delete dialogs.first();
}

void tst_ReturnedMailView::timelineHasBuckets() {
    TimelineChart* timeline = m_window->dashboard()->timeline();
    QVERIFY(timeline->bucketSeconds() >= 15 * 60 && timeline->bucketSeconds() <= 2 * 3600);
    QVERIFY(timeline->bucketCount() >= 2);
    QCOMPARE(TimelineChart::bucketSecondsFor(30 * 3600), qint64(30 * 60));
    QCOMPARE(TimelineChart::bucketSecondsFor(7 * 24 * 3600), qint64(2 * 3600));
}

QTEST_MAIN(tst_ReturnedMailView)
#include "tst_ReturnedMailView.moc"
