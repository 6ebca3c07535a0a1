#pragma once

#include "AddressIndex.h"
#include "InactivityRule.h"
#include "StatusPreset.h"

#include "model/Outcome.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace deliverboard {

// What one campaign says about one address: its section-3 outcome (as of the campaign's
// own "as of"), with the reply that decided it. Its texts are ids of the engine's string
// table (StatusEngine::intern()): a million rows per campaign then cost no allocation and
// no reference count.
struct RecipientOutcome {
    Outcome outcome = Outcome::InProgress;
    qint64 atMs = 0; // the delivery's last attempt
    quint32 isp = 0; // intern() ids; 0: empty
    quint32 code = 0;
    quint32 enhanced = 0;
    quint32 reason = 0;
    quint32 blame = 0; // blameId(): recipient, sender, infrastructure, unknown
};

// An address's status in one campaign's audience (recipients.csv).
enum class AudienceMark : quint8 { None, Active, Error, OptOut };

// A manual action on an address (contract section 7), stored with its time.
struct StatusAction {
    enum class Kind { Reactivate, Suppress };
    Kind kind = Kind::Reactivate;
    QString address;
    QString note;
    qint64 atMs = 0;
};

// The derived status of one address (`status --json`).
struct AddressStatus {
    QString address;
    QString status;      // active, error, opt_out
    QDateTime since;     // invalid: null
    QString campaign;    // empty: null
    QString rule;        // the preset rule that set the status
    QString explanation; // one sentence, in the current UI language
    int hard = 0;
    int soft = 0;
    int softConsecutive = 0;
    QString isp;                // of the newest outcome
    QString lastCampaign;       // the newest campaign the address was in; empty: none
    int unengagedCampaigns = 0; // delivered to in a row without an open or click (tracked ones)
    int quietDays = 0;          // days since the first of those campaigns (quietDays())
};

// Failures the preset's ignore_sender_blamed kept from counting against addresses: the
// sender's own problem (blocklisted IP, authentication, rate limits) at one ISP, for one
// reason.
struct SenderProblem {
    QString isp;
    QString reason;
    qint64 failures = 0;  // outcomes (one per address and campaign)
    qint64 addresses = 0; // distinct addresses affected
};

// What a table of a million addresses needs per row without building the explanation.
enum class AddressState : quint8 { Active, Error, OptOut };
struct AddressBrief {
    AddressState status = AddressState::Active;
    qint64 sinceMs = 0; // 0 with status Active and no rule: never changed
    QString isp;        // shared, not copied
    QString reason;     // the reason id behind an error, else empty
    QString rule;
    qint32 lastCampaign = -1; // campaignName(); -1: none
    qint32 hard = 0, soft = 0, unengaged = 0;
};

// Folds every address's history, campaign by campaign in send order, into its status
// under one preset (contract section 7). It knows no SQL: StatusStore feeds it. Memory is
// one small struct per address; time is linear in the rows fed.
//
// Feeding order: beginCampaign(), then any of the add*() calls for that campaign in any
// order, then endCampaign(); manual actions between campaigns, in time order.
class StatusEngine {
public:
    explicit StatusEngine(StatusPreset preset);

    const StatusPreset& preset() const { return m_preset; }

    // Shared texts of the outcome rows (ISP, codes, reason, blame): 0 for an empty text.
    quint32 intern(const QString& text);
    const QString& text(quint32 id) const { return m_strings[id]; }

    // The store's address ids (its addresses table), before the first campaign: rows then
    // name their address by id, which costs an array index instead of hashing and comparing
    // text. Each address gets its entry now, so define them in alphabetical order (byte
    // order, as SQLite's BINARY collation): the audience and the events are read in that
    // order, and walk the entries forward instead of at random (at a million addresses
    // nearly every random step misses the cache). Ids absurdly large are ignored (their
    // rows fall back to entryForAddress()).
    void defineAddress(qint64 id, QByteArrayView address);
    // Room for ids up to `maxId` (the addresses table's largest), so that defining a
    // million addresses does not grow the arrays by doubling (up to twice the memory).
    void reserveAddresses(qint64 maxId);

