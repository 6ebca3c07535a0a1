#pragma once

#include <QString>
#include <QTimeZone>

namespace deliverboard {

// `campaign.json` of a campaign folder (contract section 2); every key is optional.
// `timezone` (an IANA name) is our extension: the zone of year-less syslog timestamps.
struct CampaignConfig {
    QString name;
    QString sender;
    int year = 0;
    double retryWindowHours = 30;
    int maxAttempts = 4;
    QTimeZone timeZone = QTimeZone::systemTimeZone();

    // Reads `path`. Returns false with `error` ("campaign.json: line 3: ...") when the
    // file exists but is not valid; a missing file gives the defaults.
    static bool load(const QString& path, CampaignConfig& config, QString& error);
};

} // namespace deliverboard
