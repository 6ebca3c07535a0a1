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

    enum class Mode {
        ReadWrite, // creates or migrates the store, switches on WAL
        ReadOnly,  // for commands that only read: nothing is written at open (no WAL
                   // switch), so a store in a read-only folder can be reported on; a store
                   // of an older schema is upgraded first where it can be written
    };
    // Opens (and creates or migrates) the store at `path`; ":memory:" for tests. Another
    // writer's lock is waited for (busy timeout) rather than failed at once.
    bool open(const QString& path, Mode mode = Mode::ReadWrite);
    void close();
    bool isOpen() const;
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const;

    int schemaVersion() const;
    static int latestSchemaVersion();

private:
    bool migrate();
    bool configure(Mode mode);
    static constexpr int kBusyTimeoutMs = 10000;

    QString m_connectionName;
    QString m_path;
    QString m_error;
    bool m_olderSchema = false; // the read-only open found a schema to upgrade
};

// Runs `sql`; on failure returns false and fills `error` with the driver's text.
bool execSql(QSqlDatabase db, const QString& sql, QString* error = nullptr);

} // namespace deliverboard
