// The first look, in English, German and Dutch at the smallest supported window (1280 × 800):
// a welcome before any campaign is open, then a dashboard whose every tile and label shows
// its whole text, and figures that fill in while the first import runs. Screenshots of each
// state go to build/screenshots/ for a reviewer to look at.
#include "DemoCampaign.h"
#include "ImportAndSettle.h"
#include "MainWindow.h"
#include "campaigns/CampaignListView.h"
#include "common/Labels.h"
#include "dashboard/DashboardView.h"
#include "dashboard/Tile.h"
#include "welcome/WelcomePanel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace deliverboard;
using namespace deliverboard::ui;

namespace {

// Texts of visible labels under `root` that their label cannot show whole: a single line
// wider than the label, wrapped text taller than it, or a word wider than a wrapped label.
QStringList clippedTexts(QWidget* root) {
    QStringList clipped;
    const QList<QLabel*> labels = root->findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (!label->isVisibleTo(root) || label->text().isEmpty())
            continue;
        const QFontMetrics metrics(label->font());
        const int width = label->contentsRect().width();
        bool fits = true;
        if (label->wordWrap()) {
            fits = label->heightForWidth(label->width()) <= label->height();
            const QStringList words =
                label->text().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            for (const QString& word : words)
                fits = fits && metrics.horizontalAdvance(word) <= width;
        } else {
            fits = metrics.horizontalAdvance(label->text()) <= width;
        }
        if (!fits)
            clipped << QStringLiteral("%1 (%2 px)").arg(label->text()).arg(width);
    }
    return clipped;
}

QDir screenshotDir() {
    QDir out(
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("../screenshots")));
    out.mkpath(QStringLiteral("."));
    return out;
}

} // namespace

class tst_FirstLook : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fitsInEveryLanguage_data();
    void fitsInEveryLanguage();
    void figuresFillInDuringImport();
};

void tst_FirstLook::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DeliverboardTest"));
}

void tst_FirstLook::fitsInEveryLanguage_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Dutch") << QStringLiteral("nl");
}

void tst_FirstLook::fitsInEveryLanguage() {
    QFETCH(QString, language);
    QTranslator translator;
    if (language != QLatin1String("en")) {
        // qt_add_translations writes the .qm files next to the app's build tree.
        const QString qm = QDir::cleanPath(
            testpaths::binary(QStringLiteral("../deliverboard_%1.qm").arg(language)));
        QVERIFY2(translator.load(qm), qPrintable(qm));
        QCoreApplication::installTranslator(&translator);
        // The catch-all ISP is the one name that is not a brand: it is translated too.
        QVERIFY(Labels::isp(QStringLiteral("other")) != QLatin1String("Other"));
    }
    const QDir out = screenshotDir();
    QTemporaryDir scratch;
    {
        MainWindow window(scratch.filePath(QStringLiteral("store.sqlite")));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DashboardView* dashboard = window.dashboard();

        // Nothing open yet: the welcome, not zero tiles and empty axes.
        QVERIFY(dashboard->isShowingWelcome());
        QVERIFY(dashboard->welcome()->openButton()->isVisible());
        QVERIFY(dashboard->welcome()->demoButton()->isVisible()); // found in the source tree
        QVERIFY(!dashboard->tile(QStringLiteral("sent"))->isVisible());
        QStringList clipped = clippedTexts(dashboard->welcome());
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));
        QVERIFY(window.grab().save(out.filePath(QStringLiteral("welcome-%1.png").arg(language))));

        QSignalSpy shown(&window, &MainWindow::campaignShown);
        QSignalSpy finished(&window, &MainWindow::importFinished);
        window.openCampaignFolder(democampaign::folder(scratch));
        QVERIFY(finished.wait(240000));
        QVERIFY(guitest::settle(window));
        QVERIFY(!dashboard->isShowingWelcome());
        QVERIFY(dashboard->tile(QStringLiteral("sent"))->value() > 0);

        // Every tile shows its caption, number and detail whole, inside the visible width.
        auto* scroll = dashboard->findChild<QScrollArea*>();
        QVERIFY(scroll);
        QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        const QStringList ids{QStringLiteral("sent"),        QStringLiteral("delivered"),
                              QStringLiteral("in_progress"), QStringLiteral("soft"),
                              QStringLiteral("hard"),        QStringLiteral("spam"),
                              QStringLiteral("complaints"),  QStringLiteral("auto_replies"),
                              QStringLiteral("skipped"),     QStringLiteral("not_attempted")};
        for (const QString& id : ids) {
            Tile* tile = dashboard->tile(id);
            QVERIFY2(tile->isVisible(), qPrintable(id));
            const int right = tile->mapTo(scroll->viewport(), QPoint(tile->width(), 0)).x();
            QVERIFY2(right <= scroll->viewport()->width(), qPrintable(id));
            clipped = clippedTexts(tile);
            QVERIFY2(clipped.isEmpty(),
                     qPrintable(id + QStringLiteral(": ") + clipped.join(QStringLiteral("; "))));
        }
        clipped = clippedTexts(dashboard);
        QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QStringLiteral("; "))));

        // The campaign list shows its visible columns whole, without a sideways scroll.
        QTableView* campaigns = window.campaignList()->table();
        QVERIFY(campaigns->horizontalHeader()->length() <= campaigns->viewport()->width());
        QVERIFY(window.grab().save(out.filePath(QStringLiteral("dashboard-%1.png").arg(language))));
    }
    QCoreApplication::removeTranslator(&translator);
}

