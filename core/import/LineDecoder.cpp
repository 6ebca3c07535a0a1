#include "LineDecoder.h"

#include "CampaignConfig.h"
#include "EximLineParser.h"
#include "LocalTimeResolver.h"
#include "LogFileReader.h"
#include "PostfixLineParser.h"
#include "PowerMtaRecordParser.h"
#include "SyslogEnvelope.h"
#include "store/ImportRecords.h"
#include "util/CsvReader.h"

#include <QFileInfo>

namespace deliverboard {

namespace {

bool isExim(const QString& daemon)
{
    return daemon == QLatin1String("exim") || daemon == QLatin1String("exim4");
}

// Syslog files: Postfix lines, and Exim lines that went through syslog.
class SyslogDecoder : public LineDecoder {
public:
    SyslogDecoder(const CampaignConfig& config, CampaignRecord& campaign, const QString& path,
                  const QDateTime& anchorTime)
        : m_campaign(campaign)
        , m_zone(config.timeZone)
        , m_resolver(config.timeZone, config.year, campaign.firstMonth,
                     QFileInfo(path).lastModified(), anchorTime) {}

    void decode(const QByteArray& line, qint64, DecodedLine& out) override
    {
        SyslogEnvelope envelope;
        if (!SyslogEnvelope::parse(line, envelope)) {
            out.result = DecodedLine::Result::Problem;
            out.problem = QStringLiteral("not a syslog line; skipped");
            return;
        }
        if (!envelope.hasYear && m_campaign.firstMonth == 0) {
            m_campaign.firstMonth = envelope.month;
            m_resolver.setAnchorMonth(envelope.month);
        }
        out.atMs = m_resolver.toUtcMs(envelope);
        if (out.atMs < 0) {
            out.result = DecodedLine::Result::Problem;
            out.problem = QStringLiteral("the date does not exist in the inferred year; line skipped");
            return;
        }
        out.host = envelope.host;
        out.instance = envelope.instance;
        const QString body = QString::fromUtf8(line.mid(envelope.bodyStart));
        if (PostfixLineParser::isPostfixProgram(envelope.program)) {
            out.events.append(PostfixLineParser::parse(envelope.daemon, body));
            out.result = DecodedLine::Result::Events;
        } else if (isExim(envelope.daemon)) {
            // Exim's own timestamp (with its offset, if logged) is more precise.
            QDateTime utc;
            const qsizetype after = EximLineParser::parseTimestamp(body, m_zone, utc);
            if (after >= 0)
                out.atMs = utc.toMSecsSinceEpoch();
            out.instance = QStringLiteral("exim");
            out.events.append(EximLineParser::parseBody(QStringView(body).mid(qMax<qsizetype>(after, 0))));
            out.result = DecodedLine::Result::Events;
        }
    }

private:
    CampaignRecord& m_campaign;
    QTimeZone m_zone;
    LocalTimeResolver m_resolver;
};

// Exim's own main log.
class EximDecoder : public LineDecoder {
public:
    explicit EximDecoder(const CampaignConfig& config)
        : m_zone(config.timeZone)
    {
    }

    void decode(const QByteArray& line, qint64, DecodedLine& out) override
    {
        const QString text = QString::fromUtf8(line);
        QDateTime utc;
        const qsizetype after = EximLineParser::parseTimestamp(text, m_zone, utc);
        if (after < 0) {
            out.result = DecodedLine::Result::Problem;
            out.problem = QStringLiteral("not an Exim log line; skipped");
            return;
        }
        out.atMs = utc.toMSecsSinceEpoch();
        out.instance = QStringLiteral("exim");
        out.events.append(EximLineParser::parseBody(QStringView(text).mid(after)));
        out.result = DecodedLine::Result::Events;
    }

private:
    QTimeZone m_zone;
};

// PowerMTA accounting CSV; the header is read from the file itself, so a resumed
// import still maps the columns.
class PowerMtaDecoder : public LineDecoder {
public:
    explicit PowerMtaDecoder(const QString& path)
    {
        const QByteArray head = LogFileReader::head(path, 64 * 1024);
        m_ready = m_parser.setHeader(CsvReader::splitLine(head.left(head.indexOf('\n'))));
    }

    void decode(const QByteArray& line, qint64 lineNumber, DecodedLine& out) override
    {
        if (lineNumber == 1 || line.trimmed().isEmpty())
            return; // the header
        if (!m_ready) {
            out.result = DecodedLine::Result::Problem;
            out.problem = QStringLiteral("the file has no PowerMTA accounting header");
            return;
        }
        const auto record = m_parser.parse(CsvReader::splitLine(line));
        if (!record.valid) {
            if (!record.problem.isEmpty()) {
                out.result = DecodedLine::Result::Problem;
                out.problem = record.problem;
            }
            return;
        }
        out.atMs = record.loggedUtc.toMSecsSinceEpoch();
        out.instance = QStringLiteral("pmta");
        out.events = record.events;
        out.result = DecodedLine::Result::Events;
    }

private:
    PowerMtaRecordParser m_parser;
    bool m_ready = false;
};

} // namespace

std::unique_ptr<LineDecoder> makeLineDecoder(LogFormat format, const QString& path,
                                             const CampaignConfig& config, CampaignRecord& campaign,
                                             const QDateTime& anchorTime) {
    switch (format) {
    case LogFormat::Syslog:
        return std::make_unique<SyslogDecoder>(config, campaign, path, anchorTime);
    case LogFormat::EximMain:
        return std::make_unique<EximDecoder>(config);
    case LogFormat::PowerMtaCsv:
        return std::make_unique<PowerMtaDecoder>(path);
    }
    return nullptr;
}

} // namespace deliverboard
