#pragma once

#include "model/SmtpStage.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace deliverboard {

// Finds the SMTP stage in a reply or diagnostic text ("in reply to RCPT TO command",
// "after end of data", "connect to ...: Connection timed out", "Host or domain name not
// found"), from resources/rules/stages.json. The first matching rule wins.
//
// One detector for every MTA and for returned mail: the same file also holds the table of
// SMTP commands and client states ("RCPT TO", "end of data", "sending message body") that
// the log and bounce parsers look up once they have cut a phrase out of an MTA's fixed
// wording.
class StageDetector {
public:
    explicit StageDetector(QStringList& errors);
    // The built-in rules (loaded from the Qt resources on first use).
    static const StageDetector& standard();

    SmtpStage detect(const QString& normalizedText) const;
    // The stage of a phrase that names an SMTP command or client state ("RCPT TO:<a@b>",
    // "end of DATA command", "pipelined MAIL FROM:<s>", "sending message body", ".");
    // Unknown when it names none.
    SmtpStage ofCommand(QStringView phrase) const;
    const QStringList& loadErrors() const { return m_errors; }

private:
    struct StageRule {
        QString id;
        QRegularExpression pattern;
        SmtpStage stage;
    };
    struct CommandStage {
        QString phrase;
        SmtpStage stage;
    };
    QList<StageRule> m_rules;
    QList<CommandStage> m_commands;
    QStringList m_errors; // only for standard()
};

} // namespace deliverboard
