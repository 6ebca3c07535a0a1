#include "AolScreenNameReport.h"

#include <QRegularExpression>

namespace deliverboard::mail {

namespace {

const QRegularExpression& sentence() {
    static const QRegularExpression re(
        QStringLiteral(
            "Your mail to the following recipients could not be delivered because([^:]*):"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

bool AolScreenNameReport::matches(const MimeEntity& message, const QString& reportText) {
    static const QRegularExpression fromAol(QStringLiteral("@aol\\.com\\s*>?\\s*$"),
                                            QRegularExpression::CaseInsensitiveOption);
    return fromAol.match(message.header(QStringLiteral("From")).trimmed()).hasMatch() &&
           sentence().match(reportText).hasMatch();
}

QList<TextBounceRecipient> AolScreenNameReport::parse(const QString& reportText) {
    QList<TextBounceRecipient> result;
    const QRegularExpressionMatch m = sentence().match(reportText);
    if (!m.hasMatch())
        return result;
    const QString diagnostic = m.captured(0).simplified();
    // One screen name (a word starting with a letter; AOL drops spaces from it in the
    // address) or address per line; the list ends at the first blank or other line.
    static const QRegularExpression screenName(
        QStringLiteral("^[A-Za-z][A-Za-z0-9 ._-]{0,63}$|^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QStringList lines = reportText.mid(m.capturedEnd()).split(QLatin1Char('\n'));
    bool started = false;
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty()) {
            if (started)
                break;
            continue;
        }
        if (!screenName.match(line).hasMatch())
            break;
        started = true;
        const QString name = QString(line).remove(QLatin1Char(' ')).toLower();
        result.append({name.contains(QLatin1Char('@')) ? name : name + QStringLiteral("@aol.com"),
                       diagnostic, SmtpStage::Unknown});
    }
    return result;
}

} // namespace deliverboard::mail
