// The returned-mail parser (DSN, ARF, text bounce, auto-reply, SES, mbox splitting) on
// one input read as a file, and the HTML stripper on the same bytes.
#include "FuzzSupport.h"

#include "mail/MboxReader.h"
#include "mail/MimeMessage.h"
#include "mail/ReturnedMailParser.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    fuzzsupport::ensureApp();
    const QByteArray input = fuzzsupport::bytes(data, size);
    QStringList problems;
    const auto records = deliverboard::mail::ReturnedMailParser::parseData(
        input, QStringLiteral("fuzz.eml"), &problems);
    for (const auto& r : records)
        if (r.diagnostic.size() > 64 * 1024 * 1024)
            fuzzsupport::fail("diagnostic unbounded");
    // The streaming reader with a small cap: no message above it.
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    deliverboard::mail::MboxStream stream(&buffer, 512);
    QByteArray message;
    while (stream.next(message))
        if (message.size() > 512)
            fuzzsupport::fail("message above the cap");
    const QString html = QString::fromUtf8(input);
    if (deliverboard::mail::stripHtml(html).size() > html.size() + 1)
        fuzzsupport::fail("stripped HTML longer than its input");
    return 0;
}
