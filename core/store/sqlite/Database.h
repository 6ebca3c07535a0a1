#pragma once

#include "store/Store.h"

#include <QSqlDatabase>
#include <QString>

namespace deliverboard {

// One SQLite connection, owned by the thread that opened it (Qt Sql connections are
// thread-affine: a worker opens its own Database on the same file): the SQLite Store.
// Opening applies the schema migrations, WAL mode (ReadWrite only: a read-only open
// writes nothing) and foreign keys.
class Database : public Store {
public:
    Database() = default;
    ~Database() override;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (and creates or migrates) the store at `path`; ":memory:" for tests. Another
    // writer's lock is waited for (busy timeout) rather than failed at once.
    bool open(const QString& path, Mode mode = Mode::ReadWrite);
    void close();
    bool isOpen() const override;
    QString errorString() const override { return m_error; }
    QString path() const { return m_path; }
    QString location() const override { return m_path; }
    QSqlDatabase connection() const;

    std::unique_ptr<ImportSink> importSink() override;
    std::unique_ptr<ReportSource> reportSource() override;
    std::unique_ptr<StatusSource> statusSource() override;
    std::unique_ptr<SettingsSource> settingsSource() override;

    int schemaVersion() const;
    static int latestSchemaVersion();

private:
    bool migrate();
    bool configure(Mode mode);
    bool applyConnectionPragmas();
    static constexpr int kBusyTimeoutMs = 10000;

    QString m_connectionName;
    QString m_path;
    QString m_error;
    bool m_olderSchema = false; // the read-only open found a schema to upgrade
};

// Runs `sql`; on failure returns false and fills `error` with the driver's text.
bool execSql(QSqlDatabase db, const QString& sql, QString* error = nullptr);

} // namespace deliverboard
