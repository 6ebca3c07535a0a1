#include "FieldBlocks.h"

#include <QRegularExpression>

namespace deliverboard::mail {

QList<MailHeader> readFields(const QString& text)
{
    QList<MailHeader> fields;
    static const QRegularExpression fieldLine(QStringLiteral("^([A-Za-z][A-Za-z0-9-]{0,60})[ \\t]*:[ \\t]*(.*)$"));
    bool lastWasField = false;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty()) {
            if (!fields.isEmpty() && !fields.last().name.isEmpty())
                fields.append({QString(), QString()});
            lastWasField = false;
            continue;
        }
        if ((line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'))) && lastWasField) {
            fields.last().value += QLatin1Char(' ') + line.trimmed();
            continue;
        }
        const QRegularExpressionMatch m = fieldLine.match(line);
        if (m.hasMatch()) {
            fields.append({m.captured(1), m.captured(2).trimmed()});
            lastWasField = true;
        } else {
            lastWasField = false;
        }
    }
    return fields;
}

QString addressFromField(const QString& value)
{
    QString v = value.trimmed();
    const qsizetype semicolon = v.indexOf(QLatin1Char(';'));
    if (semicolon >= 0 && semicolon < 12)
        v = v.mid(semicolon + 1).trimmed();
    // RFC 821 source route: "@relay.example:user@example.org".
    static const QRegularExpression sourceRoute(QStringLiteral("^<?(@[^:,<>\\s]+[,:])+"));
    v.remove(sourceRoute);
    static const QRegularExpression angle(QStringLiteral("<([^<>\\s]+@[^<>\\s]+)>"));
    const QRegularExpressionMatch m = angle.match(v);
    if (m.hasMatch())
        return m.captured(1);
    static const QRegularExpression bare(QStringLiteral("([^\\s<>\"'();,]+@[^\\s<>\"'();,]+)"));
    const QRegularExpressionMatch b = bare.match(v);
    if (b.hasMatch()) {
        QString a = b.captured(1);
        while (a.endsWith(QLatin1Char('.')))
            a.chop(1);
        return a;
    }
    v.remove(QLatin1Char('<')).remove(QLatin1Char('>'));
    return v.section(QLatin1Char(' '), 0, 0);
}

} // namespace deliverboard::mail
