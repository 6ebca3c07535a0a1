#include "PostfixLogWriter.h"

#include "Noise.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

namespace {

// Postfix prints delays with a precision that shrinks as they grow: "0.34", "1.2", "2071".
void appendDelay(QByteArray& out, std::int64_t usec) {
    if (usec < 0)
        usec = 0;
    if (usec >= 10 * kUsecPerSec) {
        out += QByteArray::number(usec / kUsecPerSec);
        return;
    }
    if (usec >= kUsecPerSec) {
        const std::int64_t tenths = usec / 100000;
        out += QByteArray::number(tenths / 10);
        if (tenths % 10)
            out += '.' + QByteArray::number(tenths % 10);
        return;
    }
    const std::int64_t hundredths = usec / 10000;
    if (hundredths == 0) {
        out += '0';
        return;
    }
    out += "0.";
    out += char('0' + hundredths / 10);
    if (hundredths % 10)
        out += char('0' + hundredths % 10);
}

void appendQidPrefix(QByteArray& out, const char* program, quint32 pid, const QByteArray& qid) {
    out += program;
    out += '[';
    out += QByteArray::number(pid);
    out += "]: ";
    out += qid;
    out += ": ";
}

} // namespace

void StepRenderer::render(QByteArray& out, const MessagePlan& m, const Step& s) const {
    const Recipient& r = m.rcpts[s.rcpt];
    switch (s.kind) {
    case StepKind::Pickup:
        appendQidPrefix(out, "postfix/pickup", s.pid, m.qid);
        out += QByteArray("uid=1001 from=<") + kSender + '>';
        return;
    case StepKind::Cleanup:
        appendQidPrefix(out, "postfix/cleanup", s.pid, m.qid);
        out += "message-id=" + m.msgId;
        return;
    case StepKind::QueueActive:
        appendQidPrefix(out, "postfix/qmgr", s.pid, m.qid);
        out += QByteArray("from=<") + kSender + ">, size=" + QByteArray::number(m.size) +
               ", nrcpt=" + QByteArray::number(qulonglong(m.rcpts.size())) + " (queue active)";
        return;
    case StepKind::Tls: {
        const MxHost& mx = m.domain.mx[r.attempts[s.attempt].mx];
        out += "postfix/smtp[" + QByteArray::number(s.pid) +
               "]: Trusted TLS connection established to " + mx.host + '[' + mx.ip +
               "]:25: TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)";
        return;
    }
    case StepKind::LostConnection: {
        const MxHost& mx = m.domain.mx[r.attempts[s.attempt].mx];
        appendQidPrefix(out, "postfix/smtp", s.pid, m.qid);
        out += "lost connection with " + mx.host + '[' + mx.ip + "] while sending RCPT TO";
        return;
    }
    case StepKind::Result: {
        const Attempt& a = r.attempts[s.attempt];
        const ReplyInfo& info = replyInfo(a.reply);
        appendQidPrefix(out, a.suppressed ? "postfix/error" : "postfix/smtp", s.pid, m.qid);
        out += "to=<" + r.address + ">, relay=";
        const bool noRelay = a.suppressed || info.shape == Shape::Connect ||
                             info.shape == Shape::Dns || info.shape == Shape::NullMx;
        if (noRelay) {
            out += "none";
        } else {
            const MxHost& mx = m.domain.mx[a.mx];
            out += mx.host + '[' + mx.ip + "]:25";
        }
        const std::int64_t total = a.t - m.arrival;
        const std::int64_t qa = a.activeAt - m.arrival;
        const std::int64_t qb = std::max<std::int64_t>(0, total - qa - a.connUs - a.xferUs);
        out += ", delay=";
        appendDelay(out, total);
        out += ", delays=";
        appendDelay(out, qa);
        out += '/';
        appendDelay(out, qb);
        out += '/';
        appendDelay(out, a.connUs);
        out += '/';
        appendDelay(out, a.xferUs);
        out += ", dsn=";
        out += info.dsn;
        out += ", status=";
        switch (info.cls) {
        case ReplyClass::Ok:
            out += "sent (";
            break;
        case ReplyClass::Temp:
            out += "deferred (";
            break;
        default:
            out += "bounced (";
            break;
        }
        // A suppressed retry repeats the reason of the recipient's last real try verbatim.
        const Attempt* reason = &a;
        if (a.suppressed) {
            out += "delivery temporarily suspended: ";
            for (int i = s.attempt; i >= 0; --i)
                if (!r.attempts[size_t(i)].suppressed) {
                    reason = &r.attempts[size_t(i)];
                    break;
                }
        }
        ReplyContext ctx;
        ctx.domain = &m.domain;
        ctx.mx = reason->mx;
        ctx.rcpt = r.address;
        ctx.msgId = m.msgId;
        ctx.token = reason->token;
        ctx.usec = reason->t;
        ctx.size = m.size;
        appendReplyText(out, reason->reply, ctx);
        out += ')';
        return;
    }
    case StepKind::Hold:
        appendQidPrefix(out, "postfix/postsuper", kHoldPid, m.qid);
        out += "placed on hold";
        return;
    case StepKind::Release:
        appendQidPrefix(out, "postfix/postsuper", kReleasePid, m.qid);
        out += "released from hold";
        return;
    case StepKind::Expired:
        appendQidPrefix(out, "postfix/qmgr", s.pid, m.qid);
        out += QByteArray("from=<") + kSender + ">, status=expired, returned to sender";
        return;
    case StepKind::NdrCleanup: {
        appendQidPrefix(out, "postfix/cleanup", s.pid, m.ndrQid);
        const LocalClock::Civil c = LocalClock::civilFromSeconds(s.t / kUsecPerSec);
        char stamp[32];
        std::snprintf(stamp, sizeof stamp, "%04d%02d%02d%02d%02d%02d", c.year, c.month, c.day,
                      c.hour, c.minute, c.second);
        out += QByteArray("message-id=<") + stamp + '.' + m.ndrQid + "@mail.demo-shop.example>";
        return;
    }
    case StepKind::NdrActive:
        appendQidPrefix(out, "postfix/qmgr", s.pid, m.ndrQid);
        out += "from=<>, size=" + QByteArray::number(m.ndrSize) + ", nrcpt=1 (queue active)";
        return;
    case StepKind::BounceNotice:
        appendQidPrefix(out, "postfix/bounce", s.pid, m.qid);
        out += "sender non-delivery notification: " + m.ndrQid;
        return;
    case StepKind::Removed:
        appendQidPrefix(out, "postfix/qmgr", s.pid, m.qid);
        out += "removed";
        return;
    case StepKind::NdrDelivered:
        appendQidPrefix(out, "postfix/local", s.pid, m.ndrQid);
        out += QByteArray("to=<") + kSender +
               ">, relay=local, delay=0.06, delays=0.02/0/0/0.04, dsn=2.0.0, status=sent "
               "(delivered to mailbox)";
        return;
    case StepKind::NdrRemoved:
        appendQidPrefix(out, "postfix/qmgr", s.pid, m.ndrQid);
        out += "removed";
        return;
    }
}

