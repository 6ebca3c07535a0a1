#include "DsnParser.h"

#include "FieldBlocks.h"

#include <QRegularExpression>
#include <QSet>

namespace deliverboard::mail {

namespace {

QString stripType(const QString& value) {
    static const QRegularExpression type(
        QStringLiteral("^\\s*(smtp|x-[a-z0-9-]+|dns|mta|unix|x400|rfc822)\\s*;\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    QString v = value;
    v.remove(type);
    return v.trimmed();
}

QString statusCode(const QString& value) {
    static const QRegularExpression code(QStringLiteral("\\b([245])\\.(\\d{1,3})\\.(\\d{1,3})\\b"));
    const QRegularExpressionMatch m = code.match(value);
    return m.hasMatch() ? m.captured(0) : QString();
}

bool is(const MailHeader& field, const char* name) {
    return field.name.compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
}

} // namespace

bool DsnParser::looksLikeDeliveryStatus(const QString& text) {
    static const QRegularExpression fields(QStringLiteral("^(Final|Original)-Recipient\\s*:"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::MultilineOption);
    static const QRegularExpression action(QStringLiteral("^(Action|Status)\\s*:"),
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::MultilineOption);
    return fields.match(text).hasMatch() && action.match(text).hasMatch();
}

QList<DsnRecipient> DsnParser::parse(const QString& deliveryStatus, bool* truncated) {
    if (truncated)
        *truncated = false;
    // Groups are separated by blank lines; a group naming a recipient is a per-recipient
    // block (its fields may come in any order), others are per-message. A group that
    // names several recipients without blank lines is split where a recipient field repeats.
    QList<QList<MailHeader>> groups{{}};
    for (const MailHeader& field : readFields(deliveryStatus)) {
        if (field.name.isEmpty()) {
            if (!groups.last().isEmpty())
                groups.append(QList<MailHeader>());
        } else {
            groups.last().append(field);
        }
    }
    QList<DsnRecipient> result;
    QString reportingMta;
    for (const QList<MailHeader>& group : groups) {
        bool hasRecipient = false;
        for (const MailHeader& field : group)
            hasRecipient =
                hasRecipient || is(field, "Final-Recipient") || is(field, "Original-Recipient");
        if (!hasRecipient) {
            for (const MailHeader& field : group)
                if (is(field, "Reporting-MTA"))
                    reportingMta = stripType(field.value);
            continue;
        }
        QList<DsnRecipient> blocks{DsnRecipient()};
        QString statusReply;
        for (const MailHeader& field : group) {
            DsnRecipient* current = &blocks.last();
            if (is(field, "Original-Recipient")) {
                if (!current->originalRecipient.isEmpty()) {
                    blocks.append(DsnRecipient());
                    current = &blocks.last();
                }
                current->originalRecipient = addressFromField(field.value);
            } else if (is(field, "Final-Recipient")) {
                if (!current->finalRecipient.isEmpty()) {
                    blocks.append(DsnRecipient());
                    current = &blocks.last();
                }
                current->finalRecipient = addressFromField(field.value);
            } else if (is(field, "Action")) {
                current->action = field.value.section(QLatin1Char(' '), 0, 0).toLower();
                current->action.remove(QLatin1Char(';'));
            } else if (is(field, "Status")) {
                current->status = statusCode(field.value);
                // RFC 3464 2.3.4 wants an RFC 3463 code here; some MTAs (NTMail) write the
                // SMTP reply instead ("Status: 553 Exceeded maximum inbound message size").
                // That reply is the report's only diagnostic, so it is kept as one.
                static const QRegularExpression reply(QStringLiteral("^\\s*[245]\\d\\d\\s+\\S"));
                if (current->status.isEmpty() && reply.match(field.value).hasMatch())
                    statusReply = field.value.simplified();
            } else if (is(field, "Diagnostic-Code")) {
                const QString text = stripType(field.value);
                current->diagnostic = current->diagnostic.isEmpty()
                                          ? text
                                          : current->diagnostic + QLatin1Char(' ') + text;
            } else if (is(field, "Remote-MTA")) {
                current->remoteMta = stripType(field.value);
            } else if (is(field, "Last-Attempt-Date")) {
                current->lastAttempt = field.value;
            }
        }
        if (!statusReply.isEmpty() && blocks.size() == 1 && blocks.last().diagnostic.isEmpty())
            blocks.last().diagnostic = statusReply;
        for (DsnRecipient& block : blocks) {
            block.reportingMta = reportingMta;
            if (!block.recipient().isEmpty() && block.recipient().contains(QLatin1Char('@')))
                result.append(block);
        }
    }
    // Some MTAs repeat a recipient (one block per attempt): keep the first. A hash set
    // keeps this linear; the cap bounds what one hostile report can make us classify.
    QList<DsnRecipient> unique;
    QSet<QString> seen;
    for (const DsnRecipient& r : std::as_const(result)) {
        const QString key = r.recipient().toLower();
        if (seen.contains(key))
            continue;
        if (unique.size() >= maxRecipients()) {
            if (truncated)
                *truncated = true;
            break;
        }
        seen.insert(key);
        unique.append(r);
    }
    return unique;
}

} // namespace deliverboard::mail
