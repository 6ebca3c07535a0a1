#pragma once

#include "Domains.h"

#include <QByteArray>

// Every SMTP answer (or local condition) the demo's MTA can log, with what the importer is
// expected to make of it. Texts follow real ISP replies; see FORMATS.md 2.4 for the shapes.
enum class ReplyKind : quint8 {
    Ok,
    Greylist,
    // hard: the address or the domain is the problem
    GmailNoSuchUser,
    MsMailboxUnavailable,
    M365AccessDenied,
    YahooNoAccount,
    GmxMailboxUnavailable,
    IcloudNoUser,
    TOnlineUnknown,
    OrangeInvalid,
    ComcastNotCustomer,
    VirtualUnknown,
    DnsHostNotFound,
    NullMx,
    // spam: content or the sender's reputation
    GmailUnsolicited,
    GmailDmarc,
    MsBlockList,
    SpamhausZen,
    TOnlineGreetingBl,
    YahooPolicy,
    IcloudPolicy,
    GmxGreetingBl,
    OrangeBlacklisted,
    ComcastGreetingBl,
    // soft although permanent: a full mailbox
    MailboxFull552,
    // temporary
    YahooTss04,
    GmailRateLimit,
    MsServerBusy,
    ConnectTimeout,
    GmailOverQuota,
    MailboxFull452,
    // Never in the log: replies of the hosts behind an MX that had said 250, which come back
    // as returned mail (DSNs) and overturn the acceptance (contract section 3).
    LateForwardUnknown, // the MX forwarded to a private mailbox that no longer exists
    LateM365NotFound,   // a Microsoft 365 tenant that accepts first and looks up later
    LateMailboxFull,    // the MX's LMTP mail store is over quota: soft
    LateSpamContent,    // the company's content filter behind the MX
    LateBackendDown,    // Action: delayed, the MX cannot reach the internal server (warning)
};

enum class ReplyClass : quint8 { Ok, Temp, Hard, Spam, SoftFinal };

// Stage ids as used in expected-recipients.csv.
enum class Stage : quint8 {
    None,
    Dns,
    Connect,
    Greeting,
    Helo,
    MailFrom,
    RcptTo,
    Data,
    EndOfData,
    Unknown,
    AfterAcceptance
};
const char* stageId(Stage s);

// How the status text is built (FORMATS.md 2.4).
// Returned: the bare reply a DSN quotes in its Diagnostic-Code (no "host ... said:").
enum class Shape : quint8 { Success, Remote, Greeting, Connect, Dns, NullMx, Returned };

struct ReplyInfo {
    ReplyClass cls;
    Stage stage;
    Shape shape;
    const char* code;     // reply code as the importer should report it ("" if none)
    const char* enhanced; // the text's enhanced code, else Postfix's dsn=
    const char* dsn;      // what Postfix writes as dsn=
};

const ReplyInfo& replyInfo(ReplyKind kind);

// The "no such user" reply of a domain's ISP, in that ISP's own wording (VirtualUnknown, a
// Postfix virtual-table rejection, where the class has none of its own).
ReplyKind userUnknownReply(DomainClass c);

// Everything the text of one result line may mention.
struct ReplyContext {
    const Domain* domain = nullptr;
    int mx = 0;
    QByteArray rcpt;   // local@domain (for Returned: the address the remote host refused)
    QByteArray msgId;  // for Microsoft's success reply
    quint64 token = 0; // drives the per-line ids ISPs put in their replies
    std::int64_t usec = 0;
    quint32 size = 0;
};

// Appends the text inside "status=...(TEXT)".
void appendReplyText(QByteArray& out, ReplyKind kind, const ReplyContext& ctx);

// The address this MTA sends from; ISPs quote it in blocklist replies.
inline constexpr const char* kOurIp = "192.0.2.25";