    // The entry a row is about, made on first use: by a defined id (-1 for an id never
    // defined), or by the address itself (UTF-8 in lower case, as stored; copied when kept).
    // One address has one entry whichever way it is named.
    qint32 entryForId(qint64 addressId);
    qint32 entryForAddress(QByteArrayView address);
    // Hints for a reader that feeds rows in batches: the memory entryForId() and the add*()
    // calls will touch is requested for a whole batch before the first row needs it, so
    // that the cache misses of a million random addresses overlap instead of queueing.
    void prefetchId(qint64 addressId) const {
        if (addressId >= 0 && addressId < static_cast<qint64>(m_entryOfId.size()))
            prefetch(&m_entryOfId[static_cast<size_t>(addressId)]);
    }
    void prefetchEntry(qint32 entry) const {
        if (entry >= 0 && entry < static_cast<qint32>(m_pending.size()))
            prefetch(&m_pending[static_cast<size_t>(entry)]);
    }

    // `timeMs`: the campaign's first send (or its newest log line), used as the time of
    // what carries no time of its own (audience statuses).
    void beginCampaign(const QString& name, qint64 timeMs);
    void addOutcome(qint32 entry, const RecipientOutcome& outcome);
    void addComplaint(qint32 entry, qint64 atMs);
    void addUnsubscribe(qint32 entry, qint64 atMs);
    void addAudienceStatus(qint32 entry, AudienceMark status);
    // Engagement (an open or click) in the current campaign. Only campaigns marked as
    // tracking engagement (they have any open or click at all) count towards inactivity:
    // a campaign without events.csv says nothing about who read it.
    void markEngagementTracked();
    bool tracksEngagement() const {
        return !m_campaigns.empty() && m_campaigns.back().tracksEngagement;
    }
    void addEngagement(qint32 entry);
    void endCampaign();
    void applyAction(const StatusAction& action);
    // After the last campaign and action: drops the entries of defined addresses that no
    // row named (addresses of removed campaigns), and gives back what only feeding needs
    // (the contributions and the id arrays, about 80 bytes per address), so that two
    // evaluations side by side (a preview) hold less. Feeding by id afterwards finds no
    // entry; by text it still works.
    void finish();

    qsizetype addressCount() const { return static_cast<qsizetype>(m_entries.size()); }
    // Every address in alphabetical order; false if `visit` stopped.
    // `suppressedOnly`: only `error` and `opt_out` addresses (the suppression list).
    bool forEach(const std::function<bool(const AddressStatus&)>& visit,
                 bool suppressedOnly = false) const;
    std::optional<AddressStatus> statusOf(const QString& address) const;

    // Index access for views and comparisons: 0 <= i < addressCount(), in feeding order.
    // Two engines fed from the same store have the same addresses at the same indexes.
    AddressStatus statusAt(qsizetype i) const;
    AddressBrief briefAt(qsizetype i) const;
    QString addressAt(qsizetype i) const;
    // Without copies, for filtering a million rows.
    QByteArrayView addressUtf8At(qsizetype i) const {
        return addressOf(m_entries[static_cast<size_t>(i)]);
    }
    AddressState stateAt(qsizetype i) const { return m_entries[static_cast<size_t>(i)].status; }
    const QString& ispAt(qsizetype i) const {
        return m_strings[m_entries[static_cast<size_t>(i)].isp];
    }
    qsizetype indexOf(const QString& address) const; // -1: not seen
    std::vector<qint32> alphabeticalOrder() const;
    QString campaignName(qint32 campaign) const;
    qint32 campaignCount() const { return static_cast<qint32>(m_campaigns.size()); }

