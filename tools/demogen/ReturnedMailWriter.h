#pragma once

#include "CampaignPlan.h"
#include "MailFormat.h"

#include <QByteArray>
#include <QString>
#include <vector>

// One piece of mail that comes back to the sender, copied out of the message plan (plans are
// freed once their log lines are written; returned mail is written at the end, in the order
// it arrived).
struct ReturnedItem {
    Aftermath after; // without the engagement events
    QByteArray address;
    QByteArray firstName;
    Domain domain;
    QByteArray msgId;
    std::int64_t arrival = 0; // pickup: the Date of the original message
    quint8 mx = 0;            // the MX that said 250
};

// What every rendered mail needs besides its item.
struct MailContext {
    QByteArray subject;     // campaign name, UTF-8
    int localOffset = 3600; // the log host's UTC offset (our side, and small European hosts)
};

OriginalMessage originalOf(const ReturnedItem& item, const MailContext& c);

// DsnWriter.cpp: RFC 3464 reports from the host behind the MX (failed or delayed), and the
// one bounce of an older mailing that belongs to nobody in this campaign.
QByteArray renderDsn(const ReturnedItem& item, const MailContext& c);
QByteArray renderUnmatchedDsn(std::int64_t at, quint64 token, const MailContext& c);
// ArfWriter.cpp: RFC 5965 feedback-loop reports.
QByteArray renderArf(const ReturnedItem& item, const MailContext& c);
// AutoReplyWriter.cpp: out-of-office replies (RFC 3834).
QByteArray renderAutoReply(const ReturnedItem& item, const MailContext& c);

// Collects the returned mail of the campaign and writes it where an operator would have
// saved it from the return-path and FBL mailboxes:
//   bounces/     DSNs: the first three failures as single .eml files, the rest (incl. delay
//                warnings and the unmatched one) in one mbox
//   complaints/  one .eml per ARF report
//   replies/     one mbox of auto-replies
class ReturnedMailWriter {
public:
    ReturnedMailWriter(const QString& dir, const MailContext& context, const Timeline& timeline,
                       quint64 seed);
    void add(const MessagePlan& m, const Recipient& r);
    bool finish(QString* error);

private:
    QString m_dir;
    MailContext m_ctx;
    Timeline m_tl;
    quint64 m_seed;
    std::vector<ReturnedItem> m_items;
};
