#include "SeriesGenerator.h"

#include "CampaignPlan.h"
#include "ExpectedReport.h"
#include "ReplyCatalog.h"
#include "ReturnedMailWriter.h"
#include "SeriesScript.h"
#include "TimeFormat.h"

#include <QDir>
#include <QFile>
#include <QTimeZone>
#include <cstdio>
#include <memory>

namespace {

// Campaign c starts at 09:00 UTC on Monday 2 March 2026 plus c weeks. Pickups spread over
// two hours; deferred mail is retried in three rounds after the send (25, 50 and 75 minutes
// later), so every line of a campaign is written in time order without keeping messages in
// memory. The newest line (the campaign's "as of") is at most 3 h 35 min after the start: a
// deferral from the send is young (30-hour window), and four tries are the max_attempts.
constexpr std::int64_t kSeriesStart = 1772442000LL * kUsecPerSec; // 2026-03-02T09:00:00Z
constexpr std::int64_t kWeek = 7 * 24 * kUsecPerHour;
constexpr std::int64_t kSendSpan = 2 * kUsecPerHour;
constexpr std::int64_t kRoundGap = 25 * kUsecPerMin;
constexpr std::int64_t kRoundSpan = 20 * kUsecPerMin;
constexpr int kRetryRounds = 3;

std::int64_t campaignStart(int c) {
    return kSeriesStart + c * kWeek;
}

struct Address {
    const Archetype* archetype = nullptr;
    QByteArray email;
    Domain domain;
};

// Address i follows archetype i mod A: every archetype has as many addresses as the others
// (give or take one), whatever --recipients is. The domain comes from the archetype's class,
// drawn from the address's own PRNG stream, so it is the same in every campaign.
class SeriesAudience {
public:
    SeriesAudience(quint64 seed, quint64 size)
        : m_seed(seed)
        , m_catalog(size) {}

    Address at(quint64 i) const {
        const auto archetypes = seriesArchetypes();
        Address a;
        a.archetype = &archetypes[i % archetypes.size()];
        Prng rng = Prng::stream(m_seed, 0x5e71e5, i);
        const DomainClass cls = a.archetype->domain;
        if (cls == DomainClass::Workspace || cls == DomainClass::M365 || cls == DomainClass::OwnMx)
            a.domain = m_catalog.smallDomain(cls, rng.below(64));
        else
            a.domain = m_catalog.pick(rng, cls, i);
        char number[16];
        std::snprintf(number, sizeof number, "%06llu", static_cast<unsigned long long>(i));
        a.email = QByteArray(a.archetype->id) + '.' + number + '@' + a.domain.name;
        return a;
    }

private:
    quint64 m_seed;
    DomainCatalog m_catalog;
};

// The reply each step's attempt gets, in the words of the receiving domain's ISP.
ReplyKind firstReply(char step, DomainClass c) {
    const bool google = c == DomainClass::Gmail || c == DomainClass::Workspace;
    switch (step) {
    case 'G':
        return ReplyKind::Greylist;
    case 'H':
        return userUnknownReply(c);
    case 'X':
        return c == DomainClass::Microsoft ? ReplyKind::MsBlockList : ReplyKind::SpamhausZen;
    case 'K':
        return ReplyKind::GmailUnsolicited;
    case 'F':
        return ReplyKind::MailboxFull552;
    case 'T':
    case 'P':
        return google ? ReplyKind::GmailOverQuota : ReplyKind::MailboxFull452;
    case 'L':
        return ReplyKind::GmailRateLimit;
    default: // D B C A U
        return ReplyKind::Ok;
    }
}

// The reply of retry round r (1-based); Ok with `none` false: nothing to write.
bool retryReply(char step, int round, DomainClass c, ReplyKind* reply) {
    if (step == 'G' && round == 1) {
        *reply = ReplyKind::Ok;
        return true;
    }
    if (step == 'T' || step == 'L') {
        *reply = firstReply(step, c);
        return true;
    }
    return false;
}

bool isListedOnly(char step) {
    return step == 'E' || step == 'O' || step == 'N';
}

// Postfix prints delays with one decimal below ten seconds, whole seconds above.
QByteArray delayText(std::int64_t usec) {
    if (usec >= 10 * kUsecPerSec)
        return QByteArray::number(usec / kUsecPerSec);
    return QByteArray::number(static_cast<double>(usec) / kUsecPerSec, 'f', 1);
}

class File {
public:
    bool open(const QString& path, QString* error) {
        m_path = path;
        m_file = std::fopen(QFile::encodeName(path).constData(), "wb");
        if (!m_file) {
            *error = QStringLiteral("cannot write %1").arg(path);
            return false;
        }
        std::setvbuf(m_file, nullptr, _IOFBF, 1 << 20);
        return true;
    }
    bool isOpen() const { return m_file != nullptr; }
    void write(const QByteArray& bytes) {
        if (std::fwrite(bytes.constData(), 1, size_t(bytes.size()), m_file) != size_t(bytes.size()))
            m_failed = true;
    }
    bool close(QString* error) {
        if (!m_file)
            return true;
        const bool ok = std::fclose(m_file) == 0 && !m_failed;
        m_file = nullptr;
        if (!ok)
            *error = QStringLiteral("cannot write %1").arg(m_path);
        return ok;
    }
    ~File() {
        if (m_file)
            std::fclose(m_file);
    }

private:
    QString m_path;
    std::FILE* m_file = nullptr;
    bool m_failed = false;
};

bool writeBytes(const QString& path, const QByteArray& bytes, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
        *error = QStringLiteral("cannot write %1").arg(path);
        return false;
    }
    return true;
}

