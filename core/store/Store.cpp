#include "Store.h"

#include "StoreLocation.h"
#include "store/sqlite/Database.h"

namespace deliverboard {

std::unique_ptr<Store> Store::open(const QString& location, Mode mode, QString& error) {
    const std::optional<StoreLocation> parsed = StoreLocation::parse(location, error);
    if (!parsed)
        return nullptr;
    return open(*parsed, mode, error);
}

// The one place that knows every backend: a new one is a case here and a StoreLocation
// scheme (docs/store.md).
std::unique_ptr<Store> Store::open(const StoreLocation& location, Mode mode, QString& error) {
    switch (location.backend) {
    case StoreLocation::Backend::Sqlite: {
        auto database = std::make_unique<Database>();
        if (!database->open(location.path, mode)) {
            error = database->errorString();
            return nullptr;
        }
        return database;
    }
    }
    return nullptr;
}

} // namespace deliverboard
