#include "CampaignPlan.h"

#include "TimeFormat.h"

#include <QtGlobal>
#include <algorithm>
#include <cstdio>

namespace {

constexpr std::int64_t kMs = 1000;
constexpr std::int64_t kWindowUs = 30 * kUsecPerHour; // retry_window_hours in campaign.json
constexpr int kMaxAttempts = 4;                       // max_attempts in campaign.json

// PRNG stream purposes (one independent stream per purpose and index).
enum : quint64 { kStreamMessage = 1, kStreamPerson = 2 };

quint32 classBit(DomainClass c) {
    return DomainCatalog::bit(c);
}

const quint32 kSuppressible = classBit(DomainClass::Gmail) | classBit(DomainClass::Workspace) |
                              classBit(DomainClass::Microsoft) | classBit(DomainClass::M365) |
                              classBit(DomainClass::Yahoo) | classBit(DomainClass::OwnMx);

ReplyKind spamReply(DomainClass c, Prng& rng) {
    switch (c) {
    case DomainClass::Gmail:
    case DomainClass::Workspace:
        return rng.chance(0.6) ? ReplyKind::GmailUnsolicited : ReplyKind::GmailDmarc;
    case DomainClass::Microsoft:
    case DomainClass::M365:
        return ReplyKind::MsBlockList;
    case DomainClass::Yahoo:
        return ReplyKind::YahooPolicy;
    case DomainClass::Apple:
        return ReplyKind::IcloudPolicy;
    case DomainClass::Gmx:
        return ReplyKind::GmxGreetingBl;
    case DomainClass::TOnline:
        return ReplyKind::TOnlineGreetingBl;
    case DomainClass::Orange:
        return ReplyKind::OrangeBlacklisted;
    case DomainClass::Comcast:
        return ReplyKind::ComcastGreetingBl;
    default:
        return ReplyKind::SpamhausZen;
    }
}

// A temporary failure that makes Postfix mark the whole destination as throttled or dead,
// so that later queue runs may answer "delivery temporarily suspended" without connecting.
ReplyKind siteTempReply(DomainClass c) {
    switch (c) {
    case DomainClass::Gmail:
    case DomainClass::Workspace:
        return ReplyKind::GmailRateLimit;
    case DomainClass::Microsoft:
    case DomainClass::M365:
        return ReplyKind::MsServerBusy;
    case DomainClass::Yahoo:
        return ReplyKind::YahooTss04;
    default:
        return ReplyKind::ConnectTimeout;
    }
}

// A temporary failure about the one mailbox (retried over the network every time).
ReplyKind mailboxTempReply(DomainClass c) {
    switch (c) {
    case DomainClass::Gmail:
    case DomainClass::Workspace:
        return ReplyKind::GmailOverQuota;
    case DomainClass::Microsoft:
    case DomainClass::M365:
        return ReplyKind::MsServerBusy;
    case DomainClass::Yahoo:
        return ReplyKind::YahooTss04;
    default:
        return ReplyKind::MailboxFull452;
    }
}

// One planned try for one recipient; `run` counts the message's queue runs.
struct Planned {
    int run;
    ReplyKind reply;
    bool suppressed;
    bool lostConnectionFirst = false;
};
constexpr int kReleaseRun = 1000;

bool isFinal(ReplyKind k) {
    return replyInfo(k).cls != ReplyClass::Temp;
}

} // namespace

const char* outcomeId(Outcome o) {
    static const char* const ids[] = {"delivered", "in_progress", "soft", "hard", "spam"};
    return ids[static_cast<int>(o)];
}

QByteArray queueId(quint64 counter) {
    constexpr quint64 mask = (quint64(1) << 44) - 1;
    quint64 x = (counter * 0x9E3779B97F4A7C15ULL + 0x7F4A7C15ULL) & mask;
    x ^= x >> 22;
    x = (x * 0xC2B2AE3D27D4EB4FULL) & mask;
    x ^= x >> 19;
    QByteArray id = QByteArray::number(x, 16).toUpper();
    if (id.size() < 10)
        id = QByteArray(10 - id.size(), '0') + id;
    return id;
}

