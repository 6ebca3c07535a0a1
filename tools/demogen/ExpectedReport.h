#pragma once

#include "CampaignPlan.h"

#include <QByteArray>
#include <QString>
#include <array>
#include <cstdio>
#include <map>
#include <tuple>

// The figures the generator intended, in the shape of `deliverboard-cli report --json`
// (expected.json), plus one row per sent recipient (expected-recipients.csv) so that a
// failing end-to-end test can point at the recipient that differs.
class ExpectedReport {
public:
    ~ExpectedReport();
    bool openRecipientsCsv(const QString& path, QString* error);
    void addRecipient(const Domain& domain, const Recipient& r);
    void addSkipped() { ++m_skipped; }
    void addNotAttempted() { ++m_notAttempted; }
    bool finish(const QString& jsonPath, const QString& campaignName, std::int64_t asOf,
                QString* error);

    quint64 sent() const { return m_sent; }
    quint64 count(Outcome o) const { return m_totals[static_cast<int>(o)]; }

private:
    struct IspFigures {
        quint64 sent = 0;
        std::array<quint64, kOutcomeCount> outcomes{};
        // (code, enhanced) -> count, final failures only
        std::map<std::pair<QByteArray, QByteArray>, quint64> codes;
    };
    std::array<IspFigures, kIspCount> m_isp{};
    std::array<quint64, kOutcomeCount> m_totals{};
    quint64 m_sent = 0;
    quint64 m_skipped = 0;
    quint64 m_notAttempted = 0;
    // Distinct recipients (every address is sent to once): contract-notes, "Returned mail,
    // complaints and engagement".
    quint64 m_complaints = 0;  // an ARF report or a complaint event
    quint64 m_autoReplies = 0; // sent an auto-reply
    quint64 m_opened = 0;
    quint64 m_clicked = 0;
    quint64 m_unsubscribed = 0;
    std::FILE* m_csv = nullptr;
};

// JSON string literal with the escapes RFC 8259 requires.
QByteArray jsonString(const QString& s);
