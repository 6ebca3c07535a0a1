#include "MboxReader.h"

#include <QRegularExpression>
#include <QString>

namespace deliverboard::mail {

namespace {

QByteArray unescapeFromLines(QByteArray message)
{
    if (message.startsWith(">From "))
        message.remove(0, 1);
    message.replace("\n>From ", "\nFrom ");
    return message;
}

// "From sender@example.org Thu Apr 29 23:34:45 2005": a sender and a time of day.
bool looksLikeSeparator(const QByteArray& data, qsizetype lineStart)
{
    qsizetype lineEnd = data.indexOf('\n', lineStart);
    if (lineEnd < 0)
        lineEnd = data.size();
    static const QRegularExpression separator(QStringLiteral("^From \\S+ .*\\d\\d?:\\d\\d"));
    return separator.match(QString::fromLatin1(data.mid(lineStart, lineEnd - lineStart))).hasMatch();
}

} // namespace

QList<QByteArray> splitMailbox(const QByteArray& data)
{
    QList<QByteArray> messages;
    if (data.trimmed().isEmpty())
        return messages;
    if (!data.startsWith("From ")) {
        messages.append(data);
        return messages;
    }
    // Separator lines start a message at the top of the file or after an empty line.
    QList<qsizetype> starts{0};
    for (qsizetype pos = data.indexOf("\nFrom "); pos >= 0; pos = data.indexOf("\nFrom ", pos + 1)) {
        const bool afterBlank = (pos >= 1 && data.at(pos - 1) == '\n')
            || (pos >= 2 && data.at(pos - 1) == '\r' && data.at(pos - 2) == '\n');
        if (afterBlank && looksLikeSeparator(data, pos + 1))
            starts.append(pos + 1);
    }
    starts.append(data.size());
    for (qsizetype i = 0; i + 1 < starts.size(); ++i) {
        const qsizetype lineEnd = data.indexOf('\n', starts[i]);
        if (lineEnd < 0 || lineEnd >= starts[i + 1])
            continue;
        const QByteArray message = data.mid(lineEnd + 1, starts[i + 1] - lineEnd - 1);
        if (!message.trimmed().isEmpty())
            messages.append(unescapeFromLines(message));
    }
    return messages;
}

} // namespace deliverboard::mail
