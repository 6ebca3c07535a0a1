// Renders the main views to PNG files under the build folder (build/screenshots/), so that
// a change to the look can be seen without running the app.
#include "DemoCampaign.h"
#include "DrilldownSettle.h"
#include "ImportAndSettle.h"
#include "MainWindow.h"
#include "charts/TimelineChart.h"
#include "dashboard/DashboardView.h"
#include "drilldown/DrilldownView.h"
#include "drilldown/MessageDetailPanel.h"
#include "drilldown/MessageTableModel.h"

#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace deliverboard;
using namespace deliverboard::ui;

class tst_Screenshots : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void dashboard();
    void drilldown();
    void messageDetail();
    void returnedMailDetail();

private:
    QString save(QWidget* widget, const QString& name);

    QTemporaryDir m_scratch;
    QDir m_out;
    MainWindow* m_window = nullptr;
};

void tst_Screenshots::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DeliverboardTest"));
    m_out = QDir(
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../screenshots")));
    QVERIFY(m_out.mkpath(QStringLiteral(".")));
    const QString folder = democampaign::folder(m_scratch);
    QVERIFY(democampaign::hasLog(folder));
    m_window = new MainWindow(m_scratch.filePath(QStringLiteral("store.sqlite")));
    m_window->resize(1440, 960);
    m_window->show();
    QVERIFY(guitest::importAndSettle(*m_window, folder));
}

void tst_Screenshots::cleanupTestCase() {
    delete m_window;
}

QString tst_Screenshots::save(QWidget* widget, const QString& name) {
    QCoreApplication::processEvents(); // let layouts and charts settle before grabbing
    const QString path = m_out.filePath(name);
    const QPixmap pixmap = widget->grab();
    if (!pixmap.save(path))
        return QString();
    return path;
}

void tst_Screenshots::dashboard() {
    m_window->tabs()->setCurrentWidget(m_window->dashboard());
    const QString path = save(m_window, QStringLiteral("dashboard.png"));
    QVERIFY(!path.isEmpty());
    qInfo("%s", qPrintable(path));
    // The timeline sits below the fold of the window; it gets a picture of its own.
    const QString timeline =
        save(m_window->dashboard()->timeline(), QStringLiteral("dashboard-timeline.png"));
    QVERIFY(!timeline.isEmpty());
}

void tst_Screenshots::drilldown() {
    MessageFilter filter;
    filter.outcomes = {Outcome::Hard, Outcome::Spam};
    QVERIFY(guitest::showDrilldownSettled(*m_window, filter));
    m_window->drilldown()->table()->selectRow(0);
    QVERIFY(guitest::detailSettled(m_window->drilldown()));
    const QString path = save(m_window, QStringLiteral("drilldown.png"));
    QVERIFY(!path.isEmpty());
    qInfo("%s", qPrintable(path));
}

void tst_Screenshots::messageDetail() {
    MessageFilter filter;
    filter.outcomes = {Outcome::Soft};
    m_window->showDrilldown(filter);
    DrilldownView* view = m_window->drilldown();
    // A message with several attempts shows the timeline best.
    view->model()->sort(MessageTableModel::Attempts, Qt::DescendingOrder);
    QVERIFY(guitest::modelSettled(view->model()));
    QVERIFY(view->model()->rowCount() > 0);
    view->table()->selectRow(0);
    QVERIFY(guitest::detailSettled(view));
    view->splitter()->setSizes({360, 700}); // room for the attempt timeline
    MessageDetailPanel* detail = view->detail();
    const QString path = save(detail, QStringLiteral("message-detail.png"));
    QVERIFY(!path.isEmpty());
    qInfo("%s", qPrintable(path));
}

// A bounce that came back as mail after a 250: the detail shows the returned mail.
void tst_Screenshots::returnedMailDetail() {
    MessageFilter filter;
    filter.stage = QStringLiteral("after_acceptance");
    QVERIFY(guitest::showDrilldownSettled(*m_window, filter));
    DrilldownView* view = m_window->drilldown();
    QVERIFY(view->model()->rowCount() > 0);
    view->table()->selectRow(0);
    QVERIFY(guitest::detailSettled(view));
    view->splitter()->setSizes({360, 700});
    MessageDetailPanel* detail = view->detail();
    QVERIFY(!detail->returnedMail()->toPlainText().isEmpty());
    const QString path = save(detail, QStringLiteral("returned-mail-detail.png"));
    QVERIFY(!path.isEmpty());
    qInfo("%s", qPrintable(path));
}

QTEST_MAIN(tst_Screenshots)
#include "tst_Screenshots.moc"
