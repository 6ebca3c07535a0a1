// Untrusted text in the GUI (issue 11.10): tooltips and message boxes show it literally,
// and a file name suggested from a campaign name cannot leave the folder or carry markup.
#include "common/PlainText.h"
#include "util/FileNames.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <QtTest>

using namespace deliverboard;

class TestPlainText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void toolTipShowsMarkupLiterally() {
        const QString hostile =
            QStringLiteral("/tmp/<img src=x onerror=1><b>bold</b> & <a href='http://evil'>x</a>");
        const QString tip = plainToolTip(hostile);
        QVERIFY(!tip.contains(QLatin1String("<img")));
        QVERIFY(!tip.contains(QLatin1String("<b>")));
        QVERIFY(Qt::mightBeRichText(tip)); // rendered as rich text: the escapes show the text
        QTextDocument doc;
        doc.setHtml(tip);
        QCOMPARE(doc.toPlainText(), hostile);
    }

    void warningIsPlainText() {
        QTimer::singleShot(0, [] {
            for (QWidget* w : QApplication::topLevelWidgets()) {
                if (auto* box = qobject_cast<QMessageBox*>(w)) {
                    QCOMPARE(box->textFormat(), Qt::PlainText);
                    QCOMPARE(box->text(), QStringLiteral("<b>x</b>"));
                    box->accept();
                }
            }
        });
        warnPlain(nullptr, QStringLiteral("t"), QStringLiteral("<b>x</b>"));
    }

    void safeFileNames_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("safe");
        QTest::newRow("plain") << "Spring news 2026-bounces"
                               << "Spring news 2026-bounces";
        QTest::newRow("slashes") << "../../etc/passwd"
                                 << "____etc_passwd";
        QTest::newRow("backslash") << "a\\b"
                                   << "a_b";
        QTest::newRow("dots") << "..-bounces"
                              << "_-bounces";
        QTest::newRow("markup") << "<img src=x>-bounces"
                                << "_img src=x_-bounces";
        QTest::newRow("controls") << "a\x1b[31mb\nc"
                                  << "a_[31mb_c";
        QTest::newRow("leading dot and dash") << ".-hidden"
                                              << "hidden";
        QTest::newRow("empty") << ""
                               << "campaign";
        QTest::newRow("only bad") << "///"
                                  << "___";
        QTest::newRow("long") << QString(300, QLatin1Char('x')) << QString(100, QLatin1Char('x'));
    }

    void safeFileNames() {
        QFETCH(QString, name);
        QTEST(safeFileName(name), "safe");
    }
};

QTEST_MAIN(TestPlainText)
#include "tst_PlainText.moc"
