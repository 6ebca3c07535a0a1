#include "CampaignFolderScanner.h"

#include "EximLineParser.h"
#include "LogFileReader.h"
#include "PowerMtaRecordParser.h"
#include "SyslogEnvelope.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace deliverboard {

namespace {
constexpr int kSniffBytes = 64 * 1024;

// Rotation order key: dated rotations (maillog-20260314) by date, numbered ones
// (maillog.3.gz before maillog.1), the live file last.
struct RotationKey {
    int group = 2;      // 0 dated, 1 numbered, 2 current
    qint64 value = 0;   // date, or minus the number
    QString name;
    bool operator<(const RotationKey& o) const
    {
        return std::tie(group, value, name) < std::tie(o.group, o.value, o.name);
    }
};

RotationKey rotationKey(const QString& path)
{
    static const QRegularExpression dated(QStringLiteral(R"([-.](\d{8})(?:[-.]\d+)?(?:\.gz)?$)"));
    static const QRegularExpression numbered(QStringLiteral(R"(\.(\d{1,4})(?:\.gz)?$)"));
    RotationKey key;
    key.name = QFileInfo(path).fileName();
    if (const auto m = dated.match(key.name); m.hasMatch()) {
        key.group = 0;
        key.value = m.captured(1).toLongLong();
    } else if (const auto n = numbered.match(key.name); n.hasMatch()) {
        key.group = 1;
        key.value = -n.captured(1).toLongLong();
    }
    return key;
}

bool namedLikeLog(const QString& name)
{
    const QString lower = name.toLower();
    return lower.contains(QLatin1String("log")) || lower.endsWith(QLatin1String(".gz")) ||
           lower.startsWith(QLatin1String("mail"));
}

bool looksLikeMail(const QByteArray& head)
{
    if (head.startsWith("From "))
        return true; // mbox
    static const QRegularExpression header(
        QStringLiteral(R"(^(Return-Path|Received|From|Subject|Message-ID|Content-Type|MIME-Version|Date|To):)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    int headers = 0;
    auto it = header.globalMatch(QString::fromLatin1(head.left(8192)));
    while (it.hasNext() && headers < 3) {
        it.next();
        ++headers;
    }
    return headers >= 3;
}
} // namespace

CampaignFile CampaignFolderScanner::classify(const QString& path)
{
    CampaignFile file;
    file.path = path;
    const QString name = QFileInfo(path).fileName();
    const QString lower = name.toLower();
    file.looksLikeLog = namedLikeLog(name);
    if (lower == QLatin1String("campaign.json")) {
        file.kind = CampaignFileKind::CampaignConfig;
        return file;
    }
    if (lower == QLatin1String("recipients.csv")) {
        file.kind = CampaignFileKind::Audience;
        return file;
    }
    if (lower == QLatin1String("events.csv")) {
        file.kind = CampaignFileKind::Events;
        return file;
    }
    QString error;
    const QByteArray head = LogFileReader::head(path, kSniffBytes, &error);
    if (head.isEmpty()) {
        file.note = error.isEmpty() ? QStringLiteral("the file is empty") : error;
        return file;
    }
    if (lower.endsWith(QLatin1String(".eml")) || looksLikeMail(head)) {
        file.kind = CampaignFileKind::ReturnedMail;
        return file;
    }
    if (PowerMtaRecordParser::looksLikeHeader(head.left(head.indexOf('\n')))) {
        file.kind = CampaignFileKind::PowerMtaAccounting;
        return file;
    }
    // A mail log has syslog or Exim lines; a few junk lines among them do not matter.
    int lines = 0, syslogLines = 0, eximLines = 0;
    for (const QByteArray& line : head.split('\n')) {
        if (line.isEmpty())
            continue;
        ++lines;
        SyslogEnvelope envelope;
        QDateTime time;
        const QString text = QString::fromUtf8(line);
        if (SyslogEnvelope::parse(line, envelope))
            ++syslogLines;
        else if (EximLineParser::parseTimestamp(text, QTimeZone::utc(), time) > 0)
            ++eximLines;
        if (lines >= 200)
            break;
    }
    if (syslogLines > 0 || eximLines > 0) {
        file.kind = syslogLines >= eximLines ? CampaignFileKind::SyslogMailLog : CampaignFileKind::EximMainLog;
        return file;
    }
    file.note = head.contains('\0') ? QStringLiteral("binary data, not a mail log")
                                     : QStringLiteral("no Postfix, Exim or PowerMTA lines in the first %1 KB")
                                           .arg(kSniffBytes / 1024);
    return file;
}

void CampaignFolderScanner::sortLogsOldestFirst(QList<CampaignFile>& files)
{
    std::stable_sort(files.begin(), files.end(), [](const CampaignFile& a, const CampaignFile& b) {
        return rotationKey(a.path) < rotationKey(b.path);
    });
}

QList<CampaignFile> CampaignFolderScanner::scan(const QString& folder)
{
    QList<CampaignFile> files;
    // Unreadable files are listed too, so that the import can name them.
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QStringList paths;
    while (it.hasNext())
        paths.append(it.next());
    paths.sort();
    for (const QString& path : std::as_const(paths))
        files.append(classify(path));
    sortLogsOldestFirst(files);
    return files;
}

} // namespace deliverboard
