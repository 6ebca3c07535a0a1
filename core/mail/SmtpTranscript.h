#pragma once

#include "model/SmtpStage.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace deliverboard::mail {

// The failing reply of a quoted SMTP session and the command it answered.
struct TranscriptFailure {
    QString command; // "RCPT To:<a@example.net>", "DATA", ...; empty for the greeting
    QString reply;   // "550 5.1.1 User unknown" (continuation lines joined)
};

// An SMTP session quoted in a bounce body: Sendmail's ">>> command" / "<<< reply" lines
// (grouped by "... while talking to host:") and Postfix's "In: command" / "Out: reply"
// lines. Lets the text parser give every recipient the reply that belongs to it and
// the command that reply answered, instead of the first reply of the whole transcript.
class SmtpTranscript {
public:
    static SmtpTranscript parse(const QStringList& lines);
    // The stage of a quoted command ("RCPT To:<a@b>" -> RcptTo; empty: the greeting).
    static SmtpStage stageOf(const QString& command);

    bool isEmpty() const { return m_exchanges.isEmpty(); }
    // The failure about `address`: the reply to its RCPT command (or, when RCPT was
    // accepted, the later failing reply of DATA), a failing reply naming it, or the
    // failing reply of the session its Sendmail status line ("<addr>... text") sits in.
    std::optional<TranscriptFailure> failureFor(const QString& address) const;
    // The failure whose reply reads like `diagnostic` once addresses are left out (a DSN
    // Diagnostic-Code quoting the transcript, often only the first line of a multi-line
    // reply: the result has all its lines).
    std::optional<TranscriptFailure> failureQuoting(const QString& diagnostic) const;

private:
    struct Exchange {
        int session = 0;
        QString command;
        QStringList replies;
        bool answered = false; // its reply's last line was seen
    };
    // The first failing reply of an exchange that `accept` takes (any when empty).
    std::optional<TranscriptFailure> failureOf(int exchange, const std::function<bool(const QString&)>& accept = {}) const;

    QList<Exchange> m_exchanges;
    QHash<QString, int> m_statusLineExchange; // lower-case address -> exchange open at its status line
};

} // namespace deliverboard::mail
