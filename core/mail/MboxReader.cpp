#include "MboxReader.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QString>

namespace deliverboard::mail {

namespace {

constexpr qsizetype kLinePiece = 64 * 1024; // a longer line is read in pieces

QByteArray unescapeFromLines(QByteArray message) {
    if (message.startsWith(">From "))
        message.remove(0, 1);
    message.replace("\n>From ", "\nFrom ");
    return message;
}

// "From sender@example.org Thu Apr 29 23:34:45 2005": a sender and a time of day.
bool looksLikeSeparator(const QByteArray& line) {
    static const QRegularExpression separator(QStringLiteral("^From \\S+ .*\\d\\d?:\\d\\d"));
    return separator.match(QString::fromLatin1(line.left(1000))).hasMatch();
}

bool isBlank(const QByteArray& line) {
    return line == "\n" || line == "\r\n";
}

} // namespace

MboxStream::MboxStream(QIODevice* device, qsizetype maxMessageBytes)
    : m_device(device)
    , m_max(maxMessageBytes) {}

// Reads the pieces of an overlong line up to its end.
void MboxStream::skipRestOfLine(QByteArray piece) {
    while (!piece.isEmpty() && !piece.endsWith('\n'))
        piece = m_device->readLine(kLinePiece);
}

bool MboxStream::next(QByteArray& message) {
    message.clear();
    m_truncated = false;
    if (m_done)
        return false;
    if (!m_started) {
        m_started = true;
        m_mbox = m_device->peek(5) == "From ";
        if (!m_mbox) {
            // One message: the whole input, up to the cap.
            m_done = true;
            message = m_device->read(m_max);
            while (!m_device->read(1 << 20).isEmpty())
                m_truncated = true;
            return !message.trimmed().isEmpty();
        }
        skipRestOfLine(m_device->readLine(kLinePiece)); // the first separator line
    }
    // mbox: the separator line of this message has been read (the first line of the
    // input, or the line that ended the previous message).
    for (;;) {
        bool previousBlank = false;
        bool lineStart = true;
        for (;;) {
            const QByteArray line = m_device->readLine(kLinePiece);
            if (line.isEmpty()) {
                m_done = true;
                break;
            }
            if (lineStart && previousBlank && line.startsWith("From ") &&
                looksLikeSeparator(line)) {
                skipRestOfLine(line); // the next message starts after it
                break;
            }
            previousBlank = lineStart && isBlank(line);
            lineStart = line.endsWith('\n');
            if (!m_truncated && message.size() + line.size() <= m_max)
                message += line;
            else
                m_truncated = true;
        }
        if (!message.trimmed().isEmpty()) {
            message = unescapeFromLines(message);
            return true;
        }
        message.clear();
        m_truncated = false;
        if (m_done)
            return false;
    }
}

QList<QByteArray> splitMailbox(const QByteArray& data) {
    QList<QByteArray> messages;
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    MboxStream stream(&buffer, data.size() + 1);
    QByteArray message;
    while (stream.next(message))
        messages.append(message);
    return messages;
}

} // namespace deliverboard::mail
