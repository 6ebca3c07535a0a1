#include "Aftermath.h"

#include "CampaignPlan.h"
#include "TimeFormat.h"

namespace {

// PRNG stream purpose of the aftermath (CampaignPlan uses 1, 2 and 7, Audience 4 and 5).
constexpr std::uint64_t kStreamAftermath = 9;

// Every returned mail arrives well within this time after the 250; recipients delivered
// later than this before "as of" (the ones released the next day) get none, so that no
// returned mail is dated after the newest log line.
constexpr std::int64_t kReturnHorizon = 21 * kUsecPerHour;

std::int64_t between(Prng& rng, std::int64_t lo, std::int64_t hi) {
    return rng.range(lo, hi);
}

// Which returned mail, if any. Bounces after acceptance only come from hosts that accept
// first and deliver later: small companies' own MX (forwarding, a mail store behind LMTP,
// a content filter, an internal server behind a gateway) and Microsoft 365 tenants without
// directory-based edge blocking. The big consumer ISPs decide at RCPT or end of DATA (the
// log already has their bounces). Feedback loops with per-message ARF reports are run by
// Yahoo/AOL, Microsoft (JMRP) and Comcast; Gmail's is aggregated and sends nothing.
void pickReturned(Prng& rng, const MessagePlan& m, Aftermath& a) {
    const DomainClass cls = m.domain.cls;
    const bool single = m.rcpts.size() == 1;
    const double u = rng.unit();
    double edge = 0;
    auto take = [&](double p) {
        edge += p;
        return u < edge;
    };
    if (cls == DomainClass::OwnMx) {
        // A forward is only recognisable by its Message-ID when the message had one
        // recipient (contract-notes: "that Message-ID alone when its message has a single
        // delivery"), so forwards are planned for single-recipient messages only.
        if (single && take(0.03)) {
            a.returned = Returned::Bounce;
            a.reply = ReplyKind::LateForwardUnknown;
        } else if (take(0.025)) {
            a.returned = Returned::Bounce;
            a.reply = ReplyKind::LateMailboxFull;
        } else if (take(0.02)) {
            a.returned = Returned::Bounce;
            a.reply = ReplyKind::LateSpamContent;
        } else if (take(0.012)) {
            a.returned = Returned::DelayWarning;
            a.reply = ReplyKind::LateBackendDown;
        }
    } else if (cls == DomainClass::M365 && take(0.03)) {
        a.returned = Returned::Bounce;
        a.reply = ReplyKind::LateM365NotFound;
    }
    if (a.returned != Returned::None)
        return;
    const bool fbl = cls == DomainClass::Yahoo || cls == DomainClass::Microsoft ||
                     cls == DomainClass::Comcast;
    if (fbl && take(0.006))
        a.returned = Returned::Complaint;
    else if (take(0.004))
        a.returned = Returned::AutoReply;
}

Language replyLanguage(Prng& rng, DomainClass cls) {
    const std::uint64_t u = rng.below(100);
    switch (cls) {
    case DomainClass::Orange:
        return Language::French;
    case DomainClass::Gmx:
    case DomainClass::TOnline:
    case DomainClass::OwnMx:
    case DomainClass::Workspace:
    case DomainClass::M365:
        // German-speaking audience, with a few Dutch and English mail clients.
        return u < 70 ? Language::German : (u < 85 ? Language::Dutch : Language::English);
    default:
        return u < 55 ? Language::English
                      : (u < 75 ? Language::German : (u < 90 ? Language::Dutch : Language::French));
    }
}

// Opens, clicks, unsubscribes and complaint events as an ESP export would list them. Only
// recipients whose mail stayed delivered engage. Roughly 35 % open (1-3 times), a quarter of
// the openers click, under 1 % of them unsubscribe. Apple Mail's privacy protection fetches
// images for nearly every iCloud recipient within minutes of delivery, so those "open" more
// and sooner. Events later than "as of" are left out: the export was taken then.
void planEvents(Prng& rng, const Timeline& tl, const MessagePlan& m, Aftermath& a,
                std::int64_t complaintAt) {
    auto add = [&](std::int64_t t, EventKind k) {
        if (t <= tl.asOf)
            a.events.push_back({t, k});
    };
    const bool apple = m.domain.cls == DomainClass::Apple;
    if (rng.chance(apple ? 0.75 : 0.33)) {
        std::int64_t first;
        const std::uint64_t bucket = rng.below(100);
        if (apple)
            first = a.deliveredAt + between(rng, 20 * kUsecPerSec, 15 * kUsecPerMin);
        else if (bucket < 45)
            first = a.deliveredAt + between(rng, 1 * kUsecPerMin, 60 * kUsecPerMin);
        else if (bucket < 80)
            first = a.deliveredAt + between(rng, 1 * kUsecPerHour, 8 * kUsecPerHour);
        else
            first = a.deliveredAt + between(rng, 8 * kUsecPerHour, 30 * kUsecPerHour);
        add(first, EventKind::Open);
        const std::uint64_t again = rng.below(100);
        const int more = again < 10 ? 2 : (again < 30 ? 1 : 0);
        for (int i = 0; i < more; ++i)
            add(first + between(rng, 10 * kUsecPerMin, 20 * kUsecPerHour), EventKind::Open);
        if (rng.chance(apple ? 0.08 : 0.23))
            add(first + between(rng, 5 * kUsecPerSec, 10 * kUsecPerMin), EventKind::Click);
        if (rng.chance(0.008))
            add(first + between(rng, 20 * kUsecPerSec, 5 * kUsecPerMin), EventKind::Unsubscribe);
    }
    if (complaintAt)
        add(complaintAt, EventKind::Complaint);
    // Time order within the recipient (the export as a whole is sorted when written).
    for (size_t i = 1; i < a.events.size(); ++i)
        for (size_t j = i; j > 0 && a.events[j].t < a.events[j - 1].t; --j)
            std::swap(a.events[j], a.events[j - 1]);
}

} // namespace