// One campaign folder of the series.
class CampaignWriter {
public:
    CampaignWriter(const SeriesOptions& o, const SeriesAudience& audience, int campaign,
                   int campaigns)
        : m_o(o)
        , m_audience(audience)
        , m_c(campaign)
        , m_campaigns(campaigns)
        , m_dir(QDir(o.outDir).filePath(
              QStringLiteral("campaign-%1").arg(campaign + 1, 2, 10, QLatin1Char('0'))))
        , m_clock(QTimeZone::utc()) {
        m_mail.subject = seriesCampaignName(campaign).toUtf8();
        m_mail.localOffset = 0;
        m_spacing = std::max<std::int64_t>(8, kSendSpan / std::int64_t(o.recipients));
        m_roundSpacing = std::max<std::int64_t>(2, kRoundSpan / std::int64_t(o.recipients));
    }

    bool write(QString* error) {
        if (!QDir().mkpath(m_dir)) {
            *error = QStringLiteral("cannot create %1").arg(m_dir);
            return false;
        }
        if (!m_log.open(m_dir + QStringLiteral("/maillog"), error) ||
            !m_recipients.open(m_dir + QStringLiteral("/recipients.csv"), error))
            return false;
        m_recipients.write("email,status\n");
        const std::int64_t start = campaignStart(m_c);
        for (quint64 i = 0; i < m_o.recipients; ++i)
            if (!sendOne(i, start + std::int64_t(i) * m_spacing, error))
                return false;
        for (int round = 1; round <= kRetryRounds; ++round) {
            const std::int64_t roundStart = start + kSendSpan + round * kRoundGap;
            for (quint64 i = 0; i < m_o.recipients; ++i)
                retryOne(i, round, roundStart + std::int64_t(i) * m_roundSpacing);
        }
        const QByteArray json =
            "{\n  \"name\": " + jsonString(seriesCampaignName(m_c)) + ",\n  \"sender\": \"" +
            QByteArray(kSender) +
            "\",\n  \"year\": 2026,\n  \"retry_window_hours\": 30,\n  \"max_attempts\": 4,\n"
            "  \"timezone\": \"UTC\"\n}\n";
        return m_log.close(error) && m_recipients.close(error) && m_events.close(error) &&
               writeBytes(m_dir + QStringLiteral("/campaign.json"), json, error);
    }

private:
    QByteArray qid(quint64 i) const {
        // Unique in the campaign, Postfix-like (upper-case hex); the campaign is the first digit.
        return QByteArray::number((quint64(m_c + 1) << 40) | i, 16).toUpper();
    }
    QByteArray msgId(quint64 i) const {
        return "<series" + QByteArray::number(m_c + 1) + '.' + qid(i) + "@mail.demo-shop.example>";
    }
    quint64 token(quint64 i) const { return Prng::mix(m_o.seed ^ (quint64(m_c + 1) << 48) ^ i); }