void tst_FirstLook::figuresFillInDuringImport() {
    // A folder of many import batches (CampaignImporter::batchLines() lines each).
    QTemporaryDir scratch;
    const QString folder = scratch.filePath(QStringLiteral("big-campaign"));
    QProcess gen;
    gen.start(
        testpaths::binary(QStringLiteral("deliverboard-demogen")),
        {QStringLiteral("--out"), folder, QStringLiteral("--recipients"), QStringLiteral("40000")});
    QVERIFY(gen.waitForFinished(120000));
    QCOMPARE(gen.exitCode(), 0);

    MainWindow window(scratch.filePath(QStringLiteral("store.sqlite")));
    window.resize(1280, 800);
    window.show();
    DashboardView* dashboard = window.dashboard();
    QSignalSpy shown(&window, &MainWindow::campaignShown);
    QSignalSpy finished(&window, &MainWindow::importFinished);
    window.openCampaignFolder(folder);
    // Until its first batch is stored, the welcome says that the import is under way.
    QVERIFY(window.isImporting());
    QVERIFY(dashboard->isShowingWelcome());
    QVERIFY(dashboard->welcome()->statusLabel()->isVisibleTo(dashboard->welcome()));
    QVERIFY(!dashboard->welcome()->openButton()->isEnabled());

    // The first figures arrive while the import still runs; they only grow afterwards.
    // (A report may come before the first line is stored: the welcome stays for that one.)
    while (dashboard->tile(QStringLiteral("sent"))->value() == 0 && finished.isEmpty())
        QVERIFY(shown.wait(240000));
    QVERIFY2(finished.isEmpty(), "the dashboard was first shown only after the import");
    const qint64 early = dashboard->tile(QStringLiteral("sent"))->value();
    // Sent counts recipients attempted, which a batch of 100,000 lines may already hold
    // in full; later retries and returned mail still move the outcomes.
    const auto outcomes = [dashboard] {
        QList<qint64> values;
        for (const char* id : {"delivered", "in_progress", "soft", "hard", "spam"})
            values.append(dashboard->tile(QString::fromLatin1(id))->value());
        return values;
    };
    const QList<qint64> earlyOutcomes = outcomes();
    QVERIFY(early > 0);
    QVERIFY(!dashboard->isShowingWelcome());
    if (finished.isEmpty())
        QVERIFY(finished.wait(240000));
    QVERIFY(guitest::settle(window));
    const qint64 final = dashboard->tile(QStringLiteral("sent"))->value();
    QVERIFY2(final >= early, qPrintable(QStringLiteral("%1 then %2").arg(early).arg(final)));
    QVERIFY2(outcomes() != earlyOutcomes,
             "the figures shown during the import were already the final ones");
    QVERIFY(dashboard->welcome()->openButton()->isEnabled());
}

QTEST_MAIN(tst_FirstLook)
#include "tst_FirstLook.moc"
