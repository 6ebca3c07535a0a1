#pragma once

#include <QString>

#include <memory>

namespace deliverboard {

class ImportSink;
class ReportSource;
class SettingsSource;
class StatusSource;
struct StoreLocation;

// An open store, whatever keeps it: the one object import, export, policy, the GUI and the
// CLI open (Store::open) and ask for the interfaces they work through. SQLite
// (store/sqlite/Database) is the embedded default; a server backend would be another
// implementation chosen by the location's scheme (docs/store.md).
//
// A Store and every interface it hands out belong to the thread that opened it (SQLite's
// Qt connections are thread-affine, a server connection is one session): a worker opens a
// Store of its own. The interfaces hold the store's connection, so they must be destroyed
// before the Store.
class Store {
public:
    enum class Mode {
        ReadWrite, // creates or migrates the store
        ReadOnly,  // for commands that only read: nothing is written at open, so a store that
                   // cannot be written can be reported on; a store of an older schema is
                   // upgraded first where it can be written
    };

    // Opens the store at `location`: a file path or "sqlite:<path>" (SQLite, the default;
    // ":memory:" for tests). A scheme this build has no backend for (postgresql://...)
    // fails with a message saying so. nullptr with `error` set when it cannot be opened.
    static std::unique_ptr<Store> open(const QString& location, Mode mode, QString& error);
    static std::unique_ptr<Store> open(const StoreLocation& location, Mode mode, QString& error);

    virtual ~Store() = default;
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    virtual bool isOpen() const = 0;
    virtual QString errorString() const = 0;
    // Where the store is, for messages (a file path for SQLite).
    virtual QString location() const = 0;

    // Each call makes a new object on this store's connection, for the calling thread.
    virtual std::unique_ptr<ImportSink> importSink() = 0;
    virtual std::unique_ptr<ReportSource> reportSource() = 0;
    virtual std::unique_ptr<StatusSource> statusSource() = 0;
    virtual std::unique_ptr<SettingsSource> settingsSource() = 0;

protected:
    Store() = default;
};

} // namespace deliverboard
