#pragma once

#include "model/SmtpStage.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace deliverboard {

namespace rules {
class RuleFile;
}

// The one place that decides the SMTP stage of a reply or diagnostic text, for every MTA's
// log and for returned mail alike, from resources/rules/stages.json (validated at load;
// errors name the file and the entry):
// - `commands`: the SMTP command or client state a phrase names ("RCPT TO:<a@b>", "end of
//   DATA command", "sending message body", "."), for a parser that has cut the phrase out
//   of an MTA's fixed grammar (Postfix "(in reply to X command)", Exim "after X", a
//   transcript's ">>> X");
// - `markers`: wordings inside a text that name the command a reply answered ("in reply
//   to RCPT TO command", "after end of data", ">>> DATA"); the leftmost one counts;
// - `rules`: wordings that imply a stage without naming a command ("Host or domain name
//   not found", "Connection timed out", "refused to talk to me"); the first one counts.
// A marker beats a rule: the text's own statement of the command is the strongest evidence.
class StageDetector {
public:
    // From the built-in stages.json.
    explicit StageDetector(QStringList& errors);
    // From the given content, checked the same way (tests feed broken data through this).
    StageDetector(const QString& fileName, const QByteArray& content, QStringList& errors);
    // The built-in rules (loaded from the Qt resources on first use; a broken file stops
    // the program with every error listed).
    static const StageDetector& standard();

    // The stage a text names (a marker) or else implies (a rule); Unknown when neither.
    SmtpStage detect(const QString& text) const;
    // Only a marker naming the command; Unknown when the text names none. Returned mail
    // uses this before a quoted transcript's stage, and the implied rules after it.
    SmtpStage named(const QString& text) const;
    // The stage of a phrase that starts with an SMTP command or client state (after an
    // optional "pipelined "); Unknown when it names none.
    SmtpStage ofCommand(QStringView phrase) const;
    const QStringList& loadErrors() const { return m_errors; }
    // Whether one joined pattern turns away texts that match no wording; false only when
    // joining failed, and detect() then tries every pattern (same results, slower).
    bool prefilters() const { return m_anyWording.isValid() && !m_anyWording.pattern().isEmpty(); }

private:
    void load(const rules::RuleFile& file);
    void combinePatterns();

    struct StageRule {
        QString id;
        QRegularExpression pattern;
        SmtpStage stage;
    };
    struct Marker {
        QString id;
        QRegularExpression pattern; // with a named group `command`
    };
    struct CommandStage {
        QString phrase;
        SmtpStage stage;
    };
    QList<StageRule> m_rules;
    QList<Marker> m_markers;
    QList<CommandStage> m_commands;
    // Every marker's and rule's pattern in one alternation: most texts (a delivered
    // "250 2.0.0 Ok: queued as ...") match none of them, and one pass over the text says
    // so for the price of one match instead of one per pattern. It matches exactly when
    // some marker or rule does, so it only decides when detect() may stop early.
    QRegularExpression m_anyWording;
    QStringList m_errors; // only for standard()
};

} // namespace deliverboard
