#include "StatusEngine.h"

#include "classify/IspDirectory.h"
#include "classify/ReasonCatalog.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <map>

namespace deliverboard {

namespace {

QString ordinal(int n) {
    switch (n) {
    case 1:
        return QCoreApplication::translate("StatusExplanation", "first");
    case 2:
        return QCoreApplication::translate("StatusExplanation", "second");
    case 3:
        return QCoreApplication::translate("StatusExplanation", "third");
    case 4:
        return QCoreApplication::translate("StatusExplanation", "fourth");
    case 5:
        return QCoreApplication::translate("StatusExplanation", "fifth");
    case 6:
        return QCoreApplication::translate("StatusExplanation", "sixth");
    case 7:
        return QCoreApplication::translate("StatusExplanation", "seventh");
    case 8:
        return QCoreApplication::translate("StatusExplanation", "eighth");
    case 9:
        return QCoreApplication::translate("StatusExplanation", "ninth");
    case 10:
        return QCoreApplication::translate("StatusExplanation", "tenth");
    default:
        return QCoreApplication::translate("StatusExplanation", "%1th").arg(n);
    }
}

QString day(qint64 ms) {
    return QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date(),
                                 QStringLiteral("d MMM yyyy"));
}

bool isFailure(Outcome o) {
    return o == Outcome::Soft || o == Outcome::Hard || o == Outcome::Spam;
}

} // namespace

StatusEngine::StatusEngine(StatusPreset preset)
    : m_preset(std::move(preset)) {
    m_strings.emplace_back(); // id 0: the empty text
    m_majorIsp.push_back(false);
    m_senderBlame = intern(QStringLiteral("sender"));
}

quint32 StatusEngine::intern(const QString& text) {
    if (text.isEmpty())
        return 0;
    const auto it = m_stringIds.constFind(text);
    if (it != m_stringIds.constEnd())
        return it.value();
    const auto id = static_cast<quint32>(m_strings.size());
    m_strings.push_back(text);
    m_majorIsp.push_back(m_preset.majorIsps.contains(text));
    m_stringIds.insert(text, id);
    return id;
}

void StatusEngine::defineAddress(qint64 id, QByteArrayView address) {
    // Ids are the addresses table's row ids: dense, at most a few more than the addresses.
    // Anything else (a hostile or damaged store) is left to the text look-up rather than
    // sizing an array by it.
    constexpr qint64 kMaxId = qint64(1) << 27;
    if (id < 0 || id > kMaxId || address.isEmpty())
        return;
    if (static_cast<size_t>(id) >= m_entryOfId.size())
        m_entryOfId.resize(std::max(static_cast<size_t>(id) + 1, m_entryOfId.size() * 2), -1);
    m_entryOfId[static_cast<size_t>(id)] = entryForAddress(address);
}

void StatusEngine::reserveAddresses(qint64 maxId) {
    if (maxId <= 0 || maxId > (qint64(1) << 27)) // as defineAddress()
        return;
    const auto n = static_cast<size_t>(maxId) + 1;
    m_entries.reserve(n);
    m_pending.reserve(n);
    if (m_entryOfId.size() < n)
        m_entryOfId.resize(n, -1);
}

qint32 StatusEngine::newEntry(size_t textOffset, quint32 textLength, quint32 hash) {
    const auto index = static_cast<qint32>(m_entries.size());
    Entry& e = m_entries.emplace_back();
    e.textOffset = textOffset;
    e.textLength = textLength;
    e.hash = hash;
    m_index.insert(hash, index);
    return index;
}

qsizetype StatusEngine::findEntry(QByteArrayView address, quint32 hash) const {
    return m_index.find(address, hash, [this](qint32 i) { return addressUtf8At(i); });
}

qsizetype StatusEngine::findEntry(const QString& address) const {
    const QByteArray key = address.toLower().toUtf8();
    return findEntry(key, AddressIndex::hashOf(key));
}

qint32 StatusEngine::entryForId(qint64 addressId) {
    if (addressId < 0 || addressId >= static_cast<qint64>(m_entryOfId.size()))
        return -1;
    return m_entryOfId[static_cast<size_t>(addressId)];
}

qint32 StatusEngine::entryForAddress(QByteArrayView address) {
    const quint32 hash = AddressIndex::hashOf(address);
    const qsizetype found = findEntry(address, hash);
    if (found >= 0)
        return static_cast<qint32>(found);
    const size_t offset = m_text.size();
    m_text.insert(m_text.end(), address.begin(), address.end()); // a deep copy
    return newEntry(offset, static_cast<quint32>(address.size()), hash);
}

