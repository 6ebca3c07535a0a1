#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace deliverboard::rules {

// Reads the rule data shipped as Qt resources under ":/rules/". Every problem is appended
// to `errors` as one line naming the file and the entry, so that a broken rule file is
// reported precisely (and all of its problems at once) instead of silently misclassifying.
class RuleFile {
public:
    RuleFile(const QString& fileName, QStringList& errors);
    // The same checks on data given directly (tests feed broken files through this).
    RuleFile(const QString& fileName, const QByteArray& content, QStringList& errors);

    const QString& fileName() const { return m_fileName; }
    bool isValid() const { return m_valid; }
    const QJsonObject& root() const { return m_root; }
    // The array under `key`; reports an error when it is missing or not an array.
    QJsonArray array(const QString& key) const;

    // Entry helpers: `where` names the entry ("rules[3] 'google.nosuchuser'").
    QString requireString(const QJsonObject& entry, const QString& key, const QString& where) const;
    QRegularExpression compilePattern(const QString& pattern, const QString& where) const;
    void error(const QString& where, const QString& message) const;

private:
    void parse(const QByteArray& content);

    QString m_fileName;
    QStringList& m_errors;
    QJsonObject m_root;
    bool m_valid = false;
};

// Names of the rule files whose name starts with `prefix` ("isp-", "wording-"), sorted.
QStringList ruleFilesWithPrefix(const QString& prefix);

// Stops the program with every load error listed; rule data is part of the binary, so a
// broken file is a build defect that must not reach a user as wrong numbers.
void failOnErrors(const char* what, const QStringList& errors);

} // namespace deliverboard::rules
