#pragma once

#include <QString>
#include <QStringList>

namespace deliverboard {

// What a file in a campaign folder is, recognised by content (names only for the files
// the contract names: campaign.json, recipients.csv, events.csv).
enum class CampaignFileKind {
    SyslogMailLog, // Postfix (or Exim) through syslog
    EximMainLog,
    PowerMtaAccounting,
    CampaignConfig,
    Audience,
    Events,
    ReturnedMail,
    Unknown
};

struct CampaignFile {
    QString path;
    CampaignFileKind kind = CampaignFileKind::Unknown;
    QString note;              // why an Unknown file was not used
    bool looksLikeLog = false; // named like a log: an Unknown one is reported as a problem
    bool problem = false;      // not read for safety (no regular file, a link out of the
                               // folder, a name that is not UTF-8): always reported
};

class CampaignFolderScanner {
public:
    // Every file below `folder` (hidden files and folders skipped), classified, with the
    // logs ordered oldest rotation first (maillog.2.gz, maillog.1, maillog). Only regular
    // files are read: FIFOs, sockets and devices, symlinks that lead out of the folder
    // (or to anything but a regular file) and names that are not valid UTF-8 are listed as
    // problems (kind Unknown, `problem` set), never opened. Symlinked folders are not
    // followed.
    static QList<CampaignFile> scan(const QString& folder);
    static CampaignFile classify(const QString& path);
    static void sortLogsOldestFirst(QList<CampaignFile>& files);
};

} // namespace deliverboard
