#include "ReturnedMailWriter.h"

#include "TimeFormat.h"

#include <QDir>
#include <QFile>
#include <algorithm>

namespace {

constexpr int kSingleEmlBounces = 3;

bool writeBytes(const QString& path, const QByteArray& bytes, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

// mboxrd: a body line that starts with "From " (after any '>') gets one more '>'.
void appendToMbox(QByteArray& mbox, const QByteArray& envelopeSender, std::int64_t at,
                  const QByteArray& mail) {
    mbox += mboxFromLine(envelopeSender, at) + '\n';
    for (const QByteArray& line : mail.split('\n')) {
        qsizetype i = 0;
        while (i < line.size() && line[i] == '>')
            ++i;
        if (line.mid(i).startsWith("From "))
            mbox += '>';
        mbox += line + '\n';
    }
    // split() left an empty last piece for the mail's final '\n': that is the blank line
    // that separates messages.
}

QByteArray stamp(std::int64_t usec) {
    const LocalClock::Civil c = LocalClock::civilFromSeconds(usec / kUsecPerSec);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d-%02d%02d%02d", c.year, c.month, c.day, c.hour,
                  c.minute, c.second);
    return buf;
}

} // namespace

OriginalMessage originalOf(const ReturnedItem& item, const MailContext& c) {
    OriginalMessage o;
    o.rcpt = item.address;
    o.msgId = item.msgId;
    o.subject = c.subject;
    o.mxHost = item.domain.mx[item.mx].host;
    o.sentAt = item.arrival;
    o.receivedAt = item.after.deliveredAt;
    o.offsetSeconds = c.localOffset;
    o.token = item.after.token;
    return o;
}

ReturnedMailWriter::ReturnedMailWriter(const QString& dir, const MailContext& context,
                                       const Timeline& timeline, quint64 seed)
    : m_dir(dir)
    , m_ctx(context)
    , m_tl(timeline)
    , m_seed(seed) {}

void ReturnedMailWriter::add(const MessagePlan& m, const Recipient& r) {
    if (r.after.returned == Returned::None)
        return;
    ReturnedItem item;
    item.after = r.after;
    item.after.events.clear();
    item.address = r.address;
    item.firstName = r.person.firstName;
    item.domain = m.domain;
    item.msgId = m.msgId;
    item.arrival = m.arrival;
    item.mx = r.attempts.back().mx;
    m_items.push_back(std::move(item));
}

bool ReturnedMailWriter::finish(QString* error) {
    // In the order the mail arrived (ties: send order, which add() kept).
    std::stable_sort(m_items.begin(), m_items.end(), [](const ReturnedItem& a, const ReturnedItem& b) {
        return a.after.returnedAt < b.after.returnedAt;
    });
    const QDir dir(m_dir);

    // bounces/: the unmatched bounce of an older mailing arrives an hour into the send.
    struct Dsn {
        std::int64_t at;
        QByteArray mail;
        bool failed;
    };
    std::vector<Dsn> dsns;
    for (int i = 0; i < kUnmatchedReturnedMails; ++i) {
        const std::int64_t at = m_tl.start + kUsecPerHour + 17 * kUsecPerMin * i + 23 * kUsecPerSec;
        dsns.push_back({at, renderUnmatchedDsn(at, Prng::mix(m_seed + 0xB0B + quint64(i)), m_ctx),
                        false});
    }
    for (const ReturnedItem& item : m_items)
        if (item.after.returned == Returned::Bounce || item.after.returned == Returned::DelayWarning)
            dsns.push_back({item.after.returnedAt, renderDsn(item, m_ctx),
                            item.after.returned == Returned::Bounce});
    std::stable_sort(dsns.begin(), dsns.end(),
                     [](const Dsn& a, const Dsn& b) { return a.at < b.at; });
    if (!QDir().mkpath(dir.filePath(QStringLiteral("bounces")))) {
        *error = QStringLiteral("cannot create %1").arg(dir.filePath(QStringLiteral("bounces")));
        return false;
    }
    QByteArray mbox;
    int singles = 0;
    for (const Dsn& d : dsns) {
        if (d.failed && singles < kSingleEmlBounces) {
            ++singles;
            const QString name = QStringLiteral("bounces/%1-%2.eml")
                                     .arg(QString::fromLatin1(stamp(d.at)))
                                     .arg(singles);
            if (!writeBytes(dir.filePath(name), d.mail, error))
                return false;
            continue;
        }
        appendToMbox(mbox, "MAILER-DAEMON", d.at, d.mail);
    }
    if (!writeBytes(dir.filePath(QStringLiteral("bounces/returned-mail.mbox")), mbox, error))
        return false;

    // complaints/: one file per report, as saved from the FBL mailbox.
    int arfs = 0;
    for (const ReturnedItem& item : m_items) {
        if (item.after.returned != Returned::Complaint)
            continue;
        if (arfs == 0 && !QDir().mkpath(dir.filePath(QStringLiteral("complaints")))) {
            *error = QStringLiteral("cannot create the complaints folder");
            return false;
        }
        ++arfs;
        const QString name = QStringLiteral("complaints/arf-%1-%2.eml")
                                 .arg(arfs, 3, 10, QLatin1Char('0'))
                                 .arg(QString::fromLatin1(ispId(item.domain.isp)));
        if (!writeBytes(dir.filePath(name), renderArf(item, m_ctx), error))
            return false;
    }

    // replies/: the auto-replies that reached the return path, in one mbox.
    QByteArray replies;
    for (const ReturnedItem& item : m_items)
        if (item.after.returned == Returned::AutoReply)
            appendToMbox(replies, item.address, item.after.returnedAt,
                         renderAutoReply(item, m_ctx));
    if (!replies.isEmpty()) {
        if (!QDir().mkpath(dir.filePath(QStringLiteral("replies")))) {
            *error = QStringLiteral("cannot create the replies folder");
            return false;
        }
        if (!writeBytes(dir.filePath(QStringLiteral("replies/auto-replies.mbox")), replies, error))
            return false;
    }
    return true;
}
