#include "MessagingServerReport.h"

#include <QRegularExpression>

namespace deliverboard::mail {

namespace {

const QRegularExpression& recipientLine() {
    static const QRegularExpression re(QStringLiteral("^\\s*Recipient address:\\s*(\\S+)\\s*$"));
    return re;
}

// "@route:local@host" (a source route) names the host after the colon.
QString withoutRoute(QString address) {
    if (address.startsWith(QLatin1Char('@')) && address.contains(QLatin1Char(':')))
        address = address.section(QLatin1Char(':'), 1);
    address.remove(QLatin1Char('<'));
    address.remove(QLatin1Char('>'));
    return address;
}

QString labelValue(const QString& line, const char* label) {
    const QString trimmed = line.trimmed();
    const QLatin1String name(label);
    if (!trimmed.startsWith(name, Qt::CaseInsensitive))
        return {};
    return trimmed.mid(name.size()).trimmed();
}

} // namespace

bool MessagingServerReport::matches(const QString& reportText) {
    // The labels alone are not enough (Office 365 writes "Recipient Address:" in its
    // "Original Message Details"); the report's own opening sentences are required.
    static const QRegularExpression opening(
        QStringLiteral("This report relates to a message you sent with the following header "
                       "fields|Your message cannot be delivered to the following recipients"));
    static const QRegularExpression label(QStringLiteral("^\\s*Recipient address:\\s*\\S"),
                                          QRegularExpression::MultilineOption);
    return opening.match(reportText).hasMatch() && label.match(reportText).hasMatch();
}

QList<MessagingServerBlock> MessagingServerReport::blocks(const QString& reportText) {
    QList<MessagingServerBlock> result;
    const QStringList lines = reportText.split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        const QRegularExpressionMatch m = recipientLine().match(lines[n]);
        if (!m.hasMatch())
            continue;
        const QString address = withoutRoute(m.captured(1));
        QString original;
        QStringList diagnosticCode, other;
        int k = n + 1;
        for (; k < lines.size() && !lines[k].trimmed().isEmpty() &&
               !recipientLine().match(lines[k]).hasMatch();
             ++k) {
            if (const QString v = labelValue(lines[k], "Original address:"); !v.isEmpty())
                original = withoutRoute(v);
            else if (const QString c = labelValue(lines[k], "Diagnostic code:"); !c.isEmpty())
                diagnosticCode.append(c.section(QLatin1Char(';'), 1).trimmed().isEmpty()
                                          ? c
                                          : c.section(QLatin1Char(';'), 1).trimmed());
            else if (labelValue(lines[k], "Remote system:").isEmpty())
                other.append(lines[k].trimmed());
        }
        n = k - 1;
        const QString diagnostic = (diagnosticCode + other).join(QLatin1Char(' ')).simplified();
        const bool hasOriginal = original.contains(QLatin1Char('@'));
        MessagingServerBlock block;
        block.recipient = {hasOriginal ? original : address, diagnostic.left(1200),
                           SmtpStage::Unknown};
        block.alias = hasOriginal ? address : QString();
        if (block.recipient.recipient.contains(QLatin1Char('@')))
            result.append(block);
    }
    return result;
}

QList<TextBounceRecipient> MessagingServerReport::parse(const QString& reportText) {
    QList<TextBounceRecipient> result;
    for (const MessagingServerBlock& b : blocks(reportText))
        result.append(b.recipient);
    return result;
}

} // namespace deliverboard::mail
