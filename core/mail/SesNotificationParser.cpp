#include "SesNotificationParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace deliverboard::mail {

QList<SesRecipient> SesNotificationParser::parse(const QString& body)
{
    QList<SesRecipient> result;
    if (!body.contains(QLatin1String("notificationType")))
        return result;
    QString text = body;
    text.replace(QStringLiteral("!\n "), QString()); // SNS folds long lines with "!\n "
    const qsizetype start = text.indexOf(QLatin1Char('{'));
    const qsizetype end = text.lastIndexOf(QLatin1Char('}'));
    if (start < 0 || end <= start)
        return result;
    QJsonObject object = QJsonDocument::fromJson(text.mid(start, end - start + 1).toUtf8()).object();
    if (object.value(QStringLiteral("Message")).isString())
        object = QJsonDocument::fromJson(object.value(QStringLiteral("Message")).toString().toUtf8()).object();
    const QString type = object.value(QStringLiteral("notificationType")).toString().toLower();
    if (type == QLatin1String("bounce")) {
        const QJsonObject bounce = object.value(QStringLiteral("bounce")).toObject();
        const bool transient = bounce.value(QStringLiteral("bounceType")).toString() == QLatin1String("Transient");
        for (const QJsonValue& v : bounce.value(QStringLiteral("bouncedRecipients")).toArray()) {
            const QJsonObject r = v.toObject();
            QString diagnostic = r.value(QStringLiteral("diagnosticCode")).toString();
            if (diagnostic.startsWith(QLatin1String("smtp;"), Qt::CaseInsensitive))
                diagnostic = diagnostic.mid(5).trimmed();
            QString action = r.value(QStringLiteral("action")).toString().toLower();
            if (action.isEmpty())
                action = transient ? QStringLiteral("delayed") : QStringLiteral("failed");
            result.append({r.value(QStringLiteral("emailAddress")).toString(), type, action,
                           r.value(QStringLiteral("status")).toString(), diagnostic});
        }
    } else if (type == QLatin1String("complaint")) {
        const QJsonObject complaint = object.value(QStringLiteral("complaint")).toObject();
        for (const QJsonValue& v : complaint.value(QStringLiteral("complainedRecipients")).toArray())
            result.append({v.toObject().value(QStringLiteral("emailAddress")).toString(), type, QString(), QString(),
                           complaint.value(QStringLiteral("complaintFeedbackType")).toString()});
    } else if (type == QLatin1String("delivery")) {
        const QJsonObject delivery = object.value(QStringLiteral("delivery")).toObject();
        for (const QJsonValue& v : delivery.value(QStringLiteral("recipients")).toArray())
            result.append({v.toString(), type, QStringLiteral("delivered"), QString(),
                           delivery.value(QStringLiteral("smtpResponse")).toString()});
    }
    result.removeIf([](const SesRecipient& r) { return r.recipient.isEmpty(); });
    return result;
}

} // namespace deliverboard::mail
