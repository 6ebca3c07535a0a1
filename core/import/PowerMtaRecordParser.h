#pragma once

#include "QueueEvent.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

namespace deliverboard {

// PowerMTA accounting CSV (FORMATS.md section 4): columns are mapped by the header row,
// records of type d (delivered), b (bounced or expired), t/tq (transient), rb/rs (a
// bounce that came back after delivery) become queue events. PowerMTA has no queue id:
// orig, jobId, envId and the recipient together name a message's recipient.
class PowerMtaRecordParser {
public:
    // The header row; false when it is not a PowerMTA accounting header.
    bool setHeader(const QStringList& header);
    static bool looksLikeHeader(const QByteArray& firstLine);

    struct Record {
        bool valid = false;
        QString problem;
        QDateTime loggedUtc;
        QList<QueueEvent> events;
    };
    Record parse(const QStringList& fields) const;

    static QDateTime parseTime(const QString& text); // "2016-05-29 01:10:51+0200" or epoch seconds

private:
    QString field(const QStringList& fields, const char* name) const;
    QHash<QString, int> m_columns;
};

} // namespace deliverboard
