// The README's commands are the ones CI proves on a fresh Debian 12: .ci/run runs exactly the
// README's test command (in a brand-new root), and the README's "try it" command does the
// same set-up before it starts the app on the bundled demo.
#include "TestPaths.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {
QString readText(const QString& relative) {
    QFile file(testpaths::source(relative));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

class tst_ReadmeMatchesCi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void ciRunsTheReadmeTestCommand();
};

void tst_ReadmeMatchesCi::ciRunsTheReadmeTestCommand() {
    const QString ci = readText(QStringLiteral(".ci/run"));
    const QString readme = readText(QStringLiteral("README.md"));
    QVERIFY(!ci.isEmpty() && !readme.isEmpty());
    const QRegularExpressionMatch assigned =
        QRegularExpression(QStringLiteral("^readme_test='([^']+)'$"),
                           QRegularExpression::MultilineOption)
            .match(ci);
    QVERIFY2(assigned.hasMatch(), "no readme_test='...' line in .ci/run");
    const QString testCommand = assigned.captured(1);
    QVERIFY(testCommand.contains(QStringLiteral("ctest")));
    const QStringList lines = readme.split(QLatin1Char('\n'));
    QVERIFY2(lines.contains(testCommand),
             qPrintable(QStringLiteral("README.md has no line: ") + testCommand));

    // The "try it" command: the same set-up, then the app on the demo.
    const QString setUp = testCommand.left(testCommand.indexOf(QStringLiteral(" && ctest")));
    const QString tryIt =
        setUp +
        QStringLiteral(" && ./build/bin/deliverboard resources/demo/spring-newsletter-2026");
    QVERIFY2(lines.contains(tryIt), qPrintable(QStringLiteral("README.md has no line: ") + tryIt));
    QVERIFY(
        QFile::exists(testpaths::source(QStringLiteral("resources/demo/spring-newsletter-2026"))));
    // CI uses the fresh-root tool and the package check the README describes.
    QVERIFY(ci.contains(QStringLiteral("fresh-debian.sh")));
    QVERIFY(ci.contains(QStringLiteral("tools/check-package.sh")));
}

QTEST_GUILESS_MAIN(tst_ReadmeMatchesCi)
#include "tst_ReadmeMatchesCi.moc"
