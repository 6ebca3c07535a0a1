#include "CampaignFolderScanner.h"

#include "EximLineParser.h"
#include "LogFileReader.h"
#include "PowerMtaRecordParser.h"
#include "SyslogEnvelope.h"

#include "util/SafeFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>

#include <algorithm>
#include <cstdlib>
#include <dirent.h>
#include <sys/stat.h>

namespace deliverboard {

namespace {
constexpr int kSniffBytes = 64 * 1024;

// Rotation order key: dated rotations (maillog-20260314) by date, numbered ones
// (maillog.3.gz before maillog.1), the live file last.
struct RotationKey {
    int group = 2;    // 0 dated, 1 numbered, 2 current
    qint64 value = 0; // date, or minus the number
    QString name;
    bool operator<(const RotationKey& o) const {
        return std::tie(group, value, name) < std::tie(o.group, o.value, o.name);
    }
};

RotationKey rotationKey(const QString& path) {
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

bool namedLikeLog(const QString& name) {
    const QString lower = name.toLower();
    return lower.contains(QLatin1String("log")) || lower.endsWith(QLatin1String(".gz")) ||
           lower.startsWith(QLatin1String("mail"));
}

bool looksLikeMail(const QByteArray& head) {
    if (head.startsWith("From "))
        return true; // mbox
    static const QRegularExpression header(
        QStringLiteral(
            R"(^(Return-Path|Received|From|Subject|Message-ID|Content-Type|MIME-Version|Date|To):)"),
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

CampaignFile CampaignFolderScanner::classify(const QString& path) {
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
    if (const QString kind = nonRegularKind(path); !kind.isEmpty()) {
        file.note =
            QCoreApplication::translate("CampaignFolderScanner", "%1, not a regular file; not read")
                .arg(kind);
        file.problem = true;
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
        file.kind = syslogLines >= eximLines ? CampaignFileKind::SyslogMailLog
                                             : CampaignFileKind::EximMainLog;
        return file;
    }
    file.note = head.contains('\0')
                    ? QStringLiteral("binary data, not a mail log")
                    : QStringLiteral("no Postfix, Exim or PowerMTA lines in the first %1 KB")
                          .arg(kSniffBytes / 1024);
    return file;
}

void CampaignFolderScanner::sortLogsOldestFirst(QList<CampaignFile>& files) {
    std::stable_sort(files.begin(), files.end(), [](const CampaignFile& a, const CampaignFile& b) {
        return rotationKey(a.path) < rotationKey(b.path);
    });
}

namespace {

constexpr int kMaxFolderDepth = 32;

QString tr(const char* text) {
    return QCoreApplication::translate("CampaignFolderScanner", text);
}

// A name as the user can read it: printable ASCII as is, every other byte as \xNN.
QString readableName(const QByteArray& name) {
    QString shown;
    for (const char c : name) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte < 0x7f)
            shown += QLatin1Char(c);
        else
            shown += QStringLiteral("\\x%1").arg(byte, 2, 16, QLatin1Char('0'));
    }
    return shown;
}

bool isValidUtf8(const QByteArray& name) {
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(name);
    return !decoder.hasError();
}

struct FolderWalk {
    QByteArray root; // the campaign folder, resolved (no symlinks)
    QList<CampaignFile> problems;
    QStringList paths;
};

bool inside(const QByteArray& root, const QByteArray& resolved) {
    return resolved == root || resolved.startsWith(root.endsWith('/') ? root : root + '/');
}

CampaignFile problemFile(const QString& path, const QString& note) {
    CampaignFile file;
    file.path = path;
    file.note = note;
    file.problem = true;
    return file;
}

void walk(FolderWalk& w, const QByteArray& dir, int depth) {
    DIR* handle = ::opendir(dir.constData());
    if (!handle)
        return;
    QList<QByteArray> names;
    while (const dirent* entry = ::readdir(handle)) {
        const QByteArray name(entry->d_name);
        if (name.startsWith('.'))
            continue; // hidden, and . and ..
        names.append(name);
    }
    ::closedir(handle);
    for (const QByteArray& name : std::as_const(names)) {
        const QByteArray native = dir + '/' + name;
        const QString path = QFile::decodeName(native);
        if (!isValidUtf8(name)) {
            w.problems.append(
                problemFile(QFile::decodeName(dir) + QLatin1Char('/') + readableName(name),
                            tr("the file name is not valid UTF-8 (a zip made on another "
                               "system?); not read: rename it to import it")));
            continue;
        }
        struct stat st {};
        if (::lstat(native.constData(), &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            if (depth < kMaxFolderDepth)
                walk(w, native, depth + 1);
            continue;
        }
        if (S_ISLNK(st.st_mode)) {
            char* resolved = ::realpath(native.constData(), nullptr);
            const QByteArray target = resolved ? QByteArray(resolved) : QByteArray();
            ::free(resolved);
            if (target.isEmpty()) {
                w.problems.append(problemFile(path, tr("a symbolic link to nothing; not read")));
                continue;
            }
            if (!inside(w.root, target)) {
                w.problems.append(
                    problemFile(path, tr("a symbolic link that leads out of the campaign folder; "
                                         "not read")));
                continue;
            }
            if (::stat(native.constData(), &st) != 0)
                continue;
            if (S_ISDIR(st.st_mode))
                continue; // linked folders are not followed (no loops)
        }
        if (!S_ISREG(st.st_mode)) {
            w.problems.append(
                problemFile(path, QCoreApplication::translate("CampaignFolderScanner",
                                                              "%1, not a regular file; not read")
                                      .arg(nonRegularKind(path))));
            continue;
        }
        w.paths.append(path);
    }
}

} // namespace

QList<CampaignFile> CampaignFolderScanner::scan(const QString& folder) {
    QList<CampaignFile> files;
    FolderWalk w;
    const QByteArray native = QFile::encodeName(folder);
    char* resolved = ::realpath(native.constData(), nullptr);
    w.root = resolved ? QByteArray(resolved) : native;
    ::free(resolved);
    // Unreadable files are listed too, so that the import can name them.
    walk(w, native.endsWith('/') && native.size() > 1 ? native.chopped(1) : native, 0);
    w.paths.sort();
    for (const QString& path : std::as_const(w.paths))
        files.append(classify(path));
    sortLogsOldestFirst(files);
    files += w.problems;
    return files;
}

} // namespace deliverboard
