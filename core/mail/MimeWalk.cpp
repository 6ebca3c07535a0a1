#include "MimeWalk.h"

#include "FieldBlocks.h"

#include <QRegularExpression>

namespace deliverboard::mail {

namespace {

void collectLeaves(const MimeEntity& entity, QList<const MimeEntity*>& out, bool top)
{
    if (entity.isMessage() && !top)
        return;
    if (entity.mimeType == QLatin1String("message/rfc822") || entity.mimeType == QLatin1String("message/global"))
        return;
    if (entity.children.empty() && !entity.isMessage()) {
        out.append(&entity);
        return;
    }
    for (const MimeEntity& child : entity.children)
        collectLeaves(child, out, false);
}

const MimeEntity* findAttachedMessage(const MimeEntity& entity, bool top)
{
    if (entity.isMessage() && !top)
        return &entity;
    for (const MimeEntity& child : entity.children)
        if (const MimeEntity* found = findAttachedMessage(child, false))
            return found;
    return nullptr;
}

} // namespace

QList<const MimeEntity*> ownLeaves(const MimeEntity& message)
{
    QList<const MimeEntity*> leaves;
    collectLeaves(message, leaves, true);
    return leaves;
}

const MimeEntity* findOwnLeaf(const MimeEntity& message, const QStringList& types)
{
    for (const MimeEntity* leaf : ownLeaves(message))
        if (types.contains(leaf->mimeType))
            return leaf;
    return nullptr;
}

QList<MailHeader> attachedOriginalHeaders(const MimeEntity& message)
{
    if (const MimeEntity* attached = findAttachedMessage(message, true); attached && !attached->headers.isEmpty())
        return attached->headers;
    if (const MimeEntity* headers = findOwnLeaf(message, {QStringLiteral("text/rfc822-headers"),
                                                          QStringLiteral("message/global-headers")})) {
        QList<MailHeader> fields = readFields(headers->text);
        fields.removeIf([](const MailHeader& h) { return h.name.isEmpty(); });
        return fields;
    }
    return {};
}

QStringList addressesIn(const QString& value)
{
    QStringList result;
    static const QRegularExpression address(QStringLiteral("[A-Za-z0-9._%+=/!#$&'*?^`{|}~-]+@[A-Za-z0-9.-]+\\.[A-Za-z0-9-]+|[A-Za-z0-9._%+=-]+@[A-Za-z0-9-]+(?=[>\\s]|$)"));
    auto it = address.globalMatch(value);
    while (it.hasNext()) {
        QString a = it.next().captured(0);
        while (a.endsWith(QLatin1Char('.')))
            a.chop(1);
        // Exchange's X.400 form "c=US;...;dda:SMTP=user@domain;" carries the SMTP address
        // after "SMTP=".
        if (a.startsWith(QLatin1String("SMTP="), Qt::CaseInsensitive))
            a.remove(0, 5);
        // A file path that ends in an address ("/home/u/.vacation/a@b", as a delivery
        // agent's log line quotes it) names that address, not "/home/u/...@b". X.400
        // forms ("/C=US/S=Smith/@gw", RFC 2156) carry '=' and stay as they are.
        if (a.startsWith(QLatin1Char('/')) && !a.contains(QLatin1Char('='))) {
            const qsizetype slash = a.lastIndexOf(QLatin1Char('/'), a.indexOf(QLatin1Char('@')));
            a = a.mid(slash + 1);
            if (a.startsWith(QLatin1Char('@')))
                continue;
        }
        result.append(a);
    }
    return result;
}

QString bareMessageId(const QString& value)
{
    static const QRegularExpression id(QStringLiteral("<([^<>\\s]+)>"));
    const QRegularExpressionMatch m = id.match(value);
    return m.hasMatch() ? m.captured(1) : value.trimmed();
}

} // namespace deliverboard::mail
