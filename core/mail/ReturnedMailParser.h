#pragma once

#include "ReturnedMail.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace deliverboard::mail {

// Reads returned mail (DSNs, text bounces, ARF complaints, auto-replies) from .eml or
// mbox files and returns one classified record per recipient. Every diagnostic goes
// through ReplyClassifier::standard(). Stateless; safe to use from several threads.
class ReturnedMailParser {
public:
    // Reads and parses a file; returns false (with `error`) when it cannot be read.
    static bool parseFile(const QString& path, QList<ReturnedMailRecord>& records, QString* error = nullptr);
    // Parses the contents of one file (one message or an mbox).
    static QList<ReturnedMailRecord> parseData(const QByteArray& data, const QString& file);
    // Parses one message.
    // The recipient a VERP return path encodes ("bounce+user=domain@..."), or "".
    static QString verpRecipient(const QString& address);
    static QList<ReturnedMailRecord> parseMessage(const QByteArray& raw, const QString& file, int messageIndex = 0);
};

} // namespace deliverboard::mail
