#include "AutoReplyDetector.h"

#include <QRegularExpression>

namespace deliverboard::mail {

bool AutoReplyDetector::hasAutoReplySubject(const MimeEntity& message)
{
    static const QRegularExpression subject(
        QStringLiteral("out of (the )?office|\\bOOO\\b|auto(matic)?[ "
                       "-]?(reply|response|antwort)|automatische (antwort|Antwort)"
                       "|abwesenheit|\\bvacation\\b|\\baway (from|until)\\b|\\bon "
                       "(holiday|leave)\\b|afwezig|automatisch antwoord"
                       "|r[ée]ponse automatique|absence|\\bautoreply\\b|\\bI am away\\b"
                       // The subject prefix Outlook and Exchange write on automatic replies,
                       // in their other languages (issue 13: replies without Auto-Submitted).
                       "|respuesta autom[aá]tica|risposta automatica|resposta autom[aá]tica"
                       "|automatyczna odpowied[zź]|automatick[aá] odpov[eě]d|automaattinen vastaus"
                       "|\\bautosvar\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return subject.match(message.header(QStringLiteral("Subject"))).hasMatch();
}

bool AutoReplyDetector::hasAutoReplyHeaders(const MimeEntity& message)
{
    const QString autoSubmitted = message.header(QStringLiteral("Auto-Submitted")).trimmed().toLower();
    if (autoSubmitted.startsWith(QLatin1String("auto-replied")))
        return true;
    if (!message.header(QStringLiteral("X-Autoreply")).isEmpty()
        || !message.header(QStringLiteral("X-Autorespond")).isEmpty()
        || !message.header(QStringLiteral("X-Autoresponder")).isEmpty())
        return true;
    const QString precedence = message.header(QStringLiteral("Precedence")).trimmed().toLower();
    return precedence == QLatin1String("auto_reply");
}

} // namespace deliverboard::mail
