#include "Database.h"

#include "ImportWriter.h"
#include "Migrations.h"
#include "ReportQueries.h"
#include "StatusStore.h"
#include "StoreSettings.h"
#include "store/SqlThreadGuard.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace deliverboard {

namespace {
QString newConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("deliverboard-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Settings of every connection, read-only or not. cache_size: 64 MB of pages. temp_store:
// sorts and temporary b-trees (GROUP BY over every attempt of a campaign, for one) spill to
// temporary files once they outgrow the page cache. In memory they would grow with the
// campaign: at 10M recipients the summary's per-minute GROUP BY held 918 MB that way and
// 138 MB with files, and ran faster (docs/performance.md, stop 23).
constexpr const char* kConnectionPragmas[] = {"PRAGMA foreign_keys=ON", "PRAGMA cache_size=-65536",
                                              "PRAGMA temp_store=FILE"};
} // namespace

bool execSql(QSqlDatabase db, const QString& sql, QString* error) {
    sqlguard::check("execSql", sql);
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text() + QStringLiteral(" [") + sql.simplified().left(200) +
                 QStringLiteral("]");
    return false;
}

Database::~Database() {
    close();
}

bool Database::open(const QString& path, Mode mode) {
    close();
    m_error.clear();
    m_connectionName = newConnectionName();
    m_path = path;
    const bool memory = path == QLatin1String(":memory:");
    const bool readOnly = mode == Mode::ReadOnly && !memory;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        // Another process (the GUI and the CLI on one store) may hold a write lock briefly.
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
        if (readOnly) {
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
            // A WAL store in a folder we cannot write: its -shm file cannot be made, so
            // read the file as it is (nobody can be writing there either).
            const QFileInfo info(path);
            if (!QFileInfo(info.absolutePath()).isWritable() &&
                !QFileInfo::exists(path + QStringLiteral("-wal"))) {
                options += QStringLiteral(";QSQLITE_OPEN_URI");
                db.setDatabaseName(
                    QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded) +
                    QStringLiteral("?immutable=1"));
            } else {
                db.setDatabaseName(path);
            }
        } else {
            db.setDatabaseName(path);
        }
        db.setConnectOptions(options);
        if (!db.open())
            m_error = db.lastError().text();
    } // no QSqlDatabase copy may outlive this scope when close() removes the connection
    m_olderSchema = false;
    if (!m_error.isEmpty() || !configure(readOnly ? Mode::ReadOnly : Mode::ReadWrite)) {
        // A store of an earlier version is upgraded where it can be written, so that a new
        // release reports on the stores of the last one; elsewhere the error says why not.
        const QFileInfo info(path);
        const bool upgrade = m_olderSchema && info.isWritable() &&
                             QFileInfo(info.absolutePath()).isWritable();
        close();
        return upgrade ? open(path, Mode::ReadWrite) : false;
    }
    return true;
}

bool Database::configure(Mode mode) {
    QSqlDatabase db = connection();
    const bool memory = m_path == QLatin1String(":memory:");
    if (mode == Mode::ReadOnly) {
        if (!applyConnectionPragmas())
            return false;
        const int version = schemaVersion();
        if (version < 0) {
            m_error = QCoreApplication::translate("Database", "cannot read the store");
            return false;
        }
        if (version != latestSchemaVersion()) {
            m_error =
                version > latestSchemaVersion()
                    ? QCoreApplication::translate(
                          "Database", "the store was written by a newer Deliverboard (schema %1, "
                                      "this version knows %2)")
                          .arg(version)
                          .arg(latestSchemaVersion())
                    : QCoreApplication::translate(
                          "Database", "the store has an older schema (%1) and cannot be upgraded "
                                      "here: it or its folder is read-only")
                          .arg(version);
            m_olderSchema = version < latestSchemaVersion();
            return false;
        }
        return true;
    }
    return (memory || execSql(db, QStringLiteral("PRAGMA journal_mode=WAL"), &m_error)) &&
           execSql(db, QStringLiteral("PRAGMA synchronous=NORMAL"), &m_error) &&
           applyConnectionPragmas() && migrate();
}

bool Database::applyConnectionPragmas() {
    const QSqlDatabase db = connection();
    for (const char* pragma : kConnectionPragmas) {
        if (!execSql(db, QString::fromLatin1(pragma), &m_error))
            return false;
    }
    return true;
}

void Database::close() {
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::isOpen() const {
    return !m_connectionName.isEmpty() && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

// The store's interfaces, each on this connection (Store: they must not outlive it).
std::unique_ptr<ImportSink> Database::importSink() {
    return std::make_unique<ImportWriter>(connection());
}

std::unique_ptr<ReportSource> Database::reportSource() {
    return std::make_unique<ReportQueries>(connection());
}

std::unique_ptr<StatusSource> Database::statusSource() {
    return std::make_unique<StatusStore>(connection());
}

std::unique_ptr<SettingsSource> Database::settingsSource() {
    return std::make_unique<StoreSettings>(connection());
}

int Database::schemaVersion() const {
    sqlguard::check("Database::schemaVersion");
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

int Database::latestSchemaVersion() {
    return static_cast<int>(migrationSteps().size());
}

bool Database::migrate() {
    QSqlDatabase db = connection();
    const int current = schemaVersion();
    const auto& steps = migrationSteps();
    if (current > static_cast<int>(steps.size())) {
        m_error = QStringLiteral("the store was written by a newer Deliverboard (schema %1, "
                                 "this version knows %2)")
                      .arg(current)
                      .arg(steps.size());
        return false;
    }
    // One transaction per step: a store is always at exactly one schema version.
    for (int version = current; version < static_cast<int>(steps.size()); ++version) {
        if (!db.transaction()) {
            m_error = db.lastError().text();
            return false;
        }
        for (const QString& statement : steps[version]) {
            if (!execSql(db, statement, &m_error)) {
                db.rollback();
                m_error = QStringLiteral("migration to schema %1 failed: %2")
                              .arg(version + 1)
                              .arg(m_error);
                return false;
            }
        }
        if (!execSql(db, QStringLiteral("PRAGMA user_version=%1").arg(version + 1), &m_error) ||
            !db.commit()) {
            db.rollback();
            return false;
        }
    }
    return true;
}

} // namespace deliverboard