CampaignPlanner::CampaignPlanner(quint64 seed, quint64 recipients, const Timeline& timeline,
                                 const DomainCatalog& domains, const NameFactory& names)
    : m_seed(seed)
    , m_recipients(recipients)
    , m_tl(timeline)
    , m_domains(domains)
    , m_names(names) {}

std::int64_t CampaignPlanner::peekArrival() {
    if (!m_peeked) {
        m_peeked = plan(m_nextIndex, m_nextRecipient);
        m_nextRecipient += m_peeked->rcpts.size();
        ++m_nextIndex;
    }
    return m_peeked->arrival;
}

std::unique_ptr<MessagePlan> CampaignPlanner::next() {
    peekArrival();
    return std::move(m_peeked);
}

std::int64_t CampaignPlanner::runTime(Prng& rng, std::int64_t r0, int k) const {
    // Postfix back-off: 5, 10, 20, 40 minutes, then capped at 70 minutes between tries, plus
    // the queue scan's granularity.
    static const int firstOffsets[] = {0, 5, 15, 35, 75};
    const std::int64_t minutes = k < 5 ? firstOffsets[k] : 75 + 70 * (k - 4);
    return r0 + minutes * kUsecPerMin + (k > 0 ? rng.range(0, 45 * kUsecPerSec) : 0);
}

void CampaignPlanner::classify(Recipient& r) const {
    r.networkAttempts = 0;
    for (const Attempt& a : r.attempts)
        if (!a.suppressed)
            ++r.networkAttempts;
    const Attempt& last = r.attempts.back();
    r.failure = last.reply;
    switch (replyInfo(last.reply).cls) {
    case ReplyClass::Ok:
        r.outcome = Outcome::Delivered;
        r.failure = ReplyKind::Ok;
        return;
    case ReplyClass::Hard:
        r.outcome = Outcome::Hard;
        return;
    case ReplyClass::Spam:
        r.outcome = Outcome::Spam;
        return;
    case ReplyClass::SoftFinal:
        r.outcome = Outcome::Soft;
        return;
    case ReplyClass::Temp:
        break;
    }
    // The importer sees whole seconds in RFC 3164 lines: judge the window on those.
    const std::int64_t first = r.attempts.front().t / kUsecPerSec;
    const std::int64_t asOf = m_tl.asOf / kUsecPerSec;
    if (r.expired || r.networkAttempts >= kMaxAttempts || asOf - first > kWindowUs / kUsecPerSec)
        r.outcome = Outcome::Soft;
    else
        r.outcome = Outcome::InProgress;
}

