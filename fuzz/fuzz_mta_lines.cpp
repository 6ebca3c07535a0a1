// Syslog envelope + Postfix, Exim main log and PowerMTA accounting lines: the first byte
// picks the format, the rest is the file (for PowerMTA its first line is the header).
#include "FuzzSupport.h"

#include "import/CampaignConfig.h"
#include "import/EximLineParser.h"
#include "import/LineDecoder.h"
#include "import/PostfixLineParser.h"
#include "import/SyslogEnvelope.h"
#include "store/ImportRecords.h"

#include <QTimeZone>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    fuzzsupport::ensureApp();
    if (size < 1)
        return 0;
    const QByteArray input = fuzzsupport::bytes(data + 1, size - 1);
    const int which = data[0] % 3;
    const deliverboard::LogFormat format = which == 0   ? deliverboard::LogFormat::Syslog
                                           : which == 1 ? deliverboard::LogFormat::EximMain
                                                        : deliverboard::LogFormat::PowerMtaCsv;
    deliverboard::CampaignConfig config;
    deliverboard::CampaignRecord campaign;
    campaign.year = (data[0] & 0x80) ? 2026 : 0;
    auto decoder = deliverboard::makeLineDecoder(format, QStringLiteral("/nonexistent/maillog"),
                                                 config, campaign);
    qint64 number = 0;
    for (const QByteArray& line : input.split('\n')) {
        deliverboard::DecodedLine decoded;
        decoder->decode(line, ++number, decoded);
        if (decoded.result == deliverboard::DecodedLine::Result::Problem &&
            decoded.problem.isEmpty())
            fuzzsupport::fail("a problem without a message");
        // The parsers below the decoders, directly.
        deliverboard::SyslogEnvelope envelope;
        deliverboard::SyslogEnvelope::parse(line, envelope);
        const QString text = QString::fromUtf8(line);
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        deliverboard::PostfixLineParser::parse(QStringLiteral("smtp"),
                                               QStringView(text).mid(colon + 1));
        QDateTime time;
        const qsizetype after =
            deliverboard::EximLineParser::parseTimestamp(text, QTimeZone::utc(), time);
        if (after > text.size())
            fuzzsupport::fail("exim timestamp past the line", text);
        deliverboard::EximLineParser::parseBody(QStringView(text).mid(qMax<qsizetype>(after, 0)));
    }
    return 0;
}