    void line(std::int64_t t, const QByteArray& body) {
        m_line.clear();
        m_clock.appendRfc3164(m_line, t);
        m_line += " mail ";
        m_line += body;
        m_line += '\n';
        m_log.write(m_line);
    }

    void result(const Address& a, quint64 i, std::int64_t arrival, std::int64_t t,
                ReplyKind reply) {
        const ReplyInfo& info = replyInfo(reply);
        const MxHost& mx = a.domain.mx[0];
        QByteArray b = "postfix/smtp[" + QByteArray::number(4200 + i % 50) + "]: " + qid(i) +
                       ": to=<" + a.email + ">, relay=" + mx.host + '[' + mx.ip +
                       "]:25, delay=" + delayText(t - arrival + 600000) +
                       ", delays=" + delayText(t - arrival) + "/0.01/0.3/0.3, dsn=" + info.dsn +
                       ", status=";
        b += info.cls == ReplyClass::Ok     ? "sent ("
             : info.cls == ReplyClass::Temp ? "deferred ("
                                            : "bounced (";
        ReplyContext ctx;
        ctx.domain = &a.domain;
        ctx.rcpt = a.email;
        ctx.msgId = msgId(i);
        ctx.token = token(i) + quint64(t);
        ctx.usec = t;
        ctx.size = 18000 + quint32(i % 4000);
        appendReplyText(b, reply, ctx);
        b += ')';
        line(t, b);
    }

    void removed(quint64 i, std::int64_t t) {
        line(t, "postfix/qmgr[1187]: " + qid(i) + ": removed");
    }

    void event(const QByteArray& email, const char* kind, std::int64_t t, QString* error) {
        if (!m_events.isOpen()) {
            if (!m_events.open(m_dir + QStringLiteral("/events.csv"), error))
                return;
            m_events.write("email,event,timestamp\n");
        }
        m_events.write(email + ',' + kind + ',' + LocalClock::utcIso(t) + '\n');
    }

    bool returned(const Address& a, quint64 i, std::int64_t arrival, std::int64_t delivered,
                  bool complaint, QString* error) {
        ReturnedItem item;
        item.after.returned = complaint ? Returned::Complaint : Returned::Bounce;
        item.after.reply = complaint ? ReplyKind::Ok : ReplyKind::LateM365NotFound;
        item.after.deliveredAt = delivered;
        item.after.returnedAt = delivered + (complaint ? 40 : 3) * kUsecPerMin;
        item.after.token = token(i);
        item.address = a.email;
        item.domain = a.domain;
        item.msgId = msgId(i);
        item.arrival = arrival;
        const QString sub = complaint ? QStringLiteral("complaints") : QStringLiteral("bounces");
        if (!QDir().mkpath(m_dir + QLatin1Char('/') + sub)) {
            *error = QStringLiteral("cannot create %1/%2").arg(m_dir, sub);
            return false;
        }
        const QString path =
            QStringLiteral("%1/%2/%3-%4.eml")
                .arg(m_dir, sub, complaint ? QStringLiteral("arf") : QStringLiteral("dsn"))
                .arg(i, 6, 10, QLatin1Char('0'));
        return writeBytes(path, complaint ? renderArf(item, m_mail) : renderDsn(item, m_mail),
                          error);
    }

