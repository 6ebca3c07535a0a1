#include "Database.h"

#include "Migrations.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace deliverboard {

namespace {
QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("deliverboard-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

bool execSql(QSqlDatabase db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text() + QStringLiteral(" [") + sql.simplified().left(200) +
                 QStringLiteral("]");
    return false;
}

Database::~Database() { close(); }

bool Database::open(const QString& path)
{
    close();
    m_connectionName = newConnectionName();
    m_path = path;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    // Another process (the GUI and the CLI on one store) may hold a write lock briefly.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        m_error = db.lastError().text();
        close();
        return false;
    }
    const bool memory = path == QLatin1String(":memory:");
    if ((!memory && !execSql(db, QStringLiteral("PRAGMA journal_mode=WAL"), &m_error)) ||
        !execSql(db, QStringLiteral("PRAGMA foreign_keys=ON"), &m_error) ||
        !execSql(db, QStringLiteral("PRAGMA synchronous=NORMAL"), &m_error) ||
        !execSql(db, QStringLiteral("PRAGMA cache_size=-65536"), &m_error) ||
        !execSql(db, QStringLiteral("PRAGMA temp_store=MEMORY"), &m_error) || !migrate()) {
        close();
        return false;
    }
    return true;
}

void Database::close()
{
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

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connectionName, false); }

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

int Database::latestSchemaVersion() { return static_cast<int>(migrationSteps().size()); }

bool Database::migrate()
{
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
                m_error = QStringLiteral("migration to schema %1 failed: %2").arg(version + 1).arg(m_error);
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
