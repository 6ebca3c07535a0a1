#include "NetscapeReport.h"

#include <QRegularExpression>

namespace deliverboard::mail {

namespace {

const QRegularExpression& reasonHeading() {
    static const QRegularExpression re(
        QStringLiteral("This Message was undeliverable due to the following reason:"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& listHeading() {
    static const QRegularExpression re(
        QStringLiteral("^\\s*The following recipients? did not receive (?:your|this) message:"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

bool NetscapeReport::matches(const QString& reportText) {
    return reasonHeading().match(reportText).hasMatch();
}

QList<TextBounceRecipient> NetscapeReport::parse(const QString& reportText) {
    QList<TextBounceRecipient> result;
    const QRegularExpressionMatch heading = reasonHeading().match(reportText);
    if (!heading.hasMatch())
        return result;
    const QStringList lines = reportText.mid(heading.capturedEnd()).split(QLatin1Char('\n'));
    // The reason: every line up to the first recipient list.
    QStringList reason;
    int n = 0;
    for (; n < lines.size() && !listHeading().match(lines[n]).hasMatch(); ++n)
        reason.append(lines[n].trimmed());
    const QString diagnostic = reason.join(QLatin1Char(' ')).simplified().left(1200);
    // NMS 3.x: each list holds "<address>" lines (blank lines between) until any other line.
    static const QRegularExpression entry(QStringLiteral("^\\s*<([^<>@\\s]+@[^<>@\\s]+)>\\s*$"));
    bool inList = false;
    for (int k = n; k < lines.size(); ++k) {
        if (listHeading().match(lines[k]).hasMatch()) {
            inList = true;
            continue;
        }
        if (lines[k].trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch m = entry.match(lines[k]);
        if (inList && m.hasMatch()) {
            result.append({m.captured(1), diagnostic, SmtpStage::Unknown});
            continue;
        }
        inList = false;
    }
    if (!result.isEmpty())
        return result;
    // NMS 4.x: "Each of the following recipients was rejected by a remote mail server. ..."
    // then per recipient "Recipient: <address>" and "Reason: <the server's reply>" (which
    // may wrap); the reply is that recipient's diagnostic, the paragraph's own words are not.
    static const QRegularExpression recipient(
        QStringLiteral("^\\s*Recipient:\\s*<?([^<>@\\s]+@[^<>@\\s]+?)>?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression reasonLine(QStringLiteral("^\\s*Reason:\\s*(.*)$"),
                                               QRegularExpression::CaseInsensitiveOption);
    for (int k = 0; k < lines.size(); ++k) {
        const QRegularExpressionMatch m = recipient.match(lines[k]);
        if (!m.hasMatch())
            continue;
        QStringList reply;
        int j = k + 1;
        if (j < lines.size()) {
            if (const QRegularExpressionMatch r = reasonLine.match(lines[j]); r.hasMatch()) {
                reply.append(r.captured(1).trimmed());
                for (++j; j < lines.size() && !lines[j].trimmed().isEmpty() &&
                          !recipient.match(lines[j]).hasMatch();
                     ++j)
                    reply.append(lines[j].trimmed());
            }
        }
        const QString own = reply.join(QLatin1Char(' ')).simplified().left(1200);
        result.append({m.captured(1), own.isEmpty() ? diagnostic : own, SmtpStage::Unknown});
        k = j - 1;
    }
    return result;
}

} // namespace deliverboard::mail
