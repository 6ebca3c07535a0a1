// The files the package installs beside the binaries are valid, and they cannot drift from
// the programs: the desktop entry and the AppStream metainfo pass their validators, the man
// pages render without warnings and name every command and option the binaries list in
// --help, and --version, the metainfo's newest release and the changelog all say the
// project's version. The validators come from tools/install-deps.sh.
#include "TestPaths.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `program args` (a tool from PATH or a built binary given by its path).
Run run(const QString& program, const QStringList& args) {
    Run result;
    const QString path =
        program.contains(QLatin1Char('/')) ? program : QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        result.err = QStringLiteral("%1 is not installed (run tools/install-deps.sh)").arg(program);
        return result;
    }
    QProcess process;
    process.start(path, args);
    if (!process.waitForFinished(120000)) {
        process.kill();
        result.err = QStringLiteral("%1 timed out").arg(program);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString packaging(const QString& name) {
    return testpaths::source(QStringLiteral("packaging/") + name);
}

QString readText(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The man page's source with the roff escapes that matter here undone ("\-" is "-").
QString manText(const QString& page) {
    return readText(packaging(QStringLiteral("man/") + page))
        .replace(QStringLiteral("\\-"), QStringLiteral("-"));
}

// Every option a QCommandLineParser help text lists ("  -o, --output <file.csv>  ...").
QStringList optionsIn(const QString& help) {
    QStringList options;
    static const QRegularExpression line(QStringLiteral("^\\s+(-[^ ].*?)(?:\\s{2,}|$)"),
                                         QRegularExpression::MultilineOption);
    static const QRegularExpression option(QStringLiteral("--?[A-Za-z][A-Za-z0-9-]*"));
    for (auto m = line.globalMatch(help); m.hasNext();) {
        const QString names = m.next().captured(1);
        for (auto o = option.globalMatch(names); o.hasNext();)
            options.append(o.next().captured(0));
    }
    return options;
}

} // namespace

class tst_PackagingFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void desktopFileIsValid();
    void metainfoIsValid();
    void releaseHistorySaysProjectVersion();
    void versionOptions_data();
    void versionOptions();
    void manPagesRenderWithoutWarnings_data();
    void manPagesRenderWithoutWarnings();
    void cliManPageNamesEveryCommandAndOption();
    void guiManPageNamesEveryOption();
};

void tst_PackagingFiles::desktopFileIsValid() {
    const Run r = run(QStringLiteral("desktop-file-validate"),
                      {packaging(QStringLiteral("org.deliverboard.Deliverboard.desktop"))});
    // Errors fail it; warnings and hints are printed too, and are not wanted either.
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QVERIFY2(r.out.trimmed().isEmpty() && r.err.trimmed().isEmpty(), qPrintable(r.out + r.err));
}

void tst_PackagingFiles::metainfoIsValid() {
    const Run r =
        run(QStringLiteral("appstreamcli"),
            {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--no-color"),
             packaging(QStringLiteral("org.deliverboard.Deliverboard.metainfo.xml"))});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    // No errors and no warnings (infos and pedantic notes are fine).
    static const QRegularExpression problem(QStringLiteral("^[EW]: "),
                                            QRegularExpression::MultilineOption);
    QVERIFY2(!problem.match(r.out + r.err).hasMatch(), qPrintable(r.out + r.err));
}

void tst_PackagingFiles::releaseHistorySaysProjectVersion() {
    const QString version = QStringLiteral(DELIVERBOARD_VERSION);
    // The metainfo's first <release> is the newest.
    QFile metainfo(packaging(QStringLiteral("org.deliverboard.Deliverboard.metainfo.xml")));
    QVERIFY(metainfo.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&metainfo);
    QString newest;
    while (!xml.atEnd() && newest.isEmpty()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("release"))
            newest = xml.attributes().value(QLatin1String("version")).toString();
    }
    QCOMPARE(newest, version);
    // The package's changelog (Debian format) starts with "deliverboard (<version>) ...".
    const QString changelog = readText(packaging(QStringLiteral("changelog")));
    QVERIFY2(changelog.startsWith(QStringLiteral("deliverboard (%1) ").arg(version)),
             qPrintable(changelog.section(QLatin1Char('\n'), 0, 0)));
}

void tst_PackagingFiles::versionOptions_data() {
    QTest::addColumn<QString>("binary");
    QTest::addColumn<QString>("expected");
    QTest::newRow("deliverboard-cli")
        << QStringLiteral("deliverboard-cli") << QStringLiteral("deliverboard-cli");
    QTest::newRow("deliverboard") << QStringLiteral("deliverboard")
                                  << QStringLiteral("Deliverboard");
}

