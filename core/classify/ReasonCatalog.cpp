#include "ReasonCatalog.h"

#include "RuleFile.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace deliverboard {

namespace {
const QStringList kLanguages{u"en"_s, u"de"_s, u"nl"_s};

struct ReasonEntry {
    QString id;
    DeliveryClass defaultClass = DeliveryClass::Unknown;
    Blame blame = Blame::Unknown;
    QHash<QString, QString> names;        // language -> display name
    QHash<QString, QString> explanations; // language -> one line
};

QString uiLanguage() {
    const QString name = QLocale().name().left(2);
    return kLanguages.contains(name) ? name : u"en"_s;
}
} // namespace

struct ReasonCatalog::Data {
    QList<ReasonEntry> entries;
    QHash<QString, qsizetype> byId;
    QStringList errors;
};

ReasonCatalog::ReasonCatalog()
    : m_data(std::make_unique<Data>()) {
    rules::RuleFile file(u"reasons.json"_s, m_data->errors);
    const QJsonArray reasons = file.array(u"reasons"_s);
    for (qsizetype i = 0; i < reasons.size(); ++i) {
        const QJsonObject object = reasons.at(i).toObject();
        ReasonEntry entry;
        entry.id = object.value(u"id"_s).toString();
        const QString where = u"reasons[%1] '%2'"_s.arg(i).arg(entry.id);
        file.requireString(object, u"id"_s, where);
        if (m_data->byId.contains(entry.id))
            file.error(where, u"duplicate reason id"_s);
        const QString cls = file.requireString(object, u"class"_s, where);
        entry.defaultClass = classFromId(cls);
        if (entry.defaultClass == DeliveryClass::Unknown && cls != u"unknown"_s)
            file.error(where, u"unknown class '%1'"_s.arg(cls));
        const QString blame = file.requireString(object, u"blame"_s, where);
        entry.blame = blameFromId(blame);
        if (entry.blame == Blame::Unknown && blame != u"unknown"_s)
            file.error(where, u"unknown blame '%1'"_s.arg(blame));
        const QJsonObject names = object.value(u"name"_s).toObject();
        const QJsonObject explanations = object.value(u"explanation"_s).toObject();
        for (const QString& language : kLanguages) {
            entry.names.insert(language, file.requireString(names, language, where + u" name"_s));
            entry.explanations.insert(
                language, file.requireString(explanations, language, where + u" explanation"_s));
        }
        m_data->byId.insert(entry.id, m_data->entries.size());
        m_data->entries.append(entry);
    }
    if (file.isValid() && !m_data->byId.contains(u"undefined"_s))
        file.error({}, u"the fallback reason 'undefined' is missing"_s);
}

ReasonCatalog::~ReasonCatalog() = default;

const ReasonCatalog& ReasonCatalog::standard() {
    static const ReasonCatalog catalog;
    [[maybe_unused]] static const bool checked =
        (rules::failOnErrors("reason", catalog.loadErrors()), true);
    return catalog;
}

ReasonInfo ReasonCatalog::info(const QString& id) const {
    return info(id, uiLanguage());
}

ReasonInfo ReasonCatalog::info(const QString& id, const QString& language) const {
    auto it = m_data->byId.constFind(id);
    if (it == m_data->byId.constEnd())
        it = m_data->byId.constFind(u"undefined"_s);
    if (it == m_data->byId.constEnd())
        return ReasonInfo{id, id, {}, DeliveryClass::Unknown, Blame::Unknown};
    const ReasonEntry& entry = m_data->entries.at(*it);
    const QString lang = kLanguages.contains(language) ? language : u"en"_s;
    return ReasonInfo{entry.id, entry.names.value(lang), entry.explanations.value(lang),
                      entry.defaultClass, entry.blame};
}

bool ReasonCatalog::contains(const QString& id) const {
    return m_data->byId.contains(id);
}

QStringList ReasonCatalog::languages() const {
    return kLanguages;
}

QList<ReasonInfo> ReasonCatalog::all() const {
    QList<ReasonInfo> result;
    result.reserve(m_data->entries.size());
    for (const ReasonEntry& entry : m_data->entries)
        result.append(info(entry.id));
    return result;
}

const QStringList& ReasonCatalog::loadErrors() const {
    return m_data->errors;
}

} // namespace deliverboard
