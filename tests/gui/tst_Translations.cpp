// The German and Dutch translations are complete, and the UI really speaks them.
#include "CampaignSeries.h"
#include "DemoCampaign.h"
#include "ImportAndSettle.h"
#include "MainWindow.h"
#include "TestStore.h"
#include "common/Labels.h"
#include "policy/StatusEngine.h"
#include "policy/StatusPreset.h"
#include "store/sqlite/StatusStore.h"

#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace deliverboard;
using namespace deliverboard::ui;

class tst_Translations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tsFileIsComplete_data();
    void tsFileIsComplete();
    void uiSpeaksLanguage_data();
    void uiSpeaksLanguage();
    void explanationsSpeakLanguage_data();
    void explanationsSpeakLanguage();
};

void tst_Translations::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DeliverboardTest"));
}

void tst_Translations::tsFileIsComplete_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Dutch") << QStringLiteral("nl");
}

void tst_Translations::tsFileIsComplete() {
    QFETCH(QString, language);
    QFile file(testpaths::source(QStringLiteral("translations/deliverboard_%1.ts").arg(language)));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
            ++messages;
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            QVERIFY2(type != QLatin1String("unfinished") && type != QLatin1String("obsolete") &&
                         type != QLatin1String("vanished"),
                     qPrintable(source));
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            QVERIFY2(!text.trimmed().isEmpty() || source.trimmed().isEmpty(), qPrintable(source));
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 100);
}

void tst_Translations::uiSpeaksLanguage_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("hardBounce");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("&Datei")
                            << QStringLiteral("Hard Bounce");
    QTest::newRow("Dutch") << QStringLiteral("nl") << QStringLiteral("&Bestand")
                           << QStringLiteral("Hard bounce");
}

void tst_Translations::uiSpeaksLanguage() {
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    QFETCH(QString, hardBounce);
    // qt_add_translations writes the .qm files next to the app's build tree.
    const QString qm =
        QDir::cleanPath(testpaths::binary(QStringLiteral("../deliverboard_%1.qm").arg(language)));
    if (!QFileInfo::exists(qm))
        QSKIP("the .qm files are built with the deliverboard target");
    QTranslator translator;
    QVERIFY(translator.load(qm));
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(Labels::language(), language);
    QCOMPARE(Labels::outcome(Outcome::Hard), hardBounce);
    QTemporaryDir scratch;
    MainWindow window(scratch.filePath(QStringLiteral("store.sqlite")));
    QCOMPARE(window.menuBar()->actions().first()->text(), fileMenu);
    if (language == QLatin1String("de")) {
        // A German dashboard for the README and for reviewers of the translation.
        window.resize(1440, 960);
        window.show();
        QVERIFY(guitest::importAndSettle(window, democampaign::folder(scratch)));
        const QDir out(QDir(QCoreApplication::applicationDirPath())
                           .filePath(QStringLiteral("../screenshots")));
        out.mkpath(QStringLiteral("."));
        QVERIFY(window.grab().save(out.filePath(QStringLiteral("dashboard-de.png"))));
    }
    QCoreApplication::removeTranslator(&translator);
}

void tst_Translations::explanationsSpeakLanguage_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("errorSince");
    QTest::newRow("English") << QString() << QStringLiteral("Error since ");
    QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Fehler seit ");
    QTest::newRow("Dutch") << QStringLiteral("nl") << QStringLiteral("Fout sinds ");
}

void tst_Translations::explanationsSpeakLanguage() {
    // The status policy's sentences come from the core (the CLI prints them in English);
    // the Audience view shows them in the UI language.
    QFETCH(QString, language);
    QFETCH(QString, errorSince);
    QTranslator translator;
    if (!language.isEmpty()) {
        const QString qm = QDir::cleanPath(
            testpaths::binary(QStringLiteral("../deliverboard_%1.qm").arg(language)));
        if (!QFileInfo::exists(qm))
            QSKIP("the .qm files are built with the deliverboard target");
        QVERIFY(translator.load(qm));
        QCoreApplication::installTranslator(&translator);
    }
    QTemporaryDir scratch;
    TestStore store(scratch.filePath(QStringLiteral("s.sqlite")));
    for (const QString& folder :
         CampaignSeries::write(scratch.filePath(QStringLiteral("f")),
                               {{QStringLiteral("gone@example.net"), {}, QStringLiteral("H")}}, 1))
        QVERIFY(store.import({folder}).fatalError.isEmpty());
    QString error;
    const auto preset = StatusPreset::load(QStringLiteral("response-page"), error);
    QVERIFY2(preset, qPrintable(error));
    StatusEngine engine(*preset);
    QVERIFY(StatusStore(store.database().connection()).evaluate(engine));
    const auto status = engine.statusOf(QStringLiteral("gone@example.net"));
    QVERIFY(status);
    QCOMPARE(status->status, QStringLiteral("error"));
    QVERIFY2(status->explanation.startsWith(errorSince), qPrintable(status->explanation));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(tst_Translations)
#include "tst_Translations.moc"
