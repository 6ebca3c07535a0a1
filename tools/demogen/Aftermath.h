#pragma once

#include "ReplyCatalog.h"

#include <QByteArray>
#include <cstdint>
#include <vector>

struct MessagePlan;
struct Recipient;
struct Timeline;

// What happens to a message after the MTA logged its 250: mail that comes back to the
// return path (a DSN from a host behind the MX, a feedback-loop complaint, an out-of-office
// reply) and the engagement the ESP tracked (events.csv). Decided per recipient together with
// the log plan, so that the expected figures follow from the plan alone and never from
// running the importer.
enum class Returned : quint8 {
    None,
    Bounce,       // DSN Action: failed: delivered becomes hard / soft / spam, after acceptance
    DelayWarning, // DSN Action: delayed: a warning, the outcome stays delivered
    Complaint,    // ARF report from an ISP's feedback loop
    AutoReply,    // out-of-office reply from the recipient
};

enum class EventKind : quint8 { Open, Click, Unsubscribe, Complaint };

struct EngagementEvent {
    std::int64_t t;
    EventKind kind;
};

// Languages of auto-replies (the subject prefix and the text follow the recipient's client).
enum class Language : quint8 { English, German, Dutch, French };

struct Aftermath {
    Returned returned = Returned::None;
    ReplyKind reply = ReplyKind::Ok; // Bounce / DelayWarning: what the host behind the MX said
    std::int64_t deliveredAt = 0;    // the 250 in the log
    std::int64_t returnedAt = 0;     // Date of the returned mail
    quint64 token = 0;               // drives ids in the returned mail
    QByteArray forwardTo;            // LateForwardUnknown: the private address it was sent on to
    bool namesOriginal = true;       // the DSN carries Original-Recipient (else only Message-ID)
    Language language = Language::English;
    std::vector<EngagementEvent> events; // time-ordered, all at or before "as of"
};

// Returned mail that belongs to no recipient of the campaign (a bounce of an older mailing
// to an address that is not in this audience): every campaign folder has exactly this many,
// and the importer must keep and count them (`unmatched_returned_mail`).
inline constexpr int kUnmatchedReturnedMails = 1;

// Decides the aftermath of one recipient whose log ends in a 250; `recipientIndex` is the
// recipient's number in send order (its own PRNG stream, so the logs do not change).
// A bounce after acceptance also overturns the recipient's outcome and failure.
void decideAftermath(std::uint64_t seed, const Timeline& timeline, const MessagePlan& message,
                     Recipient& r, std::uint64_t recipientIndex);
