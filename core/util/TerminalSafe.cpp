#include "TerminalSafe.h"

namespace deliverboard {

namespace {

bool isControl(char32_t c) {
    return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c <= 0x9f);
}

QByteArray escapeOf(unsigned code) {
    return QByteArrayLiteral("\\u00") + QByteArray::number(code, 16).rightJustified(2, '0');
}

} // namespace

QString terminalSafe(const QString& text) {
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        if (isControl(c.unicode()))
            safe += QString::fromLatin1(escapeOf(c.unicode()));
        else
            safe += c;
    }
    return safe;
}

TerminalSafeDevice::TerminalSafeDevice(QIODevice* target)
    : m_target(target) {
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalSafeDevice::writeData(const char* data, qint64 size) {
    QByteArray out;
    out.reserve(size + 16);
    for (qint64 i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        if (m_pendingC2) {
            m_pendingC2 = false;
            if (byte >= 0x80 && byte <= 0x9f) {
                out += escapeOf(byte); // U+0080..U+009F, encoded C2 80..C2 9F
                continue;
            }
            out += '\xc2';
        }
        if (byte == 0xc2) {
            m_pendingC2 = true;
            continue;
        }
        if ((byte < 0x20 && byte != '\n' && byte != '\t') || byte == 0x7f)
            out += escapeOf(byte);
        else
            out += static_cast<char>(byte);
    }
    if (!out.isEmpty() && m_target->write(out) != out.size())
        return -1;
    return size;
}

} // namespace deliverboard
