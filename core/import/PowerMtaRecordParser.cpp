#include "PowerMtaRecordParser.h"

#include "SmtpReply.h"

#include <QTimeZone>

namespace deliverboard {

namespace {
QString normaliseType(const QString& type)
{
    const QString t = type.trimmed().toLower();
    if (t == QLatin1String("delivery"))
        return QStringLiteral("d");
    if (t == QLatin1String("bounce"))
        return QStringLiteral("b");
    if (t == QLatin1String("transient"))
        return QStringLiteral("t");
    if (t == QLatin1String("transient-queue"))
        return QStringLiteral("tq");
    if (t == QLatin1String("remote-bounce"))
        return QStringLiteral("rb");
    if (t == QLatin1String("remote-status"))
        return QStringLiteral("rs");
    if (t == QLatin1String("receipt"))
        return QStringLiteral("r");
    if (t == QLatin1String("feedback-loop"))
        return QStringLiteral("f");
    return t;
}
} // namespace

bool PowerMtaRecordParser::looksLikeHeader(const QByteArray& firstLine)
{
    const QByteArray line = firstLine.trimmed();
    return line.startsWith("type,") && line.contains(",rcpt");
}

bool PowerMtaRecordParser::setHeader(const QStringList& header)
{
    m_columns.clear();
    for (int i = 0; i < header.size(); ++i)
        m_columns.insert(header[i].trimmed(), i);
    return m_columns.contains(QStringLiteral("type")) && m_columns.contains(QStringLiteral("rcpt"));
}

QString PowerMtaRecordParser::field(const QStringList& fields, const char* name) const
{
    const int column = m_columns.value(QLatin1String(name), -1);
    return column >= 0 ? fields.value(column).trimmed() : QString();
}

QDateTime PowerMtaRecordParser::parseTime(const QString& text)
{
    bool numeric = false;
    const qint64 seconds = text.toLongLong(&numeric);
    if (numeric)
        return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    // "YYYY-MM-DD HH:MM:SS±hhmm"
    if (text.size() < 19)
        return {};
    const QDateTime local = QDateTime::fromString(text.left(19), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!local.isValid())
        return {};
    int offset = 0;
    const QString zone = text.mid(19).trimmed().remove(QLatin1Char(':'));
    if (zone.size() == 5 && (zone[0] == u'+' || zone[0] == u'-'))
        offset = (zone[0] == u'-' ? -1 : 1) * (zone.mid(1, 2).toInt() * 3600 + zone.mid(3, 2).toInt() * 60);
    return QDateTime(local.date(), local.time(), QTimeZone(offset)).toUTC();
}

PowerMtaRecordParser::Record PowerMtaRecordParser::parse(const QStringList& fields) const
{
    Record record;
    const QString type = normaliseType(field(fields, "type"));
    if (type.isEmpty() || type == QLatin1String("type"))
        return record; // a repeated header or an empty row
    // Installations that do not log timeLogged still have timeQueued.
    QString logged = field(fields, "timeLogged");
    if (logged.isEmpty())
        logged = field(fields, "timeQueued");
    record.loggedUtc = parseTime(logged);
    const QString recipient = field(fields, "rcpt").toLower();
    if (!record.loggedUtc.isValid() || recipient.isEmpty()) {
        record.problem = QStringLiteral("record without timeLogged or rcpt");
        return record;
    }
    record.valid = true;
    const QString sender = field(fields, "orig").toLower();
    // One "message" per recipient of a job: a remote bounce (rb) carries no timeQueued,
    // so the key must not either, or it would not find its delivery.
    const QString key = QStringList{sender, field(fields, "jobId"), field(fields, "envId"), recipient}
                            .join(QLatin1Char('|'));

    if (type == QLatin1String("f")) {
        // PowerMTA's feedback-loop processor matched an ISP's complaint report to this
        // recipient; the ARF mail itself may never reach the campaign folder.
        QueueEvent complaint;
        complaint.kind = QueueEvent::Kind::Complaint;
        complaint.queueId = key;
        complaint.recipient = recipient;
        complaint.sender = sender;
        complaint.senderKnown = true;
        complaint.messageId = field(fields, "header_Message-Id");
        QStringList facts{QStringLiteral("feedback-loop report (PowerMTA accounting)")};
        for (const char* column : {"feedbackType", "userAgent", "reportingMta"})
            if (const QString value = field(fields, column); !value.isEmpty())
                facts.append(QLatin1String(column) + QStringLiteral(": ") + value);
        complaint.text.reply = facts.join(QStringLiteral("; "));
        record.events.append(complaint);
        return record;
    }

    QueueEvent opened;
    opened.kind = QueueEvent::Kind::Sender;
    opened.queueId = key;
    opened.sender = sender;
    opened.senderKnown = true;
    opened.messageId = field(fields, "header_Message-Id");
    record.events.append(opened);
    if (type == QLatin1String("r"))
        return record; // arrival only

    QueueEvent result;
    result.kind = QueueEvent::Kind::RecipientResult;
    result.queueId = key;
    result.recipient = recipient;
    result.originalRecipient = field(fields, "orcpt").section(QLatin1Char(';'), -1).toLower();
    const QString mta = field(fields, "dsnMta"); // "mx.example.org (192.0.2.25)"
    if (!mta.isEmpty()) {
        result.relayHost = mta.section(QLatin1Char(' '), 0, 0);
        result.relayIp = mta.section(QLatin1Char('('), 1).section(QLatin1Char(')'), 0, 0);
    }
    QString diag = field(fields, "dsnDiag");
    if (diag.contains(QLatin1Char(';')))
        diag = diag.section(QLatin1Char(';'), 1);
    parseSmtpReply(diag, result.text);
    result.text.remoteHost = result.relayHost;
    result.text.remoteIp = result.relayIp;
    result.dsn = field(fields, "dsnStatus").section(QLatin1Char(' '), 0, 0);
    if (result.text.enhanced.isEmpty())
        result.text.enhanced = result.dsn;
    const QString category = field(fields, "bounceCat");
    if (mta.isEmpty())
        result.text.stage = category == QLatin1String("bad-domain") ? SmtpStage::Dns : SmtpStage::Unknown;
    if (category == QLatin1String("no-answer-from-host") || category == QLatin1String("bad-connection"))
        result.text.stage = SmtpStage::Connect;

    if (type == QLatin1String("d")) {
        result.status = QStringLiteral("sent");
    } else if (type == QLatin1String("t") || type == QLatin1String("tq")) {
        result.status = QStringLiteral("deferred");
        result.text.suppressed = type == QLatin1String("tq"); // queue-level, not one attempt
    } else if (type == QLatin1String("b") && category == QLatin1String("message-expired")) {
        result.status = QStringLiteral("deferred");
        result.exhausted = true;
    } else if (type == QLatin1String("b")) {
        result.status = QStringLiteral("bounced");
    } else if (type == QLatin1String("rb") || type == QLatin1String("rs")) {
        // The receiving server accepted, then sent a bounce: after acceptance.
        result.status = QStringLiteral("bounced");
        result.text.stage = SmtpStage::AfterAcceptance;
        result.text.suppressed = true;
    } else {
        record.problem = QStringLiteral("unknown record type \"%1\"").arg(type.left(20));
        record.events.clear();
        record.valid = false;
        return record;
    }
    record.events.append(result);
    return record;
}

} // namespace deliverboard
