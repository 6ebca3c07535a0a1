#pragma once

#include "model/SmtpStage.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace deliverboard {

// Finds the SMTP stage in a reply or diagnostic text ("in reply to RCPT TO command",
// "after end of data", "connect to ...: Connection timed out", "Host or domain name not
// found"), from resources/rules/stages.json. The first matching rule wins.
class StageDetector {
public:
    explicit StageDetector(QStringList& errors);

    SmtpStage detect(const QString& normalizedText) const;

private:
    struct StageRule {
        QString id;
        QRegularExpression pattern;
        SmtpStage stage;
    };
    QList<StageRule> m_rules;
};

} // namespace deliverboard