void tst_PackagingFiles::versionOptions() {
    QFETCH(QString, binary);
    QFETCH(QString, expected);
    const Run r = run(testpaths::binary(binary), {QStringLiteral("--version")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out.trimmed(), expected + QLatin1Char(' ') + QStringLiteral(DELIVERBOARD_VERSION));
    const Run help = run(testpaths::binary(binary), {QStringLiteral("--help")});
    QVERIFY2(help.exitCode == 0, qPrintable(help.err));
    QVERIFY(help.out.contains(QStringLiteral("Usage: ")));
}

void tst_PackagingFiles::manPagesRenderWithoutWarnings_data() {
    QTest::addColumn<QString>("page");
    QTest::newRow("deliverboard.1") << QStringLiteral("deliverboard.1");
    QTest::newRow("deliverboard-cli.1") << QStringLiteral("deliverboard-cli.1");
}

void tst_PackagingFiles::manPagesRenderWithoutWarnings() {
    QFETCH(QString, page);
    const Run r = run(QStringLiteral("groff"),
                      {QStringLiteral("-man"), QStringLiteral("-Tutf8"), QStringLiteral("-ww"),
                       QStringLiteral("-z"), packaging(QStringLiteral("man/") + page)});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.trimmed().isEmpty(), qPrintable(r.err));
    const QString text = manText(page);
    for (const char* section : {".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION", ".SH OPTIONS",
                                ".SH EXAMPLES", ".SH SEE ALSO"})
        QVERIFY2(text.contains(QLatin1String(section)), section);
}

void tst_PackagingFiles::cliManPageNamesEveryCommandAndOption() {
    const QString cli = testpaths::binary(QStringLiteral("deliverboard-cli"));
    const Run usage = run(cli, {QStringLiteral("--help")});
    QVERIFY2(usage.exitCode == 0, qPrintable(usage.err));
    // "Commands:" is followed by one "  <name>  <summary>" line per command.
    const QString list =
        usage.out.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
    QStringList commands;
    for (const QString& line : list.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        commands.append(line.trimmed().section(QLatin1Char(' '), 0, 0));
    QVERIFY2(commands.size() >= 7, qPrintable(usage.out));

    const QString man = manText(QStringLiteral("deliverboard-cli.1"));
    QVERIFY(man.contains(QStringLiteral(".SH EXIT STATUS")));
    for (const QString& command : std::as_const(commands)) {
        // Each command has its own subsection, ".SS "<command> ...".
        QVERIFY2(man.contains(QStringLiteral(".SS \"%1 ").arg(command)) ||
                     man.contains(QStringLiteral(".SS \"%1\"").arg(command)),
                 qPrintable(QStringLiteral("no .SS for the command %1").arg(command)));
        const Run help = run(cli, {command, QStringLiteral("--help")});
        QVERIFY2(help.exitCode == 0, qPrintable(help.err));
        const QStringList options = optionsIn(help.out);
        QVERIFY2(!options.isEmpty(), qPrintable(help.out));
        for (const QString& option : options) {
            // As a whole word: "--as-of" does not count for "--as".
            const QRegularExpression named(QRegularExpression::escape(option) +
                                           QStringLiteral("(?![A-Za-z0-9-])"));
            QVERIFY2(
                named.match(man).hasMatch(),
                qPrintable(QStringLiteral("%1 %2 is not in the man page").arg(command, option)));
        }
    }
}

void tst_PackagingFiles::guiManPageNamesEveryOption() {
    const Run help =
        run(testpaths::binary(QStringLiteral("deliverboard")), {QStringLiteral("--help")});
    QVERIFY2(help.exitCode == 0, qPrintable(help.err));
    const QStringList options = optionsIn(help.out);
    QVERIFY2(options.contains(QStringLiteral("--version")), qPrintable(help.out));
    const QString man = manText(QStringLiteral("deliverboard.1"));
    for (const QString& option : options) {
        const QRegularExpression named(QRegularExpression::escape(option) +
                                       QStringLiteral("(?![A-Za-z0-9-])"));
        QVERIFY2(named.match(man).hasMatch(),
                 qPrintable(QStringLiteral("%1 is not in deliverboard.1").arg(option)));
    }
}

QTEST_GUILESS_MAIN(tst_PackagingFiles)
#include "tst_PackagingFiles.moc"
