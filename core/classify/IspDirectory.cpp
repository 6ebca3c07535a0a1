#include "IspDirectory.h"

#include "RuleFile.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace deliverboard {

namespace {
struct IspEntry {
    IspInfo info;
    QString deepLink; // template with {code}, {enhanced}, {enhanced_dashed}; may be empty
    QStringList hostSuffixes;
    QList<QRegularExpression> textSignatures;
    QList<QRegularExpression> textLinks;
};

QString domainOf(const QString& recipientOrDomain) {
    QString domain = recipientOrDomain.trimmed().toLower();
    const qsizetype at = domain.lastIndexOf(u'@');
    if (at >= 0)
        domain = domain.mid(at + 1);
    while (domain.endsWith(u'.') || domain.endsWith(u'>'))
        domain.chop(1);
    return domain;
}

QString normalisedHost(const QString& host) {
    QString result = host.trimmed().toLower();
    // Relay fields look like "mx.example.com[192.0.2.1]:25"; only the name matters here.
    const qsizetype bracket = result.indexOf(u'[');
    if (bracket >= 0)
        result.truncate(bracket);
    while (result.endsWith(u'.'))
        result.chop(1);
    return result;
}
} // namespace

struct IspDirectory::Data {
    QList<IspEntry> entries; // display order, "other" last
    QHash<QString, qsizetype> byId;
    QHash<QString, qsizetype> byDomain;     // exact recipient domains
    QHash<QString, qsizetype> byFirstLabel; // "hotmail.*" style: any suffix after the label
    qsizetype other = -1;
    QStringList errors;

    const IspEntry& entry(qsizetype index) const { return entries.at(index); }
};

IspDirectory::IspDirectory()
    : m_data(std::make_unique<Data>()) {
    rules::RuleFile file(u"isps.json"_s, m_data->errors);
    const QJsonArray isps = file.array(u"isps"_s);
    for (qsizetype i = 0; i < isps.size(); ++i) {
        const QJsonObject object = isps.at(i).toObject();
        IspEntry entry;
        entry.info.id = object.value(u"id"_s).toString();
        const QString where = u"isps[%1] '%2'"_s.arg(i).arg(entry.info.id);
        file.requireString(object, u"id"_s, where);
        entry.info.displayName = file.requireString(object, u"name"_s, where);
        entry.info.helpUrl = file.requireString(object, u"help"_s, where);
        entry.deepLink = object.value(u"deepLink"_s).toString();
        if (m_data->byId.contains(entry.info.id))
            file.error(where, u"duplicate ISP id"_s);
        const qsizetype index = m_data->entries.size();
        for (const QJsonValue& value : object.value(u"domains"_s).toArray()) {
            const QString domain = value.toString().toLower();
            if (domain.endsWith(u".*"_s))
                m_data->byFirstLabel.insert(domain.chopped(2), index);
            else if (m_data->byDomain.contains(domain))
                file.error(where, u"domain '%1' listed twice"_s.arg(domain));
            else
                m_data->byDomain.insert(domain, index);
        }
        for (const QJsonValue& value : object.value(u"hostSuffixes"_s).toArray())
            entry.hostSuffixes.append(value.toString().toLower());
        for (const QJsonValue& value : object.value(u"textSignatures"_s).toArray())
            entry.textSignatures.append(file.compilePattern(value.toString(), where));
        for (const QJsonValue& value : object.value(u"textLinks"_s).toArray())
            entry.textLinks.append(file.compilePattern(value.toString(), where));
        if (entry.info.id == u"other"_s)
            m_data->other = index;
        m_data->byId.insert(entry.info.id, index);
        m_data->entries.append(entry);
    }
    if (file.isValid() && m_data->other < 0)
        file.error({}, u"the fallback ISP 'other' is missing"_s);
    if (m_data->other >= 0 && m_data->other != m_data->entries.size() - 1)
        file.error({}, u"the ISP 'other' must be the last entry"_s);
    if (m_data->other < 0) // keep the object usable even when the data is broken
        m_data->entries.append(IspEntry{{u"other"_s, u"Other"_s, {}}, {}, {}, {}, {}}),
            m_data->other = m_data->entries.size() - 1;
}

IspDirectory::~IspDirectory() = default;

const IspDirectory& IspDirectory::standard() {
    static const IspDirectory directory;
    [[maybe_unused]] static const bool checked =
        (rules::failOnErrors("ISP", directory.loadErrors()), true);
    return directory;
}

const IspInfo& IspDirectory::identify(const QString& recipientOrDomain,
                                      const QString& relayHost) const {
    const QString domain = domainOf(recipientOrDomain);
    if (!domain.isEmpty()) {
        if (auto it = m_data->byDomain.constFind(domain); it != m_data->byDomain.constEnd())
            return m_data->entry(*it).info;
        const qsizetype dot = domain.indexOf(u'.');
        if (dot > 0) {
            auto it = m_data->byFirstLabel.constFind(domain.left(dot));
            if (it != m_data->byFirstLabel.constEnd())
                return m_data->entry(*it).info;
        }
    }
    const QString host = normalisedHost(relayHost);
    if (!host.isEmpty()) {
        for (const IspEntry& entry : m_data->entries) {
            for (const QString& suffix : entry.hostSuffixes) {
                if (host == suffix ||
                    (host.endsWith(suffix) && host.at(host.size() - suffix.size() - 1) == u'.'))
                    return entry.info;
            }
        }
    }
    return m_data->entry(m_data->other).info;
}

const IspInfo* IspDirectory::identifyFromText(const QString& replyText) const {
    for (const IspEntry& entry : m_data->entries) {
        for (const QRegularExpression& signature : entry.textSignatures) {
            if (signature.match(replyText).hasMatch())
                return &entry.info;
        }
    }
    return nullptr;
}

const IspInfo& IspDirectory::byId(const QString& id) const {
    auto it = m_data->byId.constFind(id);
    return m_data->entry(it == m_data->byId.constEnd() ? m_data->other : *it).info;
}

QList<IspInfo> IspDirectory::all() const {
    QList<IspInfo> result;
    for (const IspEntry& entry : m_data->entries)
        result.append(entry.info);
    return result;
}

QString IspDirectory::helpUrlFor(const QString& ispId, const QString& code,
                                 const QString& enhanced) const {
    auto it = m_data->byId.constFind(ispId);
    const IspEntry& entry = m_data->entry(it == m_data->byId.constEnd() ? m_data->other : *it);
    const bool needsEnhanced = entry.deepLink.contains(u"{enhanced"_s);
    const bool needsCode = entry.deepLink.contains(u"{code}"_s);
    if (entry.deepLink.isEmpty() || (needsEnhanced && enhanced.isEmpty()) ||
        (needsCode && code.isEmpty()))
        return entry.info.helpUrl;
    QString url = entry.deepLink;
    url.replace(u"{code}"_s, code);
    url.replace(u"{enhanced}"_s, enhanced);
    url.replace(u"{enhanced_dashed}"_s, QString(enhanced).replace(u'.', u'-'));
    return url;
}

QString IspDirectory::helpUrlInText(const QString& ispId, const QString& replyText) const {
    auto it = m_data->byId.constFind(ispId);
    if (it == m_data->byId.constEnd())
        return {};
    for (const QRegularExpression& link : m_data->entry(*it).textLinks) {
        const QRegularExpressionMatch match = link.match(replyText);
        if (match.hasMatch())
            return match.captured(0);
    }
    return {};
}

const QStringList& IspDirectory::loadErrors() const {
    return m_data->errors;
}

} // namespace deliverboard
