#include "MimeEntity.h"

namespace deliverboard::mail {

QString headerValue(const QList<MailHeader>& headers, const QString& name)
{
    for (const MailHeader& h : headers)
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    return {};
}

QStringList headerValues(const QList<MailHeader>& headers, const QString& name)
{
    QStringList values;
    for (const MailHeader& h : headers)
        if (h.name.compare(name, Qt::CaseInsensitive) == 0)
            values << h.value;
    return values;
}

QString MimeEntity::header(const QString& name) const { return headerValue(headers, name); }
QStringList MimeEntity::headerAll(const QString& name) const { return headerValues(headers, name); }

} // namespace deliverboard::mail
