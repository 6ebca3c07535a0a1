#include "StatusPreset.h"

#include "classify/IspDirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace deliverboard {

namespace {

const QStringList kKeys{u"id"_s,         u"name"_s,   u"description"_s, u"major_isps"_s,
                        u"thresholds"_s, u"resets"_s, u"opt_out"_s,     u"ignore_sender_blamed"_s};

class Checker {
public:
    Checker(QString fileName, QStringList& errors)
        : m_file(std::move(fileName))
        , m_errors(errors) {}
    void error(const QString& field, const QString& message) {
        m_errors.append(field.isEmpty() ? u"%1: %2"_s.arg(m_file, message)
                                        : u"%1 (%2): %3"_s.arg(m_file, field, message));
    }
    QString string(const QJsonObject& object, const QString& key, bool required) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() && !required)
            return {};
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            error(key, u"missing or not a non-empty string"_s);
            return {};
        }
        return value.toString();
    }
    bool boolean(const QJsonObject& object, const QString& key, const QString& field) {
        const QJsonValue value = object.value(key);
        if (!value.isBool()) {
            error(field, u"missing or not true/false"_s);
            return false;
        }
        return value.toBool();
    }
    int count(const QJsonObject& object, const QString& key, const QString& field) {
        const QJsonValue value = object.value(key);
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number > 1000 ||
            number != static_cast<int>(number)) {
            error(field, u"missing or not a whole number from 0 (never) to 1000"_s);
            return 0;
        }
        return static_cast<int>(number);
    }
    QJsonObject object(const QJsonObject& parent, const QString& key) {
        const QJsonValue value = parent.value(key);
        if (!value.isObject()) {
            error(key, u"missing or not a JSON object"_s);
            return {};
        }
        return value.toObject();
    }
    void onlyKeys(const QJsonObject& object, const QStringList& allowed, const QString& prefix) {
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!allowed.contains(it.key()))
                error(prefix.isEmpty() ? it.key() : prefix + u'.' + it.key(),
                      u"unknown field (known: %1)"_s.arg(allowed.join(u", "_s)));
    }

private:
    QString m_file;
    QStringList& m_errors;
};

} // namespace

QStringList StatusPreset::builtinIds() {
    QStringList ids;
    for (const QString& file : QDir(u":/policy"_s).entryList({u"*.json"_s}, QDir::Files))
        ids.append(QFileInfo(file).completeBaseName());
    ids.sort();
    if (ids.removeOne(defaultId()))
        ids.prepend(defaultId());
    return ids;
}

std::optional<StatusPreset> StatusPreset::load(const QString& idOrPath, QString& error) {
    const QString id = idOrPath.isEmpty() ? defaultId() : idOrPath;
    QString path = id;
    if (builtinIds().contains(id))
        path = u":/policy/%1.json"_s.arg(id);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = u"%1: no such preset (built in: %2) and no JSON file of that name: %3"_s.arg(
            id, builtinIds().join(u", "_s), file.errorString());
        return std::nullopt;
    }
    return fromJson(file.readAll(), path, error);
}