    // Active addresses delivered to in `rule.campaigns` tracked campaigns in a row without an
    // open or click, or for `rule.days` (InactivityRule): suggestions for a re-engagement or
    // sunset list, never moved by the engine.
    bool isInactive(qsizetype i, const InactivityRule& rule) const;
    bool forEachInactive(const InactivityRule& rule,
                         const std::function<bool(const AddressStatus&)>& visit) const;
    // The days an address has gone without an open or click, as the rule counts them
    // (0 when it engaged in its newest tracked delivery, or was never delivered to).
    int quietDays(qsizetype i) const;
    // With ignore_sender_blamed: by ISP and reason, most addresses first.
    QList<SenderProblem> senderProblems() const;

private:
    using Status = AddressState;
    enum class Rule : quint8 {
        None,
        Hard,
        HardMajor,
        HardOther,
        Soft,
        Complaint,
        Unsubscribe,
        AudienceError,
        AudienceOptOut,
        Delivered,
        ManualReactivate,
        ManualSuppress
    };
    // Why the status was set: kept only for addresses that are not plainly active.
    struct Decision {
        QString code, enhanced, reason, isp, note;
        bool spam = false;
        int ordinal = 0;                // the nth bounce that reached the threshold
        std::vector<quint16> campaigns; // the campaigns whose outcomes counted
    };
    // What the current campaign says about an entry, until endCampaign(). Kept apart from
    // the entries, one per entry, so that feeding a row writes one cache line: rows come in
    // the order of the report's index (by ISP), not of the entries, and at a million
    // addresses every row would otherwise miss the cache on the entry's lines.
    struct Pending {
        bool touched = false; // fed in the current campaign (listed in m_touched)
        RecipientOutcome outcome;
        qint64 complaintAtMs = -1;
        qint64 unsubscribeAtMs = -1;
        bool hasOutcome = false;
        bool engaged = false;
        AudienceMark audience = AudienceMark::None;
    };
    struct Entry {
        size_t textOffset = 0; // the address: UTF-8 in m_text, compared with memcmp
        quint32 textLength = 0;
        quint32 hash = 0; // AddressIndex::hashOf(address)
        qint64 sinceMs = 0;
        qint32 campaign = -1;                           // index into m_campaigns; -1: none
        qint32 decision = -1;                           // index into m_decisions
        qint32 hard = 0, soft = 0, softConsecutive = 0; // contract counts
        qint32 presetHard = 0, presetSoft = 0;          // the preset's counters
        Status status = Status::Active;
        Rule rule = Rule::None;
        quint32 isp = 0;                                   // of the newest outcome: m_strings
        std::vector<quint16> hardCampaigns, softCampaigns; // since last made active
        qint32 lastCampaign = -1;
        qint32 unengaged = 0;
        qint64 quietSinceMs = 0; // the first campaign of the unengaged row
        qint32 senderBlamed = 0; // failures not counted (ignore_sender_blamed)
        qint32 senderKind = -1;  // (ISP, reason) of the newest such failure: m_senderKinds
        bool fed = false;        // named by a row or an action (else dropped by finish())
    };
    struct Campaign {
        QString name;
        qint64 timeMs = 0;
        bool tracksEngagement = false;
    };

    static void prefetch(const void* address) {
#if defined(__GNUC__)
        __builtin_prefetch(address);
#else
        Q_UNUSED(address);
#endif
    }
    QByteArrayView addressOf(const Entry& e) const {
        return QByteArrayView(m_text.data() + e.textOffset, e.textLength);
    }
    qint32 newEntry(size_t textOffset, quint32 textLength, quint32 hash);
    qsizetype findEntry(QByteArrayView address, quint32 hash) const; // -1: not seen
    qsizetype findEntry(const QString& address) const;
    Pending& pending(qint32 entry);
    void apply(Entry& e, const Pending& p, int campaign);
    void applyOutcome(Entry& e, const RecipientOutcome& o, int campaign);
    void makeActive(Entry& e, Rule rule, qint64 atMs, int campaign);
    void setStatus(Entry& e, Status status, Rule rule, qint64 atMs, int campaign,
                   Decision decision);
    AddressStatus result(const Entry& e) const;
    int quietDaysOf(const Entry& e) const;
    QString explanation(const Entry& e) const;
    QString campaignList(const std::vector<quint16>& campaigns) const;
    static QString ruleId(Rule rule);

    StatusPreset m_preset;
    std::vector<Entry> m_entries;
    AddressIndex m_index;
    std::vector<char> m_text; // every address's UTF-8, back to back
    // The entry of each defined id (-1: none).
    std::vector<qint32> m_entryOfId;
    // The string table of intern(): texts, whether each is a major ISP of the preset.
    std::vector<QString> m_strings;
    std::vector<bool> m_majorIsp;
    QHash<QString, quint32> m_stringIds;
    quint32 m_senderBlame = 0; // intern("sender")
    std::vector<Decision> m_decisions;
    // The few (ISP, reason) pairs of sender-blamed failures, shared by every address.
    std::vector<std::pair<quint32, quint32>> m_senderKinds;
    std::vector<Campaign> m_campaigns;
    qint64 m_newestTrackedMs = 0; // the newest campaign with engagement: "today" for days
    // By entry: the current campaign's contributions; the entries it fed, first seen first.
    std::vector<Pending> m_pending;
    std::vector<qint32> m_touched;
};

} // namespace deliverboard