    bool sendOne(quint64 i, std::int64_t t0, QString* error) {
        const Address a = m_audience.at(i);
        const char step = seriesStep(*a.archetype, m_c, m_campaigns);
        if (step == '-')
            return true;
        m_recipients.write(a.email + (step == 'E'   ? ",Error\n"
                                      : step == 'O' ? ",Opt-out\n"
                                                    : ",Active\n"));
        if (isListedOnly(step))
            return true;
        const std::int64_t d = m_spacing / 8;
        const QByteArray id = qid(i);
        line(t0, "postfix/pickup[4101]: " + id + ": uid=1001 from=<" + kSender + '>');
        line(t0 + d, "postfix/cleanup[4102]: " + id + ": message-id=" + msgId(i));
        line(t0 + 2 * d, "postfix/qmgr[1187]: " + id + ": from=<" + kSender + ">, size=" +
                             QByteArray::number(18000 + i % 4000) + ", nrcpt=1 (queue active)");
        const ReplyKind reply = firstReply(step, a.domain.cls);
        const std::int64_t tResult = t0 + 5 * d;
        result(a, i, t0, tResult, reply);
        const ReplyClass cls = replyInfo(reply).cls;
        if (cls != ReplyClass::Temp)
            removed(i, t0 + 6 * d);
        switch (step) {
        case 'C':
            event(a.email, "complaint", tResult + 10 * kUsecPerMin, error);
            break;
        case 'U':
            event(a.email, "unsubscribe", tResult + 10 * kUsecPerMin, error);
            break;
        case 'A':
            return returned(a, i, t0, tResult, true, error);
        case 'B':
            return returned(a, i, t0, tResult, false, error);
        default:
            break;
        }
        return error->isEmpty();
    }

    void retryOne(quint64 i, int round, std::int64_t t) {
        const Address a = m_audience.at(i);
        const char step = seriesStep(*a.archetype, m_c, m_campaigns);
        ReplyKind reply;
        if (!retryReply(step, round, a.domain.cls, &reply))
            return;
        result(a, i, campaignStart(m_c) + std::int64_t(i) * m_spacing, t, reply);
        if (replyInfo(reply).cls != ReplyClass::Temp)
            removed(i, t + m_roundSpacing / 2);
    }

    const SeriesOptions& m_o;
    const SeriesAudience& m_audience;
    int m_c;
    int m_campaigns;
    QString m_dir;
    LocalClock m_clock;
    MailContext m_mail;
    std::int64_t m_spacing = 0;
    std::int64_t m_roundSpacing = 0;
    File m_log, m_recipients, m_events;
    QByteArray m_line;
};

bool writeExpectedStatus(const SeriesOptions& o, const SeriesAudience& audience, int campaigns,
                         QString* error) {
    File f;
    if (!f.open(QDir(o.outDir).filePath(QStringLiteral("expected-status.csv")), error))
        return false;
    QByteArray header = "email,archetype,history";
    for (const char* preset : kSeriesPresets)
        for (const char* column :
             {"status", "rule", "campaign", "hard", "soft_consecutive", "soft"})
            header += QByteArray(",") + preset + '_' + column;
    f.write(header + '\n');
    QByteArray row;
    for (quint64 i = 0; i < o.recipients; ++i) {
        const Address a = audience.at(i);
        row = a.email + ',' + a.archetype->id + ',';
        for (int c = 0; c < campaigns; ++c)
            row += seriesStep(*a.archetype, c, campaigns);
        for (int p = 0; p < 3; ++p) {
            const PresetExpectation& e = expectationFor(*a.archetype, p);
            row += QByteArray(",") + e.status + ',' + e.rule + ',' +
                   (e.campaign ? seriesCampaignName(e.campaign - 1).toUtf8() : QByteArray()) + ',' +
                   QByteArray::number(e.hard) + ',' + QByteArray::number(e.softConsecutive) + ',' +
                   QByteArray::number(e.soft);
        }
        f.write(row + '\n');
    }
    return f.close(error);
}

} // namespace

QString seriesCampaignName(int campaign) {
    return QStringLiteral("Series %1").arg(campaign + 1, 2, 10, QLatin1Char('0'));
}

bool generateSeries(const SeriesOptions& o, QString* error) {
    if (!QDir().mkpath(o.outDir)) {
        *error = QStringLiteral("cannot create %1").arg(o.outDir);
        return false;
    }
    const int campaigns = o.campaigns > 0 ? o.campaigns : seriesScriptLength();
    const SeriesAudience audience(o.seed, o.recipients);
    for (int c = 0; c < campaigns; ++c) {
        CampaignWriter writer(o, audience, c, campaigns);
        if (!writer.write(error))
            return false;
    }
    return writeExpectedStatus(o, audience, campaigns, error);
}
