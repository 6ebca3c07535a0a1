#pragma once

#include "CampaignPlan.h"
#include "TimeFormat.h"

#include <QByteArray>
#include <QString>
#include <cstdio>
#include <zlib.h>

// Turns one planned step of a campaign message into the Postfix line body
// ("postfix/smtp[123]: QID: to=<...>, relay=..., ... status=... (...)").
class StepRenderer {
public:
    void render(QByteArray& out, const MessagePlan& m, const Step& s) const;
};

// Writes lines in time order into the rotated pair of a syslog: the first `splitAt` lines go
// to maillog.1.gz, the rest to maillog. One deliberately broken line (NUL bytes, no
// envelope, as left behind by a crash while writing) goes into maillog.
class LogFiles {
public:
    LogFiles(const QString& dir, quint64 splitAt, quint64 junkAfter, bool iso, LocalClock& clock);
    ~LogFiles();
    bool open(QString* error);
    void write(std::int64_t t, const QByteArray& rest);
    // Closes both files and stamps them with the time of their last line, as logrotate and
    // syslog would leave them (importers may anchor the year on it).
    bool close(QString* error);

private:
    QString m_dir;
    quint64 m_splitAt;
    quint64 m_junkAfter;
    bool m_iso;
    LocalClock& m_clock;
    quint64 m_count = 0;
    gzFile m_gz = nullptr;
    std::FILE* m_plain = nullptr;
    QByteArray m_line;
    std::int64_t m_lastGz = 0;
    std::int64_t m_lastPlain = 0;
    bool m_failed = false;
};

inline constexpr const char* kHostName = "mail";