void StatusEngine::finish() {
    // Called after endCampaign(): nothing is pending.
    std::vector<Pending>().swap(m_pending);
    std::vector<qint32>().swap(m_touched);
    std::vector<qint32>().swap(m_entryOfId);
    const auto fed = [](const Entry& e) { return e.fed; };
    if (!std::all_of(m_entries.begin(), m_entries.end(), fed)) {
        m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(),
                                       [](const Entry& e) { return !e.fed; }),
                        m_entries.end());
        m_index = AddressIndex();
        for (size_t i = 0; i < m_entries.size(); ++i)
            m_index.insert(m_entries[i].hash, static_cast<qint32>(i));
    }
}

StatusEngine::Pending& StatusEngine::pending(qint32 entry) {
    if (m_pending.size() < m_entries.size()) // released, or entries made since
        m_pending.resize(m_entries.size());
    Pending& p = m_pending[static_cast<size_t>(entry)];
    if (!p.touched) {
        p.touched = true;
        m_entries[static_cast<size_t>(entry)].fed = true;
        m_touched.push_back(entry);
    }
    return p;
}

void StatusEngine::beginCampaign(const QString& name, qint64 timeMs) {
    m_campaigns.push_back({name, timeMs});
}

void StatusEngine::addOutcome(qint32 entry, const RecipientOutcome& outcome) {
    Pending& p = pending(entry);
    // Two messages to one address in one campaign: the later one speaks for it.
    if (p.hasOutcome && p.outcome.atMs > outcome.atMs)
        return;
    p.hasOutcome = true;
    p.outcome = outcome;
}

void StatusEngine::addComplaint(qint32 entry, qint64 atMs) {
    Pending& p = pending(entry);
    if (p.complaintAtMs < 0 || atMs < p.complaintAtMs)
        p.complaintAtMs = atMs;
}

void StatusEngine::addUnsubscribe(qint32 entry, qint64 atMs) {
    Pending& p = pending(entry);
    if (p.unsubscribeAtMs < 0 || atMs < p.unsubscribeAtMs)
        p.unsubscribeAtMs = atMs;
}

void StatusEngine::addAudienceStatus(qint32 entry, AudienceMark status) {
    pending(entry).audience = status;
}

void StatusEngine::markEngagementTracked() {
    if (m_campaigns.empty())
        return;
    m_campaigns.back().tracksEngagement = true;
    m_newestTrackedMs = std::max(m_newestTrackedMs, m_campaigns.back().timeMs);
}

void StatusEngine::addEngagement(qint32 entry) {
    pending(entry).engaged = true;
}

void StatusEngine::endCampaign() {
    const int campaign = static_cast<int>(m_campaigns.size()) - 1;
    // In entry order, which is the order of memory (a campaign feeds its rows in another):
    // a sweep over every entry when the campaign fed many of them, else its list, sorted.
    // Entries are independent of each other, so the order changes no result.
    const auto applyTo = [&](size_t index) {
        Pending& p = m_pending[index];
        apply(m_entries[index], p, campaign);
        p = Pending{};
    };
    if (m_touched.size() * 8 >= m_entries.size()) {
        for (size_t i = 0; i < m_pending.size(); ++i) // entries past it were never fed
            if (m_pending[i].touched)
                applyTo(i);
    } else {
        std::sort(m_touched.begin(), m_touched.end());
        for (const qint32 index : m_touched)
            applyTo(static_cast<size_t>(index));
    }
    m_touched.clear();
}

void StatusEngine::setStatus(Entry& e, Status status, Rule rule, qint64 atMs, int campaign,
                             Decision decision) {
    e.status = status;
    e.rule = rule;
    e.sinceMs = atMs;
    e.campaign = campaign;
    if (e.decision < 0) {
        e.decision = static_cast<qint32>(m_decisions.size());
        m_decisions.push_back(std::move(decision));
    } else {
        m_decisions[static_cast<size_t>(e.decision)] = std::move(decision);
    }
}

void StatusEngine::makeActive(Entry& e, Rule rule, qint64 atMs, int campaign) {
    // Made active again: every count restarts (contract section 7).
    e.hard = e.soft = e.softConsecutive = 0;
    e.presetHard = e.presetSoft = 0;
    e.hardCampaigns.clear();
    e.softCampaigns.clear();
    setStatus(e, Status::Active, rule, atMs, campaign, {});
}

