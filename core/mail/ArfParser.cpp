#include "ArfParser.h"

#include "FieldBlocks.h"
#include "MimeWalk.h"

namespace deliverboard::mail {

namespace {

const QStringList& feedbackTypes()
{
    static const QStringList types{QStringLiteral("message/feedback-report")};
    return types;
}

} // namespace

bool ArfParser::isComplaint(const MimeEntity& message)
{
    if (findOwnLeaf(message, feedbackTypes()))
        return true;
    if (!message.children.empty()
        && message.children.front().header(QStringLiteral("Content-Type")).contains(QLatin1String("feedback-report"), Qt::CaseInsensitive))
        return true;
    // Hotmail/Outlook.com's JMRP and Apple Mail's one-click unsubscribe are header-marked.
    return !message.header(QStringLiteral("X-HmXmrOriginalRecipient")).isEmpty()
        || !headerValue(attachedOriginalHeaders(message), QStringLiteral("X-HmXmrOriginalRecipient")).isEmpty()
        || message.header(QStringLiteral("X-Apple-Unsubscribe")).trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

ArfReport ArfParser::parse(const MimeEntity& message)
{
    ArfReport report;
    const QStringList from = addressesIn(message.header(QStringLiteral("From")));
    if (!from.isEmpty())
        report.reportingDomain = from.first().section(QLatin1Char('@'), 1).toLower();
    if (const MimeEntity* part = findOwnLeaf(message, feedbackTypes())) {
        for (const MailHeader& field : readFields(part->text)) {
            if (field.name.compare(QLatin1String("Original-Rcpt-To"), Qt::CaseInsensitive) == 0
                || field.name.compare(QLatin1String("Removal-Recipient"), Qt::CaseInsensitive) == 0) {
                const QString a = addressFromField(field.value);
                if (a.contains(QLatin1Char('@')) && !report.recipients.contains(a, Qt::CaseInsensitive))
                    report.recipients.append(a);
            } else if (field.name.compare(QLatin1String("Feedback-Type"), Qt::CaseInsensitive) == 0) {
                report.feedbackType = field.value.toLower();
            } else if (field.name.compare(QLatin1String("User-Agent"), Qt::CaseInsensitive) == 0) {
                report.userAgent = field.value;
            } else if (field.name.compare(QLatin1String("Source-IP"), Qt::CaseInsensitive) == 0) {
                report.sourceIp = field.value;
            }
        }
    }
    if (report.recipients.isEmpty()) {
        QString hotmail = message.header(QStringLiteral("X-HmXmrOriginalRecipient"));
        if (hotmail.isEmpty())
            hotmail = headerValue(attachedOriginalHeaders(message), QStringLiteral("X-HmXmrOriginalRecipient"));
        if (!hotmail.isEmpty())
            report.recipients = addressesIn(hotmail);
    }
    if (report.recipients.isEmpty()) {
        const QList<MailHeader> original = attachedOriginalHeaders(message);
        report.recipients = addressesIn(headerValue(original, QStringLiteral("To")));
    }
    if (report.recipients.isEmpty()
        && !message.header(QStringLiteral("X-Apple-Unsubscribe")).isEmpty())
        report.recipients = from; // the unsubscriber wrote it themselves
    return report;
}

} // namespace deliverboard::mail
