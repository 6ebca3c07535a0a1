#pragma once

#include "ReturnedMail.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace deliverboard::mail {

// Reads returned mail (DSNs, text bounces, ARF complaints, auto-replies) from .eml or
// mbox files and returns one classified record per recipient. Every diagnostic goes
// through ReplyClassifier::standard(). Stateless; safe to use from several threads.
// `problems`, where given, collects what was cut short ("message 3: ... truncated").
class ReturnedMailParser {
public:
    // Reads and parses a file, one message at a time; returns false (with `error`) when it
    // cannot be read (also when it is no regular file: a FIFO or a device).
    static bool parseFile(const QString& path, QList<ReturnedMailRecord>& records,
                          QString* error = nullptr, QStringList* problems = nullptr);
    // Parses the contents of one file (one message or an mbox).
    static QList<ReturnedMailRecord> parseData(const QByteArray& data, const QString& file,
                                               QStringList* problems = nullptr);
    // The recipient a VERP return path encodes ("bounce+user=domain@..."), or "".
    static QString verpRecipient(const QString& address);
    // Parses one message.
    static QList<ReturnedMailRecord> parseMessage(const QByteArray& raw, const QString& file,
                                                  int messageIndex = 0,
                                                  QStringList* problems = nullptr);
    // The most of one message that is read (the rest is skipped with a problem).
    static constexpr qsizetype maxMessageBytes() { return 16 * 1024 * 1024; }
};

// A returned-mail file read one message at a time (bounded memory for a big mbox).
class ReturnedMailFile {
public:
    explicit ReturnedMailFile(const QString& path);
    ~ReturnedMailFile();
    bool open(QString* error);
    // The next message and its index in the file; false at the end. A message longer than
    // ReturnedMailParser::maxMessageBytes() is cut there, and a problem says so.
    bool next(QByteArray& raw, int& index, QStringList* problems);

private:
    QString m_path;
    QFile m_file;
    std::unique_ptr<class MboxStream> m_stream;
    int m_index = -1;
};

} // namespace deliverboard::mail