void StatusEngine::apply(Entry& e, const Pending& p, int campaign) {
    const Campaign& info = m_campaigns[static_cast<size_t>(campaign)];
    const qint64 campaignTime = info.timeMs;
    e.lastCampaign = campaign;
    // Inactivity: campaigns delivered to the address, in a row, without an open or click (a
    // bounced message could not be read, so it says nothing about engagement).
    if (p.engaged) {
        e.unengaged = 0;
    } else if (info.tracksEngagement && p.hasOutcome && p.outcome.outcome == Outcome::Delivered) {
        if (e.unengaged++ == 0)
            e.quietSinceMs = campaignTime;
    }
    if (e.status != Status::OptOut) {
        if (p.audience == AudienceMark::OptOut)
            setStatus(e, Status::OptOut, Rule::AudienceOptOut, campaignTime, campaign, {});
        else if (p.audience == AudienceMark::Error && e.status == Status::Active)
            setStatus(e, Status::Error, Rule::AudienceError, campaignTime, campaign, {});
    }
    if (p.hasOutcome)
        applyOutcome(e, p.outcome, campaign);
    // Complaints and unsubscribes opt out whichever campaign they came with; the earlier
    // of the two names the time.
    const bool complaint = m_preset.complaintOptsOut && p.complaintAtMs >= 0;
    const bool unsubscribe = m_preset.unsubscribeOptsOut && p.unsubscribeAtMs >= 0;
    if (e.status != Status::OptOut && (complaint || unsubscribe)) {
        const bool byComplaint =
            complaint && (!unsubscribe || p.complaintAtMs <= p.unsubscribeAtMs);
        setStatus(e, Status::OptOut, byComplaint ? Rule::Complaint : Rule::Unsubscribe,
                  byComplaint ? p.complaintAtMs : p.unsubscribeAtMs, campaign, {});
    }
}

void StatusEngine::applyOutcome(Entry& e, const RecipientOutcome& o, int campaign) {
    if (o.outcome == Outcome::InProgress)
        return; // changes nothing, and does not end a row of soft bounces
    if (m_preset.ignoreSenderBlamed && isFailure(o.outcome) && o.blame == m_senderBlame) {
        // The sender's own problem counts against nobody; it is listed per ISP instead.
        ++e.senderBlamed;
        const std::pair<quint32, quint32> kind{o.isp, o.reason};
        const auto it = std::find(m_senderKinds.begin(), m_senderKinds.end(), kind);
        e.senderKind = static_cast<qint32>(it - m_senderKinds.begin());
        if (it == m_senderKinds.end())
            m_senderKinds.push_back(kind);
        return;
    }
    e.isp = o.isp;
    const auto c = static_cast<quint16>(campaign);
    switch (o.outcome) {
    case Outcome::InProgress:
        return;
    case Outcome::Delivered:
        if (e.status == Status::Error) {
            makeActive(e, Rule::Delivered, o.atMs, campaign);
            return;
        }
        e.softConsecutive = 0;
        if (m_preset.deliveredResetsHard)
            e.presetHard = 0;
        if (m_preset.deliveredResetsSoft)
            e.presetSoft = 0;
        return;
    case Outcome::Soft: {
        ++e.soft;
        ++e.softConsecutive;
        ++e.presetSoft;
        e.softCampaigns.push_back(c);
        if (m_preset.softResetsHard)
            e.presetHard = 0;
        if (e.status == Status::Active && m_preset.soft > 0 && e.presetSoft >= m_preset.soft) {
            Decision d{text(o.code),
                       text(o.enhanced),
                       text(o.reason),
                       text(o.isp),
                       {},
                       false,
                       e.presetSoft,
                       {}};
            const size_t n = std::min(e.softCampaigns.size(), static_cast<size_t>(e.presetSoft));
            d.campaigns.assign(e.softCampaigns.end() - static_cast<std::ptrdiff_t>(n),
                               e.softCampaigns.end());
            setStatus(e, Status::Error, Rule::Soft, o.atMs, campaign, std::move(d));
        }
        return;
    }
    case Outcome::Hard:
    case Outcome::Spam: {
        ++e.hard;
        e.softConsecutive = 0;
        ++e.presetHard;
        e.hardCampaigns.push_back(c);
        if (m_preset.hardResetsSoft)
            e.presetSoft = 0;
        const bool major = m_majorIsp[o.isp];
        const int threshold = major ? m_preset.hardMajor : m_preset.hardOther;
        if (e.status == Status::Active && threshold > 0 && e.presetHard >= threshold) {
            const Rule rule = m_preset.hardMajor == m_preset.hardOther ? Rule::Hard
                              : major                                  ? Rule::HardMajor
                                                                       : Rule::HardOther;
            Decision d{text(o.code), text(o.enhanced),           text(o.reason), text(o.isp),
                       {},           o.outcome == Outcome::Spam, e.presetHard,   {}};
            const size_t n = std::min(e.hardCampaigns.size(), static_cast<size_t>(e.presetHard));
            d.campaigns.assign(e.hardCampaigns.end() - static_cast<std::ptrdiff_t>(n),
                               e.hardCampaigns.end());
            setStatus(e, Status::Error, rule, o.atMs, campaign, std::move(d));
        }
        return;
    }
    }
}

