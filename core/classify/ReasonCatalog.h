#pragma once

#include "model/DeliveryClass.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace deliverboard {

struct ReasonInfo {
    QString id;          // contract section 6 id
    QString displayName; // in the current UI language
    QString explanation; // one line, in the current UI language
    DeliveryClass defaultClass = DeliveryClass::Unknown;
    Blame blame = Blame::Unknown;
};

// The fixed taxonomy of failure reasons (Sisimai vocabulary plus our own), from
// resources/rules. Display names and explanations exist in English, German and Dutch.
class ReasonCatalog {
public:
    static const ReasonCatalog& standard();

    ReasonCatalog();
    ~ReasonCatalog();
    ReasonCatalog(const ReasonCatalog&) = delete;
    ReasonCatalog& operator=(const ReasonCatalog&) = delete;

    ReasonInfo info(const QString& id) const; // "undefined" entry for unknown ids
    QList<ReasonInfo> all() const;

    // The same in a given language ("en", "de", "nl"; English for any other).
    ReasonInfo info(const QString& id, const QString& language) const;
    bool contains(const QString& id) const;
    QStringList languages() const; // languages every reason has names for
    // Problems found while loading the built-in data; empty when it is valid.
    const QStringList& loadErrors() const;

private:
    struct Data;
    std::unique_ptr<Data> m_data;
};

} // namespace deliverboard
