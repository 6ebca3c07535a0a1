#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace deliverboard {

// A prepared statement on the SQLite handle behind a QSqlDatabase (QSQLITE uses the
// system libsqlite3, so the handle is shared). Used only for the importer's hot inserts
// and updates, and for the lookups repeated per message: Qt Sql formats and hashes a placeholder
// name for every bound value, which cost a quarter of all import instructions. Transactions stay
// with QSqlDatabase.
class SqliteStatement {
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool prepare(const QSqlDatabase& db, const QString& sql);
    bool isPrepared() const { return m_statement != nullptr; }

    // Binds the next positional parameter (1-based order of the calls after reset()).
    SqliteStatement& bind(const QString& text); // NULL when empty
    // Text already in UTF-8 (a log line as read): bound as is when it is valid UTF-8,
    // else with each invalid sequence replaced as QString::fromUtf8 would. NULL when empty.
    SqliteStatement& bindUtf8(const QByteArray& text);
    SqliteStatement& bind(qint64 value);
    SqliteStatement& bindInt(int value) { return bind(static_cast<qint64>(value)); }
    SqliteStatement& bindTime(qint64 msSinceEpoch); // NULL when 0
    SqliteStatement& bindNull();
    SqliteStatement& bindBlob(const QByteArray& bytes);

    // Runs the statement and resets it for the next use. False with errorString() set.
    bool exec();
    // Runs a query for one integer (its first row's first column) and resets it; `found` says
    // whether there was a row. False with errorString() set.
    bool execScalar(qint64& value, bool& found);
    qint64 lastInsertId() const;
    int changes() const; // rows the last exec() inserted, updated or deleted

    // Runs a query a row at a time: true with `row` set while rows come; after the last row
    // or an error the statement is reset for the next use. False with errorString() set.
    // A caller that stops before the last row calls reset().
    bool next(bool& row);
    void reset();
    // The current row's columns (0-based); NULL reads as 0 and as a null string.
    qint64 columnInt64(int column) const;
    QString columnText(int column) const;
    bool columnIsNull(int column) const;
    QString errorString() const { return m_error; }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    int m_next = 1;
    QString m_error;
};

} // namespace deliverboard