void StatusEngine::applyAction(const StatusAction& action) {
    Entry& e = m_entries[static_cast<size_t>(entryForAddress(action.address.toLower().toUtf8()))];
    e.fed = true;
    if (action.kind == StatusAction::Kind::Reactivate) {
        makeActive(e, Rule::ManualReactivate, action.atMs, -1);
    } else {
        setStatus(e, Status::OptOut, Rule::ManualSuppress, action.atMs, -1, {});
    }
    m_decisions[static_cast<size_t>(e.decision)].note = action.note;
}

QString StatusEngine::ruleId(Rule rule) {
    switch (rule) {
    case Rule::None:
        return QStringLiteral("none");
    case Rule::Hard:
        return QStringLiteral("hard");
    case Rule::HardMajor:
        return QStringLiteral("hard_major");
    case Rule::HardOther:
        return QStringLiteral("hard_other");
    case Rule::Soft:
        return QStringLiteral("soft");
    case Rule::Complaint:
        return QStringLiteral("complaint");
    case Rule::Unsubscribe:
        return QStringLiteral("unsubscribe");
    case Rule::AudienceError:
        return QStringLiteral("audience_error");
    case Rule::AudienceOptOut:
        return QStringLiteral("audience_opt_out");
    case Rule::Delivered:
        return QStringLiteral("delivered");
    case Rule::ManualReactivate:
        return QStringLiteral("manual_reactivate");
    case Rule::ManualSuppress:
        return QStringLiteral("manual_suppress");
    }
    return QStringLiteral("none");
}

QString StatusEngine::campaignList(const std::vector<quint16>& campaigns) const {
    QStringList names;
    for (quint16 c : campaigns) {
        const QString name = m_campaigns[c].name;
        if (!names.contains(name))
            names.append(name);
    }
    if (names.size() <= 1)
        return names.value(0);
    const QString last = names.takeLast();
    return QCoreApplication::translate("StatusExplanation", "%1 and %2")
        .arg(names.join(QStringLiteral(", ")), last);
}

