#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QList>

namespace deliverboard::mail {

// Reads the messages of a file one at a time: an mbox ("From " separator lines after an
// empty line, ">From " unescaped) or a single message (.eml). Memory stays bounded by one
// message of at most `maxMessageBytes`: the rest of a longer message is skipped (up to the
// next separator) and the message is marked truncated. Empty messages are skipped.
class MboxStream {
public:
    MboxStream(QIODevice* device, qsizetype maxMessageBytes);

    // The next message; false at the end of the input.
    bool next(QByteArray& message);
    bool lastTruncated() const { return m_truncated; } // the message last returned was cut

private:
    void skipRestOfLine(QByteArray piece);

    QIODevice* m_device;
    qsizetype m_max;
    bool m_started = false;
    bool m_mbox = false;
    bool m_done = false;
    bool m_truncated = false;
};

// Splits data in memory into messages, as MboxStream reads them (no size cap).
QList<QByteArray> splitMailbox(const QByteArray& data);

} // namespace deliverboard::mail