std::optional<StatusPreset> StatusPreset::fromJson(const QByteArray& json, const QString& fileName,
                                                   QString& error) {
    QStringList errors;
    Checker check(fileName, errors);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        check.error(u"offset %1"_s.arg(parseError.offset), parseError.errorString());
    } else if (!doc.isObject()) {
        check.error({}, u"the top level must be a JSON object"_s);
    }
    if (!errors.isEmpty()) {
        error = errors.join(u'\n');
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    check.onlyKeys(root, kKeys, {});

    StatusPreset preset;
    preset.id = check.string(root, u"id"_s, true);
    preset.name = check.string(root, u"name"_s, true);
    preset.description = check.string(root, u"description"_s, false);

    const QJsonValue majors = root.value(u"major_isps"_s);
    if (!majors.isArray()) {
        check.error(u"major_isps"_s, u"missing or not an array of ISP ids"_s);
    } else {
        QStringList known;
        for (const IspInfo& isp : IspDirectory::standard().all())
            known.append(isp.id);
        const QJsonArray array = majors.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString isp = array.at(i).toString();
            if (!known.contains(isp))
                check.error(u"major_isps[%1]"_s.arg(i),
                            u"'%1' is not an ISP id (known: %2)"_s.arg(
                                array.at(i).toVariant().toString(), known.join(u", "_s)));
            else
                preset.majorIsps.insert(isp);
        }
    }

    const QJsonObject thresholds = check.object(root, u"thresholds"_s);
    if (root.value(u"thresholds"_s).isObject()) {
        check.onlyKeys(thresholds, {u"hard_major"_s, u"hard_other"_s, u"soft"_s}, u"thresholds"_s);
        preset.hardMajor = check.count(thresholds, u"hard_major"_s, u"thresholds.hard_major"_s);
        preset.hardOther = check.count(thresholds, u"hard_other"_s, u"thresholds.hard_other"_s);
        preset.soft = check.count(thresholds, u"soft"_s, u"thresholds.soft"_s);
    }

    const QJsonObject resets = check.object(root, u"resets"_s);
    const QStringList outcomes{u"delivered"_s, u"soft"_s, u"hard"_s, u"spam"_s};
    check.onlyKeys(resets, outcomes, u"resets"_s);
    bool spamResetsSoft = false;
    for (auto it = resets.begin(); it != resets.end(); ++it) {
        if (!outcomes.contains(it.key()))
            continue;
        const QString field = u"resets."_s + it.key();
        if (!it.value().isArray()) {
            check.error(field, u"not an array of counters (\"hard\", \"soft\")"_s);
            continue;
        }
        const QJsonArray counters = it.value().toArray();
        for (qsizetype i = 0; i < counters.size(); ++i) {
            const QString counter = counters.at(i).toString();
            if (counter != u"hard"_s && counter != u"soft"_s) {
                check.error(u"%1[%2]"_s.arg(field).arg(i), u"a counter is \"hard\" or \"soft\""_s);
                continue;
            }
            const bool hard = counter == u"hard"_s;
            if (it.key() == u"delivered"_s)
                (hard ? preset.deliveredResetsHard : preset.deliveredResetsSoft) = true;
            else if (it.key() == u"soft"_s && hard)
                preset.softResetsHard = true;
            else if (it.key() == u"hard"_s && !hard)
                preset.hardResetsSoft = true;
            else if (it.key() == u"spam"_s && !hard)
                spamResetsSoft = true;
            else
                check.error(u"%1[%2]"_s.arg(field).arg(i),
                            u"an outcome cannot reset the counter it adds to"_s);
        }
    }
    // Spam is counted with hard (contract section 7), so both must reset the same.
    if (spamResetsSoft != preset.hardResetsSoft)
        check.error(u"resets"_s,
                    u"\"hard\" and \"spam\" must reset the same counters (spam counts as hard)"_s);

    const QJsonObject optOut = check.object(root, u"opt_out"_s);
    if (root.value(u"opt_out"_s).isObject()) {
        check.onlyKeys(optOut, {u"complaint"_s, u"unsubscribe"_s}, u"opt_out"_s);
        preset.complaintOptsOut = check.boolean(optOut, u"complaint"_s, u"opt_out.complaint"_s);
        preset.unsubscribeOptsOut =
            check.boolean(optOut, u"unsubscribe"_s, u"opt_out.unsubscribe"_s);
    }
    preset.ignoreSenderBlamed =
        check.boolean(root, u"ignore_sender_blamed"_s, u"ignore_sender_blamed"_s);

    if (!errors.isEmpty()) {
        error = errors.join(u'\n');
        return std::nullopt;
    }
    return preset;
}

QByteArray StatusPreset::toJson() const {
    QJsonObject root;
    root.insert(u"id"_s, id);
    root.insert(u"name"_s, name);
    if (!description.isEmpty())
        root.insert(u"description"_s, description);
    // In the ISP directory's order (the shipped files' order), unknown ids sorted after.
    QStringList majors;
    for (const IspInfo& isp : IspDirectory::standard().all())
        if (majorIsps.contains(isp.id))
            majors.append(isp.id);
    QStringList unknown;
    for (const QString& isp : majorIsps)
        if (!majors.contains(isp))
            unknown.append(isp);
    unknown.sort();
    majors += unknown;
    root.insert(u"major_isps"_s, QJsonArray::fromStringList(majors));
    root.insert(
        u"thresholds"_s,
        QJsonObject{{u"hard_major"_s, hardMajor}, {u"hard_other"_s, hardOther}, {u"soft"_s, soft}});
    QJsonObject resets;
    QJsonArray delivered;
    if (deliveredResetsHard)
        delivered.append(u"hard"_s);
    if (deliveredResetsSoft)
        delivered.append(u"soft"_s);
    if (!delivered.isEmpty())
        resets.insert(u"delivered"_s, delivered);
    if (softResetsHard)
        resets.insert(u"soft"_s, QJsonArray{u"hard"_s});
    if (hardResetsSoft) { // spam counts as hard, so it resets the same (see fromJson)
        resets.insert(u"hard"_s, QJsonArray{u"soft"_s});
        resets.insert(u"spam"_s, QJsonArray{u"soft"_s});
    }
    root.insert(u"resets"_s, resets);
    root.insert(u"opt_out"_s, QJsonObject{{u"complaint"_s, complaintOptsOut},
                                          {u"unsubscribe"_s, unsubscribeOptsOut}});
    root.insert(u"ignore_sender_blamed"_s, ignoreSenderBlamed);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool StatusPreset::operator==(const StatusPreset& other) const {
    return id == other.id && name == other.name && description == other.description &&
           majorIsps == other.majorIsps && hardMajor == other.hardMajor &&
           hardOther == other.hardOther && soft == other.soft &&
           deliveredResetsHard == other.deliveredResetsHard &&
           deliveredResetsSoft == other.deliveredResetsSoft &&
           softResetsHard == other.softResetsHard && hardResetsSoft == other.hardResetsSoft &&
           complaintOptsOut == other.complaintOptsOut &&
           unsubscribeOptsOut == other.unsubscribeOptsOut &&
           ignoreSenderBlamed == other.ignoreSenderBlamed;
}

} // namespace deliverboard