QString StatusEngine::explanation(const Entry& e) const {
    static const Decision kNone;
    const Decision& d = e.decision >= 0 ? m_decisions[static_cast<size_t>(e.decision)] : kNone;
    const QString when = day(e.sinceMs);
    const QString campaign =
        e.campaign >= 0 ? m_campaigns[static_cast<size_t>(e.campaign)].name : QString();
    QStringList replyParts;
    for (const QString& part : {d.code, d.enhanced})
        if (!part.isEmpty())
            replyParts.append(part);
    if (!d.reason.isEmpty())
        replyParts.append(ReasonCatalog::standard().info(d.reason).displayName);
    const QString reply = replyParts.isEmpty()
                              ? QString()
                              : QStringLiteral(" (%1)").arg(replyParts.join(QLatin1Char(' ')));

    switch (e.rule) {
    case Rule::None:
        if (e.hard == 0 && e.soft == 0)
            return QCoreApplication::translate(
                "StatusExplanation",
                "Active: no bounce, complaint or unsubscribe counts against it.");
        return QCoreApplication::translate(
                   "StatusExplanation",
                   "Active: %1 hard and %2 soft bounce(s) so far (%3 in a row), below the preset's "
                   "limits.")
            .arg(e.hard)
            .arg(e.soft)
            .arg(e.softConsecutive);
    case Rule::Hard:
    case Rule::HardMajor:
    case Rule::HardOther: {
        QString where;
        if (e.rule == Rule::HardMajor)
            where = QCoreApplication::translate("StatusExplanation", " at %1, a major provider")
                        .arg(IspDirectory::standard().byId(d.isp).displayName);
        else if (e.rule == Rule::HardOther)
            where = QCoreApplication::translate("StatusExplanation",
                                                " at a provider that is not a major one");
        if (d.ordinal <= 1)
            return QCoreApplication::translate("StatusExplanation",
                                               "Error since %1: %2%3%4, in %5.")
                .arg(when,
                     d.spam ? QCoreApplication::translate("StatusExplanation",
                                                          "spam bounce, counted as hard")
                            : QCoreApplication::translate("StatusExplanation", "hard bounce"),
                     where, reply, campaignList(d.campaigns));
        return QCoreApplication::translate("StatusExplanation", "Error since %1: %2 %3%4%5, in %6.")
            .arg(when, ordinal(d.ordinal),
                 d.spam ? QCoreApplication::translate("StatusExplanation",
                                                      "hard or spam bounce (this one spam)")
                        : QCoreApplication::translate("StatusExplanation", "hard bounce"),
                 where, reply, campaignList(d.campaigns));
    }
    case Rule::Soft:
        return (m_preset.hardResetsSoft || m_preset.deliveredResetsSoft
                    ? QCoreApplication::translate(
                          "StatusExplanation",
                          "Error since %1: %2 consecutive soft bounce%3, in %4.")
                    : QCoreApplication::translate("StatusExplanation",
                                                  "Error since %1: %2 soft bounce%3, in %4."))
            .arg(when, ordinal(d.ordinal), reply, campaignList(d.campaigns));
    case Rule::Complaint:
        return QCoreApplication::translate(
                   "StatusExplanation", "Opt-out since %1: complaint (reported as spam) about %2.")
            .arg(when, campaign);
    case Rule::Unsubscribe:
        return QCoreApplication::translate("StatusExplanation",
                                           "Opt-out since %1: unsubscribed from %2.")
            .arg(when, campaign);
    case Rule::AudienceError:
        return QCoreApplication::translate(
                   "StatusExplanation",
                   "Error since %1: marked Error in the audience (recipients.csv) of %2.")
            .arg(when, campaign);
    case Rule::AudienceOptOut:
        return QCoreApplication::translate(
                   "StatusExplanation",
                   "Opt-out since %1: marked Opt-out in the audience (recipients.csv) of %2.")
            .arg(when, campaign);
    case Rule::Delivered:
        return QCoreApplication::translate(
                   "StatusExplanation",
                   "Active since %1: delivered in %2 after being an error; every count restarted.")
            .arg(when, campaign);
    case Rule::ManualReactivate:
        return d.note.isEmpty()
                   ? QCoreApplication::translate("StatusExplanation",
                                                 "Active since %1: reactivated by hand.")
                         .arg(when)
                   : QCoreApplication::translate("StatusExplanation",
                                                 "Active since %1: reactivated by hand (%2).")
                         .arg(when, d.note);
    case Rule::ManualSuppress:
        return d.note.isEmpty()
                   ? QCoreApplication::translate("StatusExplanation",
                                                 "Opt-out since %1: suppressed by hand.")
                         .arg(when)
                   : QCoreApplication::translate("StatusExplanation",
                                                 "Opt-out since %1: suppressed by hand (%2).")
                         .arg(when, d.note);
    }
    return {};
}

AddressStatus StatusEngine::result(const Entry& e) const {
    AddressStatus s;
    s.address = QString::fromUtf8(addressOf(e));
    s.status = e.status == Status::Active  ? QStringLiteral("active")
               : e.status == Status::Error ? QStringLiteral("error")
                                           : QStringLiteral("opt_out");
    if (e.rule != Rule::None)
        s.since = QDateTime::fromMSecsSinceEpoch(e.sinceMs, Qt::UTC);
    if (e.campaign >= 0)
        s.campaign = m_campaigns[static_cast<size_t>(e.campaign)].name;
    s.rule = ruleId(e.rule);
    s.explanation = explanation(e);
    s.hard = e.hard;
    s.soft = e.soft;
    s.softConsecutive = e.softConsecutive;
    s.isp = m_strings[e.isp];
    if (e.lastCampaign >= 0)
        s.lastCampaign = m_campaigns[static_cast<size_t>(e.lastCampaign)].name;
    s.unengagedCampaigns = e.unengaged;
    s.quietDays = quietDaysOf(e);
    return s;
}

