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
// own "as of"), with the reply that decided it.
struct RecipientOutcome {
    Outcome outcome = Outcome::InProgress;
    qint64 atMs = 0; // the delivery's last attempt
    QString isp;
    QString code;
    QString enhanced;
    QString reason;
    QString blame; // blameId(): recipient, sender, infrastructure, unknown
};

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

    // `timeMs`: the campaign's first send (or its newest log line), used as the time of
    // what carries no time of its own (audience statuses).
    void beginCampaign(const QString& name, qint64 timeMs);
    // Addresses are UTF-8 in lower case, as stored; they may wrap a reader's buffer
    // (QByteArray::fromRawData): they are copied when kept.
    void addOutcome(const QByteArray& address, RecipientOutcome outcome);
    void addComplaint(const QByteArray& address, qint64 atMs);
    void addUnsubscribe(const QByteArray& address, qint64 atMs);
    void addAudienceStatus(const QByteArray& address,
                           const QString& status); // Active, Error, Opt-out
    // Engagement (an open or click) in the current campaign. Only campaigns marked as
    // tracking engagement (they have any open or click at all) count towards inactivity:
    // a campaign without events.csv says nothing about who read it.
    void markEngagementTracked();
    void addEngagement(const QByteArray& address);
    void endCampaign();
    void applyAction(const StatusAction& action);

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
    const QByteArray& addressUtf8At(qsizetype i) const {
        return m_entries[static_cast<size_t>(i)].address;
    }
    AddressState stateAt(qsizetype i) const { return m_entries[static_cast<size_t>(i)].status; }
    const QString& ispAt(qsizetype i) const { return m_entries[static_cast<size_t>(i)].isp; }
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
    struct Entry {
        QByteArray address; // UTF-8: half the memory of a QString, compared with memcmp
        quint32 hash = 0;   // AddressIndex::hashOf(address)
        qint64 sinceMs = 0;
        qint32 campaign = -1;                           // index into m_campaigns; -1: none
        qint32 decision = -1;                           // index into m_decisions
        qint32 hard = 0, soft = 0, softConsecutive = 0; // contract counts
        qint32 presetHard = 0, presetSoft = 0;          // the preset's counters
        Status status = Status::Active;
        Rule rule = Rule::None;
        QString isp;
        std::vector<quint16> hardCampaigns, softCampaigns; // since last made active
        qint32 pendingSlot = -1; // index into m_pending while the current campaign is fed
        qint32 lastCampaign = -1;
        qint32 unengaged = 0;
        qint64 quietSinceMs = 0; // the first campaign of the unengaged row
        qint32 senderBlamed = 0; // failures not counted (ignore_sender_blamed)
        qint32 senderKind = -1;  // (ISP, reason) of the newest such failure: m_senderKinds
    };
    struct Pending {
        bool hasOutcome = false;
        RecipientOutcome outcome;
        qint64 complaintAtMs = -1;
        qint64 unsubscribeAtMs = -1;
        QString audience;
        bool engaged = false;
    };
    struct Campaign {
        QString name;
        qint64 timeMs = 0;
        bool tracksEngagement = false;
    };

    qint32 entryIndex(const QByteArray& address);
    qsizetype findEntry(const QString& address) const; // -1: not seen
    Pending& pending(const QByteArray& address);
    void apply(Entry& e, const Pending& p, int campaign);
    void applyOutcome(Entry& e, const RecipientOutcome& o, int campaign);
    void makeActive(Entry& e, Rule rule, qint64 atMs, int campaign);
    void setStatus(Entry& e, Status status, Rule rule, qint64 atMs, int campaign,
                   Decision decision);
    AddressStatus result(const Entry& e) const;
    QString explanation(const Entry& e) const;
    QString campaignList(const std::vector<quint16>& campaigns) const;
    static QString ruleId(Rule rule);

    StatusPreset m_preset;
    std::vector<Entry> m_entries;
    AddressIndex m_index;
    size_t m_guess = 0; // the entry after the one looked up last
    std::vector<Decision> m_decisions;
    // The few (ISP, reason) pairs of sender-blamed failures, shared by every address.
    std::vector<std::pair<QString, QString>> m_senderKinds;
    std::vector<Campaign> m_campaigns;
    qint64 m_newestTrackedMs = 0; // the newest campaign with engagement: "today" for days
    // The current campaign's contributions: (entry, what it says), in the order first seen.
    std::vector<std::pair<qint32, Pending>> m_pending;
};

} // namespace deliverboard
