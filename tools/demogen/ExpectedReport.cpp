#include "ExpectedReport.h"

#include "TimeFormat.h"

#include <QFile>
#include <algorithm>
#include <vector>

QByteArray jsonString(const QString& s) {
    const QByteArray utf8 = s.toUtf8();
    QByteArray out = "\"";
    for (char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned char>(c));
                out += buf;
            } else {
                out += c;
            }
        }
    }
    return out + '"';
}

ExpectedReport::~ExpectedReport() {
    if (m_csv)
        std::fclose(m_csv);
}

bool ExpectedReport::openRecipientsCsv(const QString& path, QString* error) {
    m_csv = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!m_csv) {
        *error = QStringLiteral("cannot create %1").arg(path);
        return false;
    }
    std::setvbuf(m_csv, nullptr, _IOFBF, 1 << 20);
    std::fputs("email,outcome,isp,attempts,stage,code,enhanced\n", m_csv);
    return true;
}

void ExpectedReport::addRecipient(const Domain& domain, const Recipient& r) {
    const int o = static_cast<int>(r.outcome);
    IspFigures& isp = m_isp[static_cast<int>(domain.isp)];
    ++m_sent;
    ++m_totals[size_t(o)];
    ++isp.sent;
    ++isp.outcomes[size_t(o)];
    const bool failed = r.outcome != Outcome::Delivered;
    const ReplyInfo& info = replyInfo(r.failure);
    if (failed && r.outcome != Outcome::InProgress)
        ++isp.codes[{QByteArray(info.code), QByteArray(info.enhanced)}];

    const Aftermath& a = r.after;
    bool complaint = a.returned == Returned::Complaint;
    bool opened = false, clicked = false, unsubscribed = false;
    for (const EngagementEvent& e : a.events) {
        opened |= e.kind == EventKind::Open;
        clicked |= e.kind == EventKind::Click;
        unsubscribed |= e.kind == EventKind::Unsubscribe;
        complaint |= e.kind == EventKind::Complaint;
    }
    m_complaints += complaint;
    m_autoReplies += a.returned == Returned::AutoReply;
    m_opened += opened;
    m_clicked += clicked;
    m_unsubscribed += unsubscribed;
    if (m_csv) {
        // Addresses are plain ASCII without commas or quotes: no CSV quoting needed.
        std::fprintf(m_csv, "%s,%s,%s,%d,%s,%s,%s\n", r.address.constData(), outcomeId(r.outcome),
                     ispId(domain.isp), r.networkAttempts, failed ? stageId(info.stage) : "",
                     failed ? info.code : "", failed ? info.enhanced : "");
    }
}

bool ExpectedReport::finish(const QString& jsonPath, const QString& campaignName, std::int64_t asOf,
                            QString* error) {
    if (m_csv && std::fclose(m_csv) != 0) {
        m_csv = nullptr;
        *error = QStringLiteral("cannot write expected-recipients.csv");
        return false;
    }
    m_csv = nullptr;

    auto n = [](quint64 v) { return QByteArray::number(v); };
    auto total = [&](Outcome o) { return n(m_totals[static_cast<int>(o)]); };
    QByteArray j = "{\n";
    j += "  \"campaign\": " + jsonString(campaignName) + ",\n";
    j += "  \"as_of\": \"" + LocalClock::utcIso(asOf) + "\",\n";
    j += "  \"sent\": " + n(m_sent) + ",\n";
    j += "  \"delivered\": " + total(Outcome::Delivered) + ",\n";
    j += "  \"in_progress\": " + total(Outcome::InProgress) + ",\n";
    j += "  \"bounced\": {\"soft\": " + total(Outcome::Soft) +
         ", \"hard\": " + total(Outcome::Hard) + ", \"spam\": " + total(Outcome::Spam) + "},\n";
    j += "  \"complaints\": " + n(m_complaints) + ",\n";
    j += "  \"auto_replies\": " + n(m_autoReplies) + ",\n";
    j += "  \"skipped\": " + n(m_skipped) + ",\n";
    j += "  \"not_attempted\": " + n(m_notAttempted) + ",\n";
    j += "  \"engagement\": {\"opened\": " + n(m_opened) + ", \"clicked\": " + n(m_clicked) +
         ", \"unsubscribed\": " + n(m_unsubscribed) + "},\n";
    j += "  \"unmatched_returned_mail\": " + n(kUnmatchedReturnedMails) + ",\n";
    j += "  \"by_isp\": [";

    // ISPs by size (then id) so that the file reads like the report.
    std::vector<int> order;
    for (int i = 0; i < kIspCount; ++i)
        if (m_isp[size_t(i)].sent)
            order.push_back(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (m_isp[size_t(a)].sent != m_isp[size_t(b)].sent)
            return m_isp[size_t(a)].sent > m_isp[size_t(b)].sent;
        return qstrcmp(ispId(Isp(a)), ispId(Isp(b))) < 0;
    });
    bool firstIsp = true;
    for (int i : order) {
        const IspFigures& f = m_isp[size_t(i)];
        auto o = [&](Outcome x) { return n(f.outcomes[static_cast<int>(x)]); };
        j += firstIsp ? "\n" : ",\n";
        firstIsp = false;
        j += "    {\"isp\": \"" + QByteArray(ispId(Isp(i))) + "\", \"sent\": " + n(f.sent) +
             ", \"delivered\": " + o(Outcome::Delivered) +
             ", \"in_progress\": " + o(Outcome::InProgress) + ", \"soft\": " + o(Outcome::Soft) +
             ", \"hard\": " + o(Outcome::Hard) + ", \"spam\": " + o(Outcome::Spam) +
             ",\n     \"codes\": [";
        std::vector<std::pair<std::pair<QByteArray, QByteArray>, quint64>> codes(f.codes.begin(),
                                                                                 f.codes.end());
        // By count (descending), then code and enhanced code.
        std::stable_sort(codes.begin(), codes.end(),
                         [](const auto& a, const auto& b) { return a.second > b.second; });
        bool firstCode = true;
        for (const auto& [key, count] : codes) {
            j += firstCode ? "" : ", ";
            firstCode = false;
            j += "{\"code\": \"" + key.first + "\", \"enhanced\": \"" + key.second +
                 "\", \"count\": " + n(count) + '}';
        }
        j += "]}";
    }
    j += "\n  ]\n}\n";

    QFile file(jsonPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(j) != j.size()) {
        *error = QStringLiteral("cannot write %1").arg(jsonPath);
        return false;
    }
    return true;
}
