#include "RuleFile.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace deliverboard::rules {

RuleFile::RuleFile(const QString& fileName, QStringList& errors)
    : m_fileName(fileName)
    , m_errors(errors) {
    QFile file(u":/rules/"_s + fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        error({}, u"cannot open the rule file"_s);
        return;
    }
    parse(file.readAll());
}

RuleFile::RuleFile(const QString& fileName, const QByteArray& content, QStringList& errors)
    : m_fileName(fileName)
    , m_errors(errors) {
    parse(content);
}

void RuleFile::parse(const QByteArray& content) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(content, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error(u"offset %1"_s.arg(parseError.offset), parseError.errorString());
        return;
    }
    if (!doc.isObject()) {
        error({}, u"the top level must be a JSON object"_s);
        return;
    }
    m_root = doc.object();
    m_valid = true;
}

QJsonArray RuleFile::array(const QString& key) const {
    const QJsonValue value = m_root.value(key);
    if (!value.isArray()) {
        if (m_valid)
            error(key, u"missing or not an array"_s);
        return {};
    }
    return value.toArray();
}

QString RuleFile::requireString(const QJsonObject& entry, const QString& key,
                                const QString& where) const {
    const QJsonValue value = entry.value(key);
    if (!value.isString() || value.toString().isEmpty()) {
        error(where, u"'%1' is missing or not a non-empty string"_s.arg(key));
        return {};
    }
    return value.toString();
}

QRegularExpression RuleFile::compilePattern(const QString& pattern, const QString& where) const {
    QRegularExpression regex(pattern, QRegularExpression::CaseInsensitiveOption);
    if (!regex.isValid()) {
        error(where, u"bad pattern '%1': %2 at %3"_s.arg(pattern, regex.errorString())
                         .arg(regex.patternErrorOffset()));
        return {};
    }
    // Compile now: classify() must not pay for it, and a compiled pattern is only read
    // afterwards, which keeps matching from several threads safe.
    regex.optimize();
    return regex;
}

void RuleFile::error(const QString& where, const QString& message) const {
    QString line = u":/rules/"_s + m_fileName;
    if (!where.isEmpty())
        line += u" ("_s + where + u')';
    m_errors.append(line + u": "_s + message);
}

QStringList ruleFilesWithPrefix(const QString& prefix) {
    QStringList names = QDir(u":/rules"_s).entryList({prefix + u"*.json"_s}, QDir::Files);
    names.sort();
    return names;
}

void failOnErrors(const char* what, const QStringList& errors) {
    if (errors.isEmpty())
        return;
    for (const QString& error : errors)
        qCritical("%s", qPrintable(error));
    qFatal("Deliverboard: the built-in %s rules are invalid (%lld problems, listed above)", what,
           static_cast<long long>(errors.size()));
}

} // namespace deliverboard::rules
