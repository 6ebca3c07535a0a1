#include "StoreLocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace deliverboard {

namespace {
// "<scheme>:" at the start, as URLs spell it (RFC 3986); the scheme in lower case, else empty.
QString schemeOf(const QString& text) {
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):"));
    const QRegularExpressionMatch match = scheme.match(text);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}
} // namespace

std::optional<StoreLocation> StoreLocation::parse(const QString& text, QString& error) {
    const QString scheme = schemeOf(text);
    const QString rest = text.mid(scheme.size() + 1);
    if (scheme == QLatin1String("sqlite")) {
        StoreLocation location;
        if (!rest.startsWith(QLatin1String("//"))) {
            location.path = rest; // sqlite:store.db, sqlite:/var/lib/store.db, sqlite::memory:
        } else {
            // sqlite:///var/lib/store.db: a URL (percent-encoded) of a file on this machine.
            const QUrl url(text);
            if (url.isValid() && url.host().isEmpty())
                location.path = url.path(QUrl::FullyDecoded);
        }
        if (location.path.isEmpty()) {
            error = QCoreApplication::translate(
                "StoreLocation",
                "an SQLite store is a file on this machine: sqlite:/path/to/store.db");
            return std::nullopt;
        }
        return location;
    }
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres")) {
        error =
            QCoreApplication::translate("StoreLocation", "this build has no PostgreSQL backend");
        return std::nullopt;
    }
    // Any other scheme counts only as a URL ("x://"): "notes:2026.db" stays a file name.
    if (!scheme.isEmpty() && rest.startsWith(QLatin1String("//"))) {
        error = QCoreApplication::translate(
                    "StoreLocation",
                    "unknown kind of store location \"%1:\" (use a file path or sqlite:<path>)")
                    .arg(scheme);
        return std::nullopt;
    }
    StoreLocation location;
    location.path = text;
    return location;
}

bool StoreLocation::exists() const {
    return QFileInfo::exists(path);
}

} // namespace deliverboard