bool StatusEngine::forEach(const std::function<bool(const AddressStatus&)>& visit,
                           bool suppressedOnly) const {
    std::vector<qint32> order;
    order.reserve(suppressedOnly ? 0 : m_entries.size());
    for (size_t i = 0; i < m_entries.size(); ++i)
        if (!suppressedOnly || m_entries[i].status != Status::Active)
            order.push_back(static_cast<qint32>(i));
    const auto alphabetical = [this](qint32 a, qint32 b) {
        return addressUtf8At(a) < addressUtf8At(b);
    };
    if (!std::is_sorted(order.begin(), order.end(), alphabetical)) // see defineAddress()
        std::sort(order.begin(), order.end(), alphabetical);
    for (qint32 i : order)
        if (!visit(result(m_entries[static_cast<size_t>(i)])))
            return false;
    return true;
}

AddressStatus StatusEngine::statusAt(qsizetype i) const {
    return result(m_entries[static_cast<size_t>(i)]);
}

QString StatusEngine::addressAt(qsizetype i) const {
    return QString::fromUtf8(addressUtf8At(i));
}

AddressBrief StatusEngine::briefAt(qsizetype i) const {
    const Entry& e = m_entries[static_cast<size_t>(i)];
    AddressBrief b;
    b.status = e.status;
    b.sinceMs = e.rule == Rule::None ? 0 : e.sinceMs;
    b.isp = m_strings[e.isp];
    if (e.status != Status::Active && e.decision >= 0)
        b.reason = m_decisions[static_cast<size_t>(e.decision)].reason;
    b.rule = ruleId(e.rule);
    b.lastCampaign = e.lastCampaign;
    b.hard = e.hard;
    b.soft = e.soft;
    b.unengaged = e.unengaged;
    return b;
}

qsizetype StatusEngine::indexOf(const QString& address) const {
    return findEntry(address);
}

std::vector<qint32> StatusEngine::alphabeticalOrder() const {
    std::vector<qint32> order(m_entries.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<qint32>(i);
    std::sort(order.begin(), order.end(),
              [this](qint32 a, qint32 b) { return addressUtf8At(a) < addressUtf8At(b); });
    return order;
}

QString StatusEngine::campaignName(qint32 campaign) const {
    return campaign >= 0 && campaign < campaignCount()
               ? m_campaigns[static_cast<size_t>(campaign)].name
               : QString();
}

int StatusEngine::quietDays(qsizetype i) const {
    return quietDaysOf(m_entries[static_cast<size_t>(i)]);
}

int StatusEngine::quietDaysOf(const Entry& e) const {
    if (e.unengaged == 0 || m_newestTrackedMs < e.quietSinceMs)
        return 0;
    return static_cast<int>((m_newestTrackedMs - e.quietSinceMs) / (24 * 3600 * 1000LL));
}

bool StatusEngine::isInactive(qsizetype i, const InactivityRule& rule) const {
    const Entry& e = m_entries[static_cast<size_t>(i)];
    if (e.status != Status::Active || e.unengaged == 0)
        return false;
    return (rule.campaigns > 0 && e.unengaged >= rule.campaigns) ||
           (rule.days > 0 && quietDays(i) >= rule.days);
}

bool StatusEngine::forEachInactive(const InactivityRule& rule,
                                   const std::function<bool(const AddressStatus&)>& visit) const {
    for (qint32 i : alphabeticalOrder())
        if (isInactive(i, rule) && !visit(statusAt(i)))
            return false;
    return true;
}

QList<SenderProblem> StatusEngine::senderProblems() const {
    std::map<std::pair<QString, QString>, SenderProblem> groups;
    for (const Entry& e : m_entries) {
        if (e.senderBlamed == 0)
            continue;
        const auto& [ispId, reasonId] = m_senderKinds[static_cast<size_t>(e.senderKind)];
        const QString& isp = m_strings[ispId];
        const QString& reason = m_strings[reasonId];
        SenderProblem& p = groups[{isp, reason}];
        p.isp = isp;
        p.reason = reason;
        p.failures += e.senderBlamed;
        ++p.addresses;
    }
    QList<SenderProblem> result;
    for (auto& [key, problem] : groups)
        result.append(problem);
    std::stable_sort(
        result.begin(), result.end(),
        [](const SenderProblem& a, const SenderProblem& b) { return a.addresses > b.addresses; });
    return result;
}

std::optional<AddressStatus> StatusEngine::statusOf(const QString& address) const {
    const qsizetype i = findEntry(address);
    if (i < 0)
        return std::nullopt;
    return result(m_entries[static_cast<size_t>(i)]);
}

} // namespace deliverboard