void decideAftermath(std::uint64_t seed, const Timeline& tl, const MessagePlan& m, Recipient& r,
                     std::uint64_t recipientIndex) {
    if (r.outcome != Outcome::Delivered)
        return;
    Aftermath& a = r.after;
    Prng rng = Prng::stream(seed, kStreamAftermath, recipientIndex);
    a.deliveredAt = r.attempts.back().t;
    a.token = rng.next();
    const bool early = a.deliveredAt + kReturnHorizon <= tl.asOf;
    if (early)
        pickReturned(rng, m, a);

    std::int64_t complaintAt = 0;
    switch (a.returned) {
    case Returned::None:
        // A complaint the ESP learnt of otherwise (its own "report spam" link): rare.
        if (rng.chance(0.0005))
            complaintAt = a.deliveredAt + between(rng, 30 * kUsecPerMin, 20 * kUsecPerHour);
        break;
    case Returned::Bounce:
        switch (a.reply) {
        case ReplyKind::LateForwardUnknown:
            // The company's MX forwards to the person's private mailbox, which is gone.
            a.forwardTo = r.person.local + (rng.chance(0.5) ? "@t-online.de" : "@icloud.com");
            // Some forwarding hosts drop the ORCPT: then only the Message-ID links it.
            a.namesOriginal = rng.chance(0.6);
            a.returnedAt = a.deliveredAt + between(rng, 2 * kUsecPerSec, 3 * kUsecPerMin);
            break;
        case ReplyKind::LateSpamContent:
            a.returnedAt = a.deliveredAt + between(rng, 30 * kUsecPerSec, 15 * kUsecPerMin);
            break;
        default:
            a.returnedAt = a.deliveredAt + between(rng, 1 * kUsecPerSec, 2 * kUsecPerMin);
            break;
        }
        // The mail came back: the recipient never saw it, so no engagement, and the
        // outcome follows the returned reply's class (contract section 3).
        r.failure = a.reply;
        switch (replyInfo(a.reply).cls) {
        case ReplyClass::Spam:
            r.outcome = Outcome::Spam;
            break;
        case ReplyClass::SoftFinal:
            r.outcome = Outcome::Soft;
            break;
        default:
            r.outcome = Outcome::Hard;
            break;
        }
        return;
    case Returned::DelayWarning:
        // Postfix's delay_warning_time (4 h) on the company's gateway; the internal server
        // came back later and the mail was delivered: the outcome stays delivered.
        a.returnedAt = a.deliveredAt + 4 * kUsecPerHour + between(rng, 0, 10 * kUsecPerMin);
        break;
    case Returned::Complaint:
        // The recipient pressed "This is spam" some time after delivery; the ISP's report
        // follows within minutes. Half of the ESP's exports list it as an event as well
        // (the same complaint seen twice counts once).
        a.returnedAt = a.deliveredAt + between(rng, 10 * kUsecPerMin, 18 * kUsecPerHour);
        if (rng.chance(0.5))
            complaintAt = a.returnedAt + between(rng, 1 * kUsecPerMin, 30 * kUsecPerMin);
        break;
    case Returned::AutoReply:
        a.returnedAt = a.deliveredAt + between(rng, 3 * kUsecPerSec, 3 * kUsecPerMin);
        a.language = replyLanguage(rng, m.domain.cls);
        break;
    }
    planEvents(rng, tl, m, a, complaintAt);
}