LogFiles::LogFiles(const QString& dir, quint64 splitAt, quint64 junkAfter, bool iso,
                   LocalClock& clock)
    : m_dir(dir)
    , m_splitAt(splitAt)
    , m_junkAfter(junkAfter)
    , m_iso(iso)
    , m_clock(clock) {
    m_line.reserve(16384);
}

LogFiles::~LogFiles() {
    if (m_gz)
        gzclose(m_gz);
    if (m_plain)
        std::fclose(m_plain);
}

bool LogFiles::open(QString* error) {
    const QByteArray gzPath =
        QFile::encodeName(QDir(m_dir).filePath(QStringLiteral("maillog.1.gz")));
    const QByteArray plainPath = QFile::encodeName(QDir(m_dir).filePath(QStringLiteral("maillog")));
    // gzopen writes a header without a file name or time stamp: the output stays reproducible.
    m_gz = gzopen(gzPath.constData(), "wb6");
    m_plain = std::fopen(plainPath.constData(), "wb");
    if (!m_gz || !m_plain) {
        *error = QStringLiteral("cannot create the log files in %1").arg(m_dir);
        return false;
    }
    gzbuffer(m_gz, 1 << 20);
    std::setvbuf(m_plain, nullptr, _IOFBF, 1 << 22);
    return true;
}

void LogFiles::write(std::int64_t t, const QByteArray& rest) {
    m_line.clear();
    if (m_iso)
        m_clock.appendRfc3339(m_line, t);
    else
        m_clock.appendRfc3164(m_line, t);
    m_line += ' ';
    m_line += kHostName;
    m_line += ' ';
    m_line += rest;
    m_line += '\n';
    if (m_count < m_splitAt) {
        if (gzwrite(m_gz, m_line.constData(), unsigned(m_line.size())) != int(m_line.size()))
            m_failed = true;
        m_lastGz = t;
    } else {
        if (std::fwrite(m_line.constData(), 1, size_t(m_line.size()), m_plain) !=
            size_t(m_line.size()))
            m_failed = true;
        m_lastPlain = t;
        if (m_count == m_junkAfter) {
            static const char junk[] = "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\xff\xfe\x1b[0m\x81\x93"
                                       "il postfix/smtp[4\x9c\xc3\n";
            std::fwrite(junk, 1, sizeof junk - 1, m_plain);
        }
    }
    ++m_count;
}

bool LogFiles::close(QString* error) {
    const bool gzOk = gzclose(m_gz) == Z_OK;
    const bool plainOk = std::fclose(m_plain) == 0;
    m_gz = nullptr;
    m_plain = nullptr;
    if (!gzOk || !plainOk || m_failed) {
        *error = QStringLiteral("cannot write the log files in %1").arg(m_dir);
        return false;
    }
    auto stamp = [](const QString& path, std::int64_t usec) {
        QFile f(path);
        if (f.open(QIODevice::ReadWrite))
            f.setFileTime(QDateTime::fromMSecsSinceEpoch(usec / 1000, QTimeZone::utc()),
                          QFileDevice::FileModificationTime);
    };
    stamp(QDir(m_dir).filePath(QStringLiteral("maillog.1.gz")), m_lastGz);
    stamp(QDir(m_dir).filePath(QStringLiteral("maillog")), m_lastPlain);
    return true;
}
