#pragma once

#include <QSqlDatabase>
#include <QString>

namespace deliverboard {

// One SQLite connection, owned by the thread that opened it (Qt Sql connections are
// thread-affine: a worker opens its own Database on the same file). Opening applies the
// schema migrations, WAL mode and foreign keys.
class Database {
public:
    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (and creates or migrates) the store at `path`; ":memory:" for tests.
    bool open(const QString& path);
    void close();
    bool isOpen() const;
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;

    int schemaVersion() const;
    static int latestSchemaVersion();

private:
    bool migrate();

    QString m_connectionName;
    QString m_path;
    QString m_error;
};

// Runs `sql`; on failure returns false and fills `error` with the driver's text.
bool execSql(QSqlDatabase db, const QString& sql, QString* error = nullptr);

} // namespace deliverboard
