#pragma once

#include <QString>

#include <optional>

namespace deliverboard {

// Where a store is, as the user names it (--db, the GUI's store path): a file path or
// "sqlite:<path>" is an SQLite file; "postgresql://..." names a server this build has no
// backend for, and any other "<scheme>://" is refused. A plain path is never read as a URL,
// so every file name that worked before still does.
struct StoreLocation {
    enum class Backend { Sqlite };
    Backend backend = Backend::Sqlite;
    QString path; // SQLite: the file (or ":memory:")

    // nullopt with `error` set when the location cannot name a store of this build.
    static std::optional<StoreLocation> parse(const QString& text, QString& error);
    // Whether a store is there already (SQLite: the file exists).
    bool exists() const;
};

} // namespace deliverboard
