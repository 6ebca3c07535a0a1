#pragma once

#include "Aftermath.h"
#include "Domains.h"
#include "Names.h"
#include "Prng.h"
#include "ReplyCatalog.h"

#include <QByteArray>
#include <cstdint>
#include <memory>
#include <vector>

// The campaign's calendar. Everything is fixed up front, including the report's "as of", so
// that a recipient's outcome is known the moment its message is planned and the logs can be
// streamed without looking back.
struct Timeline {
    std::int64_t logStart;    // first noise line (the night before the send)
    std::int64_t start;       // --start: first pickup
    std::int64_t sendEnd;     // last pickup (the send spreads over two hours)
    std::int64_t hold;        // ops put the campaign's still-deferred mail on hold
    std::int64_t release;     // ops release part of it; those are retried once more
    std::int64_t asOf;        // newest line of all logs: the report's "as of"
    std::int64_t windowStart; // asOf - retry_window_hours
};

enum class Outcome : quint8 { Delivered, InProgress, Soft, Hard, Spam };
inline constexpr int kOutcomeCount = 5;
const char* outcomeId(Outcome o);

// What the planner intends for a single-recipient message; the outcome is then derived from
// the attempts actually logged, by the contract's rules (and checked against this intent).
enum class Scenario : quint8 {
    Deliver,          // 250 at once (greylisted first on postgrey domains)
    DeliverAfterTemp, // one or two temporary failures, then 250
    DeliverLate,      // deferred, held, released the next day and delivered
    Hard,             // unknown user at the ISP
    HardDns,          // domain does not exist
    HardNullMx,       // domain publishes a null MX
    Spam,             // content / reputation rejection
    SoftExpire,       // deferred until Postfix expires it (status=expired)
    SoftMaxAttempts,  // exactly four network attempts, all 4xx, then only suppressed retries
    SoftMailboxFull,  // 552 5.2.2 mailbox full: permanent, but counted as soft
    Stalled,          // < 4 network attempts, held: in progress if young, soft if > 30 h old
    Multi,            // one recipient of a multi-recipient message
};

struct Attempt {
    std::int64_t activeAt = 0; // qmgr took the message into the active queue
    std::int64_t t = 0;        // the result line
    quint64 token = 0;
    quint32 pid = 0;
    quint32 connUs = 0;
    quint32 xferUs = 0;
    ReplyKind reply = ReplyKind::Ok;
    quint8 mx = 0;
    bool suppressed = false; // postfix/error "delivery temporarily suspended": not a network try
};

struct Recipient {
    Person person;
    QByteArray address;
    std::vector<Attempt> attempts;
    Scenario scenario = Scenario::Deliver;
    bool expired = false;
    // Derived by classify():
    Outcome outcome = Outcome::Delivered;
    int networkAttempts = 0;
    ReplyKind failure = ReplyKind::Ok; // the reply that decided a non-delivered outcome
    // Decided after classify() for recipients the log shows delivered (Aftermath.h).
    Aftermath after;
};

enum class StepKind : quint8 {
    Pickup,
    Cleanup,
    QueueActive,
    Tls,
    LostConnection,
    Result,
    Hold,
    Release,
    Expired,
    NdrCleanup,
    NdrActive,
    BounceNotice,
    Removed,
    NdrDelivered,
    NdrRemoved,
};

// One log line of a campaign message, rendered only when it is written.
struct Step {
    std::int64_t t;
    StepKind kind;
    quint8 rcpt;
    quint8 attempt;
    quint32 pid;
};

struct MessagePlan {
    quint64 index = 0;
    quint64 firstRecipient = 0;
    QByteArray qid;
    QByteArray ndrQid;
    QByteArray msgId;
    Domain domain;
    std::int64_t arrival = 0;
    quint32 size = 0;
    quint32 ndrSize = 0;
    std::vector<Recipient> rcpts;
    std::vector<Step> steps;
    size_t cursor = 0;
    bool held = false;
    bool released = false;
};

// Postfix-looking short queue ids: a bijection of a counter, 10 or 11 upper-case hex digits.
QByteArray queueId(quint64 counter);

// Produces the campaign's messages in pickup order, one at a time.
class CampaignPlanner {
public:
    CampaignPlanner(quint64 seed, quint64 recipients, const Timeline& timeline,
                    const DomainCatalog& domains, const NameFactory& names);

    bool hasNext() const { return m_peeked || m_nextRecipient < m_recipients; }
    std::unique_ptr<MessagePlan> next();
    // Pickup time of the message next() will return.
    std::int64_t peekArrival();

    // Contract section 3, applied to what the log shows about one recipient.
    void classify(Recipient& r) const;

private:
    std::unique_ptr<MessagePlan> plan(quint64 index, quint64 firstRecipient);
    std::int64_t runTime(Prng& rng, std::int64_t r0, int k) const;

    quint64 m_seed;
    quint64 m_recipients;
    Timeline m_tl;
    const DomainCatalog& m_domains;
    const NameFactory& m_names;
    quint64 m_nextIndex = 0;
    quint64 m_nextRecipient = 0;
    std::unique_ptr<MessagePlan> m_peeked;
};

inline constexpr const char* kSender = "news@mail.demo-shop.example";
inline constexpr int kQmgrPid = 1187;
inline constexpr int kPickupPid = 1186;
