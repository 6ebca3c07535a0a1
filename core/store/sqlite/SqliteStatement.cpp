#include "SqliteStatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace deliverboard {

SqliteStatement::~SqliteStatement() {
    if (m_statement)
        sqlite3_finalize(m_statement);
}

bool SqliteStatement::prepare(const QSqlDatabase& db, const QString& sql) {
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        m_error = QStringLiteral("the database is not an SQLite connection");
        return false;
    }
    m_db = *static_cast<sqlite3* const*>(handle.data());
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_db, utf8.constData(), static_cast<int>(utf8.size()),
                           SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        m_statement = nullptr;
        return false;
    }
    return true;
}

SqliteStatement& SqliteStatement::bind(const QString& text) {
    if (text.isEmpty())
        return bindNull();
    // The store is UTF-8; Qt's converter is faster than SQLite's UTF-16 path.
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_statement, m_next++, utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bind(qint64 value) {
    sqlite3_bind_int64(m_statement, m_next++, value);
    return *this;
}

SqliteStatement& SqliteStatement::bindTime(qint64 msSinceEpoch) {
    return msSinceEpoch == 0 ? bindNull() : bind(msSinceEpoch);
}

SqliteStatement& SqliteStatement::bindUtf8(const QByteArray& text) {
    if (text.isEmpty())
        return bindNull();
    if (!text.isValidUtf8())
        return bind(QString::fromUtf8(text));
    sqlite3_bind_text(m_statement, m_next++, text.constData(), static_cast<int>(text.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bindBlob(const QByteArray& bytes) {
    sqlite3_bind_blob(m_statement, m_next++, bytes.constData(), static_cast<int>(bytes.size()),
                      SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bindNull() {
    sqlite3_bind_null(m_statement, m_next++);
    return *this;
}

bool SqliteStatement::exec() {
    const int rc = sqlite3_step(m_statement);
    const bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_next = 1;
    return ok;
}

bool SqliteStatement::execScalar(qint64& value, bool& found) {
    const int rc = sqlite3_step(m_statement);
    found = rc == SQLITE_ROW;
    if (found)
        value = sqlite3_column_int64(m_statement, 0);
    const bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_next = 1;
    return ok;
}

bool SqliteStatement::next(bool& row) {
    const int rc = sqlite3_step(m_statement);
    row = rc == SQLITE_ROW;
    if (row)
        return true;
    const bool ok = rc == SQLITE_DONE;
    if (!ok)
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    reset();
    return ok;
}

void SqliteStatement::reset() {
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_next = 1;
}

qint64 SqliteStatement::columnInt64(int column) const {
    return sqlite3_column_int64(m_statement, column);
}

QString SqliteStatement::columnText(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
}

bool SqliteStatement::columnIsNull(int column) const {
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

int SqliteStatement::changes() const {
    return sqlite3_changes(m_db);
}

qint64 SqliteStatement::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace deliverboard