std::unique_ptr<MessagePlan> CampaignPlanner::plan(quint64 index, quint64 firstRecipient) {
    auto m = std::make_unique<MessagePlan>();
    Prng rng = Prng::stream(m_seed, kStreamMessage, index);
    m->index = index;
    m->firstRecipient = firstRecipient;
    m->qid = queueId(4 * index);
    m->ndrQid = queueId(4 * index + 1);

    int n = 1;
    if (index != 0 && rng.chance(0.03))
        n = 2 + int(rng.below(2));
    n = int(std::min<quint64>(quint64(n), m_recipients - firstRecipient));

    const std::int64_t spacing =
        std::max<std::int64_t>(1, (m_tl.sendEnd - m_tl.start) / std::int64_t(m_recipients));
    m->arrival = m_tl.start + std::int64_t(firstRecipient) * spacing +
                 std::int64_t(rng.below(quint64(spacing)));
    m->size = quint32(47800 + rng.below(900));
    m->ndrSize = quint32(3300 + rng.below(600));
    m->msgId = "<nl-spring26." + QByteArray::number(index) + '.' +
               QByteArray::number(Prng::mix(m_seed ^ index) & 0xFFFFFFFFULL, 16) +
               "@mail.demo-shop.example>";

    // --- what happens to whom -------------------------------------------------------------
    const std::int64_t sinceStart = m->arrival - m_tl.start;
    const bool young = m->arrival > m_tl.windowStart + 90 * kUsecPerSec;
    const bool old = m->arrival < m_tl.windowStart - 90 * kUsecPerSec;
    Scenario scenario = Scenario::Multi;
    if (n == 1) {
        // Per mille; Deliver takes the rest. Stalled messages are more common among the young
        // ones so that roughly 4 % end in progress and the soft total stays near 4 %.
        struct W {
            Scenario s;
            int w;
        };
        const W table[] = {{Scenario::DeliverAfterTemp, 12},
                           {Scenario::DeliverLate, 3},
                           {Scenario::Hard, 43},
                           {Scenario::HardDns, 4},
                           {Scenario::HardNullMx, 3},
                           {Scenario::Spam, 30},
                           {Scenario::SoftExpire, 8},
                           {Scenario::SoftMaxAttempts, 13},
                           {Scenario::SoftMailboxFull, 8},
                           {Scenario::Stalled, young ? 78 : (old ? 22 : 0)}};
        int u = int(rng.below(1000));
        scenario = Scenario::Deliver;
        for (const W& w : table) {
            if (u < w.w) {
                scenario = w.s;
                break;
            }
            u -= w.w;
        }
        // The first message anchors "as of": it is released and expires at the very end.
        if (index == 0)
            scenario = Scenario::SoftExpire;
    }

    quint32 allowed = DomainCatalog::normalClasses();
    switch (scenario) {
    case Scenario::DeliverAfterTemp:
        allowed = classBit(DomainClass::Gmail) | classBit(DomainClass::Yahoo) |
                  classBit(DomainClass::OwnMx);
        break;
    case Scenario::DeliverLate:
        allowed = classBit(DomainClass::Yahoo);
        break;
    case Scenario::HardDns:
        allowed = classBit(DomainClass::Dead);
        break;
    case Scenario::HardNullMx:
        allowed = classBit(DomainClass::NullMx);
        break;
    case Scenario::SoftMaxAttempts:
    case Scenario::Stalled:
        allowed = kSuppressible;
        break;
    case Scenario::SoftMailboxFull:
        allowed = classBit(DomainClass::OwnMx);
        break;
    default:
        break;
    }
    const DomainClass cls = m_domains.pickClass(rng, allowed);
    m->domain = m_domains.pick(rng, cls, index);
    const bool siteLevel = scenario == Scenario::DeliverAfterTemp ||
                           scenario == Scenario::SoftMaxAttempts || scenario == Scenario::Stalled;
    if (cls == DomainClass::OwnMx && siteLevel) {
        // A host that times out cannot run postgrey at the same time: find one without.
        for (int i = 0; i < 64 && m->domain.postgrey; ++i)
            m->domain = m_domains.pick(rng, cls, index);
        m->domain.postgrey = false;
    }

    // --- per-recipient scripts ------------------------------------------------------------
    const std::int64_t r0 = m->arrival + rng.range(50 * kMs, 300 * kMs);
    // The retry schedule has its own stream so that it does not shift with other draws.
    std::vector<std::int64_t> runs;
    int runsBeforeHold = 0;
    {
        Prng jr = Prng::stream(m_seed, 7, index);
        // Only the runs before the hold are ever used (plus one to find the end).
        do
            runs.push_back(runTime(jr, r0, int(runs.size())));
        while (runs.back() + 120 * kUsecPerSec < m_tl.hold && runs.size() < 64);
        while (runs[size_t(runsBeforeHold)] + 120 * kUsecPerSec < m_tl.hold &&
               size_t(runsBeforeHold) + 1 < runs.size())
            ++runsBeforeHold;
    }

    std::vector<std::vector<Planned>> scripts(static_cast<size_t>(n));
    bool hold = false;
    bool release = false;
    bool expire = false;
    for (int j = 0; j < n; ++j) {
        std::vector<Planned>& s = scripts[size_t(j)];
        const bool grey = m->domain.postgrey;
        switch (scenario) {
        case Scenario::Deliver:
        case Scenario::Multi: {
            if (scenario == Scenario::Multi && cls != DomainClass::Yahoo && rng.chance(0.08)) {
                s.push_back({0, userUnknownReply(cls), false});
                break;
            }
            int run = 0;
            if (grey)
                s.push_back({run++, ReplyKind::Greylist, false});
            Planned ok{run, ReplyKind::Ok, false};
            ok.lostConnectionFirst = m->domain.isp == Isp::Microsoft && rng.chance(0.06);
            s.push_back(ok);
            break;
        }
        case Scenario::DeliverAfterTemp: {
            const ReplyKind t = siteTempReply(cls);
            int run = 0;
            s.push_back({run++, t, false});
            if (cls == DomainClass::Yahoo && rng.chance(0.5))
                s.push_back({run++, t, true});
            else if (rng.chance(0.3))
                s.push_back({run++, t, false});
            s.push_back({run, ReplyKind::Ok, false});
            break;
        }
        case Scenario::DeliverLate: {
            int network = 1;
            s.push_back({0, ReplyKind::YahooTss04, false});
            for (int k = 1; k < runsBeforeHold; ++k) {
                const bool net = network < 3 && rng.chance(0.25);
                network += net;
                s.push_back({k, ReplyKind::YahooTss04, !net});
            }
            s.push_back({kReleaseRun, ReplyKind::Ok, false});
            hold = release = true;
            break;
        }
        case Scenario::Hard:
        case Scenario::HardDns:
        case Scenario::HardNullMx:
            s.push_back({0, userUnknownReply(cls), false});
            break;
        case Scenario::Spam:
            s.push_back({0, spamReply(cls, rng), false});
            break;
        case Scenario::SoftMailboxFull: {
            int run = 0;
            if (grey)
                s.push_back({run++, ReplyKind::Greylist, false});
            s.push_back({run, ReplyKind::MailboxFull552, false});
            break;
        }
        case Scenario::SoftExpire: {
            const ReplyKind t = mailboxTempReply(cls);
            for (int k = 0; k < runsBeforeHold; ++k)
                s.push_back({k, t, false});
            s.push_back({kReleaseRun, t, false});
            hold = release = expire = true;
            break;
        }
        case Scenario::SoftMaxAttempts: {
            const ReplyKind t = siteTempReply(cls);
            for (int k = 0; k < runsBeforeHold; ++k)
                s.push_back({k, t, k >= kMaxAttempts});
            hold = true;
            break;
        }
        case Scenario::Stalled: {
            const ReplyKind t = siteTempReply(cls);
            // Up to three network tries in total; the other queue runs are suppressed.
            const int wanted = 1 + int(rng.below(3));
            int network = 1;
            s.push_back({0, t, false});
            for (int k = 1; k < runsBeforeHold; ++k) {
                const int left = runsBeforeHold - k;
                const bool net = network < wanted && (left <= wanted - network || rng.chance(0.4));
                network += net;
                s.push_back({k, t, !net});
            }
            hold = true;
            break;
        }
        }
    }

    // --- people ---------------------------------------------------------------------------
    m->rcpts.resize(size_t(n));
    for (int j = 0; j < n; ++j) {
        Recipient& r = m->rcpts[size_t(j)];
        Prng pr = Prng::stream(m_seed, kStreamPerson, firstRecipient + quint64(j));
        r.person = m_names.person(firstRecipient + quint64(j), pr);
        r.address = r.person.local + '@' + m->domain.name;
        r.scenario = scenario;
    }

    // --- queue runs -> attempts and log steps ---------------------------------------------
    auto& steps = m->steps;
    steps.push_back({m->arrival, StepKind::Pickup, 0, 0, kPickupPid});
    steps.push_back({m->arrival + rng.range(8 * kMs, 40 * kMs), StepKind::Cleanup, 0, 0,
                     quint32(rng.range(2100, 2900))});

    const bool anchor = index == 0;
    std::int64_t lastT = 0;
    auto doRun = [&](int run, std::int64_t activeAt, bool atAsOf) {
        std::vector<int> who;
        std::vector<const Planned*> what;
        for (int j = 0; j < n; ++j)
            for (const Planned& p : scripts[size_t(j)])
                if (p.run == run) {
                    who.push_back(j);
                    what.push_back(&p);
                }
        if (who.empty())
            return;
        steps.push_back({activeAt, StepKind::QueueActive, 0, 0, kQmgrPid});
        const quint32 smtpPid = quint32(rng.range(3000, 32000));
        const quint32 errorPid = quint32(rng.range(3000, 32000));
        const quint8 mx =
            (m->domain.mx[1].host != m->domain.mx[0].host && rng.chance(0.12)) ? 1 : 0;

        // One SMTP session per run: connection set-up and transfer time are shared by all
        // recipients of the message; each RCPT adds a little.
        const Planned* firstNet = nullptr;
        for (const Planned* p : what)
            if (!p->suppressed) {
                firstNet = p;
                break;
            }
        quint32 connUs = 0;
        quint32 xferUs = 0;
        if (firstNet) {
            const ReplyInfo& info = replyInfo(firstNet->reply);
            switch (info.shape) {
            case Shape::Connect:
                connUs = quint32(30 * kUsecPerSec + rng.range(0, 40 * kMs));
                break;
            case Shape::Dns:
            case Shape::NullMx:
                connUs = quint32(rng.range(15 * kMs, 90 * kMs));
                break;
            default:
                connUs = quint32(rng.range(150 * kMs, 1400 * kMs));
                xferUs = info.stage == Stage::Greeting || info.stage == Stage::MailFrom
                             ? 0
                             : quint32(rng.range(40 * kMs, 900 * kMs));
                break;
            }
            if (atAsOf) {
                // Shift the whole try so that its result lands exactly on "as of".
                activeAt = m_tl.asOf - connUs - xferUs;
                steps.back().t = activeAt;
            }
            // Host events name the host of the try that follows them.
            const quint8 nextAttempt = quint8(m->rcpts[size_t(who[0])].attempts.size());
            if (firstNet->lostConnectionFirst)
                steps.push_back({activeAt + connUs / 2, StepKind::LostConnection, quint8(who[0]),
                                 nextAttempt, smtpPid});
            const ReplyInfo& first = replyInfo(firstNet->reply);
            if ((first.shape == Shape::Remote || first.shape == Shape::Success) &&
                first.stage != Stage::MailFrom && rng.chance(0.08))
                steps.push_back({activeAt + connUs - 5 * kMs, StepKind::Tls, quint8(who[0]),
                                 nextAttempt, smtpPid});
        }
        for (size_t w = 0; w < who.size(); ++w) {
            const Planned& p = *what[w];
            Attempt a;
            a.activeAt = activeAt;
            a.reply = p.reply;
            a.suppressed = p.suppressed;
            a.token = rng.next();
            // Greeting blocks come from the primary MX named in the texts.
            a.mx = replyInfo(p.reply).shape == Shape::Greeting ? 0 : mx;
            if (p.suppressed) {
                a.pid = errorPid;
                a.t = activeAt + 2 * kMs + std::int64_t(w) * kMs;
            } else {
                a.pid = smtpPid;
                a.connUs = connUs;
                a.xferUs = xferUs;
                a.t = atAsOf ? m_tl.asOf : activeAt + connUs + xferUs + std::int64_t(w) * 20 * kMs;
            }
            Recipient& r = m->rcpts[size_t(who[w])];
            r.attempts.push_back(a);
            steps.push_back(
                {a.t, StepKind::Result, quint8(who[w]), quint8(r.attempts.size() - 1), a.pid});
            lastT = std::max(lastT, a.t);
        }
    };

    int maxRun = 0;
    for (const auto& s : scripts)
        for (const Planned& p : s)
            if (p.run != kReleaseRun)
                maxRun = std::max(maxRun, p.run);
    for (int k = 0; k <= maxRun; ++k)
        doRun(k, k == 0 ? r0 : runs[size_t(k)], false);

    auto allFinal = [&] {
        for (const Recipient& r : m->rcpts)
            if (r.attempts.empty() || !isFinal(r.attempts.back().reply))
                return false;
        return true;
    };
    auto anyBounced = [&] {
        for (const Recipient& r : m->rcpts)
            if (r.expired || replyInfo(r.attempts.back().reply).cls >= ReplyClass::Hard)
                return true;
        return false;
    };
    auto finish = [&](std::int64_t base, bool same) {
        // Postfix order: NDR created and queued, bounce logs it, original removed, NDR
        // delivered to the sender's own mailbox.
        auto at = [&](int ms) { return same ? base : base + ms * kMs; };
        if (anyBounced()) {
            const quint32 bouncePid = quint32(rng.range(3000, 32000));
            steps.push_back({at(10), StepKind::NdrCleanup, 0, 0, quint32(rng.range(2100, 2900))});
            steps.push_back({at(20), StepKind::NdrActive, 0, 0, kQmgrPid});
            steps.push_back({at(30), StepKind::BounceNotice, 0, 0, bouncePid});
            steps.push_back({at(40), StepKind::Removed, 0, 0, kQmgrPid});
            steps.push_back(
                {at(60), StepKind::NdrDelivered, 0, 0, quint32(rng.range(3000, 32000))});
            steps.push_back({at(70), StepKind::NdrRemoved, 0, 0, kQmgrPid});
        } else {
            steps.push_back({at(15), StepKind::Removed, 0, 0, kQmgrPid});
        }
    };

    if (!hold) {
        Q_ASSERT(allFinal());
        finish(lastT, false);
    } else {
        m->held = true;
        steps.push_back({m_tl.hold + sinceStart / 1000, StepKind::Hold, 0, 0, 0});
        if (release) {
            m->released = true;
            steps.push_back({m_tl.release + sinceStart / 1000, StepKind::Release, 0, 0, 0});
            doRun(kReleaseRun, m_tl.release + 10 * kUsecPerSec + sinceStart / 500, anchor);
            if (expire) {
                const std::int64_t t = anchor ? m_tl.asOf : lastT + kMs;
                for (Recipient& r : m->rcpts)
                    r.expired = !isFinal(r.attempts.back().reply);
                steps.push_back({t, StepKind::Expired, 0, 0, kQmgrPid});
                finish(t, anchor);
            } else {
                finish(lastT, false);
            }
        }
    }

    for (Recipient& r : m->rcpts) {
        classify(r);
        Outcome intended = Outcome::Delivered;
        switch (r.scenario) {
        case Scenario::Hard:
        case Scenario::HardDns:
        case Scenario::HardNullMx:
            intended = Outcome::Hard;
            break;
        case Scenario::Spam:
            intended = Outcome::Spam;
            break;
        case Scenario::SoftExpire:
        case Scenario::SoftMaxAttempts:
        case Scenario::SoftMailboxFull:
            intended = Outcome::Soft;
            break;
        case Scenario::Stalled:
            intended = young ? Outcome::InProgress : Outcome::Soft;
            break;
        case Scenario::Multi:
            intended = r.outcome == Outcome::Hard ? Outcome::Hard : Outcome::Delivered;
            break;
        default:
            break;
        }
        if (intended != r.outcome)
            std::fprintf(stderr, "demogen: internal: %s planned %s but logs say %s\n",
                         r.address.constData(), outcomeId(intended), outcomeId(r.outcome));
        // After the logs: returned mail and engagement (may overturn a delivery).
        decideAftermath(m_seed, m_tl, *m, r, firstRecipient + quint64(&r - m->rcpts.data()));
    }
    for (size_t i = 1; i < steps.size(); ++i)
        if (steps[i].t < steps[i - 1].t)
            std::fprintf(stderr, "demogen: internal: steps out of order in message %llu\n",
                         static_cast<unsigned long long>(index));
    return m;
}
