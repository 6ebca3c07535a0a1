// Only core/store speaks to the database (issue 10): import, export, policy, the GUI and the
// CLI reach the store through its interfaces (core/store/Store.h), so that another backend
// can be added without touching them. This reads the sources and fails on any file outside
// core/store that includes an SQLite implementation header or Qt Sql, or names a Qt Sql
// class; and on a store interface header that does.
#include "TestPaths.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {
// What only core/store/sqlite/ may use: its headers, Qt Sql, the SQLite C API.
const QRegularExpression& sqlUse() {
    static const QRegularExpression pattern(
        QStringLiteral("#\\s*include\\s*[<\"](store/sqlite/"
                       "|QSql|QtSql|sqlite3)|\\bQSql\\w+|\\bsqlite3_?\\w*\\s*[*(]"));
    return pattern;
}

// "path:line: text" of every line of `text` that uses SQL directly (comments are skipped).
QStringList sqlUses(const QString& path, const QString& text) {
    QStringList found;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.startsWith(QLatin1String("//")))
            continue;
        if (sqlUse().match(line).hasMatch())
            found.append(QStringLiteral("%1:%2: %3").arg(path).arg(i + 1).arg(line));
    }
    return found;
}

// Every C++ source under the project folder `relative`, as paths relative to the root.
QStringList sourcesUnder(const QString& relative) {
    QStringList paths;
    const QString root = testpaths::source(QString());
    QDirIterator it(testpaths::source(relative), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths.append(QDir(root).relativeFilePath(it.next()));
    paths.sort();
    return paths;
}

QString readSource(const QString& relative) {
    QFile file(testpaths::source(relative));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

class tst_StoreBoundary : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void detectorFindsDirectSqlUse();
    void onlyCoreStoreSpeaksSql();
    void storeInterfacesAreFreeOfSql();
};

// The scan below can only fail if the detector sees what it must: checked on samples.
void tst_StoreBoundary::detectorFindsDirectSqlUse() {
    const QStringList uses = {
        QStringLiteral("#include \"store/sqlite/ReportQueries.h\""),
        QStringLiteral("#include <QSqlDatabase>"),
        QStringLiteral("#include <QtSql/QSqlQuery>"),
        QStringLiteral("#include <sqlite3.h>"),
        QStringLiteral("    QSqlQuery q(db);"),
        QStringLiteral("using Change = std::function<bool(QSqlDatabase db)>;"),
        QStringLiteral("    sqlite3* handle = nullptr;"),
    };
    for (const QString& use : uses)
        QVERIFY2(!sqlUses(QStringLiteral("sample.cpp"), use).isEmpty(), qPrintable(use));
    const QStringList clean = {
        QStringLiteral("#include \"store/ReportSource.h\""),
        QStringLiteral("#include \"store/Store.h\""),
        QStringLiteral("    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));"),
        QStringLiteral("    return QDir(dir).filePath(QStringLiteral(\"deliverboard.sqlite\"));"),
        QStringLiteral("// QSqlDatabase connections are thread-affine"),
    };
    for (const QString& line : clean)
        QVERIFY2(sqlUses(QStringLiteral("sample.cpp"), line).isEmpty(), qPrintable(line));
}

void tst_StoreBoundary::onlyCoreStoreSpeaksSql() {
    QStringList files;
    for (const QString& folder : {QStringLiteral("core"), QStringLiteral("ui"),
                                  QStringLiteral("app"), QStringLiteral("tools")})
        files += sourcesUnder(folder);
    // Beside the importer, the exporters, the policy and the widgets: the scan really ran.
    for (const QString& expected : {QStringLiteral("core/import/CampaignImporter.cpp"),
                                    QStringLiteral("core/export/BounceExporter.cpp"),
                                    QStringLiteral("ui/audience/AudienceWorker.cpp"),
                                    QStringLiteral("app/cli/CliSupport.cpp")})
        QVERIFY2(files.contains(expected), qPrintable(expected));
    QStringList uses;
    int scanned = 0;
    for (const QString& path : std::as_const(files)) {
        if (path.startsWith(QLatin1String("core/store/")))
            continue;
        ++scanned;
        uses += sqlUses(path, readSource(path));
    }
    QVERIFY(scanned > 100);
    QVERIFY2(uses.isEmpty(), qPrintable(uses.join(QLatin1Char('\n'))));
}

// The interfaces themselves carry plain Qt and C++ types only.
void tst_StoreBoundary::storeInterfacesAreFreeOfSql() {
    const QStringList interfaces = {
        QStringLiteral("core/store/Store.h"),          QStringLiteral("core/store/StoreLocation.h"),
        QStringLiteral("core/store/ImportSink.h"),     QStringLiteral("core/store/ImportRecords.h"),
        QStringLiteral("core/store/ReportSource.h"),   QStringLiteral("core/store/StatusSource.h"),
        QStringLiteral("core/store/SettingsSource.h"),
    };
    for (const QString& path : interfaces) {
        const QString text = readSource(path);
        QVERIFY2(!text.isEmpty(), qPrintable(path));
        const QStringList uses = sqlUses(path, text);
        QVERIFY2(uses.isEmpty(), qPrintable(uses.join(QLatin1Char('\n'))));
        // No query text either: no SQL keyword in a string literal of a line of code.
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            if (line.trimmed().startsWith(QLatin1String("//")))
                continue;
            QVERIFY2(!line.contains(QRegularExpression(QStringLiteral(
                         "\"[^\"]*\\b(SELECT|INSERT|UPDATE|DELETE|PRAGMA)\\b[^\"]*\""))),
                     qPrintable(path + QStringLiteral(": ") + line));
        }
    }
}

QTEST_GUILESS_MAIN(tst_StoreBoundary)
#include "tst_StoreBoundary.moc"
