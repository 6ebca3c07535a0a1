#pragma once

#include "model/DeliveryClass.h"
#include "model/SmtpStage.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace deliverboard {

// Whether the reply was a temporary (4xx) or permanent (5xx) refusal, or an acceptance.
enum class ReplyPolarity { Unknown, Accepted, Temporary, Permanent };

// One wording rule: a case-insensitive pattern over the normalised reply text and what a
// match means. ISP rules carry the ISP they belong to; generic rules have none.
struct ReplyRule {
    QString id;
    QString ispId; // empty for generic wording rules
    QRegularExpression pattern;
    QString reason;
    std::optional<DeliveryClass> cls;               // otherwise the reason's default class
    SmtpStage stage = SmtpStage::Unknown;           // a hint used when the text names no stage
    Blame blame = Blame::Unknown;                   // Unknown: the reason's own blame
    ReplyPolarity onlyFor = ReplyPolarity::Unknown; // Unknown: any reply
    QStringList codePrefixes;                       // e.g. "55", "421"; empty: any code
    QStringList enhancedPrefixes;                   // e.g. "5.2.", "5.7.1"; empty: any status
    QStringList exceptEnhanced;                     // never with a status starting so
    QList<SmtpStage> stages;                        // only at these SMTP stages; empty: any
    QStringList domains; // only for recipients at these domains (and subdomains): one receiving
                         // system's own wording
    bool beatsSpecificStatus = false;               // wording that is more precise than any ESC
    QString helpUrl;                                // a page about exactly this rule's code

    bool applies(const QString& normalizedText, const QString& code, const QString& enhanced,
                 SmtpStage stage, ReplyPolarity polarity) const;
    // Whether the rule is for a recipient at `domain` (always, when it names no domains).
    bool appliesToDomain(const QString& domain) const;
};

// All wording rules: generic ones from resources/rules/wording-*.json and per-ISP ones
// from resources/rules/isp-*.json, each list in file order (first match wins).
class ReplyRuleSet {
public:
    explicit ReplyRuleSet(QStringList& errors);

    const QList<ReplyRule>& genericRules() const { return m_generic; }
    QList<const ReplyRule*> rulesOf(const QString& ispId) const;
    QList<const ReplyRule*> allRules() const;

private:
    void load(const QString& fileName, bool ispFile, QStringList& errors);

    QList<ReplyRule> m_generic;
    QList<ReplyRule> m_isp;
};

} // namespace deliverboard
