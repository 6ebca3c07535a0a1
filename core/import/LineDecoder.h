#pragma once

#include "QueueEvent.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace deliverboard {

struct CampaignConfig;
struct CampaignRecord;

// What one line of a mail log means, whatever the MTA: zero or more queue events for
// the correlator, the line's time, or why the line was not usable.
struct DecodedLine {
    enum class Result { Events, Noise, Problem };
    Result result = Result::Noise;
    qint64 atMs = -1;   // the line's time (UTC ms), -1 when it has none
    QString host;       // queue ids are unique per host and MTA instance
    QString instance;
    QList<QueueEvent> events;
    QString problem;    // for Result::Problem: what was wrong with the line
};

// Turns the lines of one log format into DecodedLines. One decoder per file.
class LineDecoder {
public:
    virtual ~LineDecoder() = default;
    virtual void decode(const QByteArray& line, qint64 lineNumber, DecodedLine& out) = 0;
};

enum class LogFormat { Syslog, EximMain, PowerMtaCsv };

// Year-less timestamps are placed around `campaign.firstMonth` (the anchor month, see
// LocalTimeResolver); `anchorTime` is the newest modification time of the campaign's logs.
// When no anchor month is known yet, the first year-less line sets it.
std::unique_ptr<LineDecoder> makeLineDecoder(LogFormat format, const QString& path,
                                             const CampaignConfig& config, CampaignRecord& campaign,
                                             const QDateTime& anchorTime = {});

} // namespace deliverboard
