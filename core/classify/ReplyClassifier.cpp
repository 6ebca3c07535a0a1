#include "ReplyClassifier.h"

#include "EnhancedStatusTable.h"
#include "IspDirectory.h"
#include "ReasonCatalog.h"
#include "ReplyCodeTable.h"
#include "ReplyRule.h"
#include "ReplyText.h"
#include "RuleFile.h"
#include "StageDetector.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace deliverboard {

namespace {
// What the layers of rules decided, before class, stage and blame are settled.
struct Decision {
    QString reason;
    QString ruleId;
    std::optional<DeliveryClass> cls;
    SmtpStage stageHint = SmtpStage::Unknown;
    Blame blame = Blame::Unknown;
    QString helpUrl;
};

Decision fromRule(const ReplyRule& rule) {
    return Decision{rule.reason, rule.id, rule.cls, rule.stage, rule.blame, rule.helpUrl};
}

// The reply code decides; the enhanced code stands in when there is none; the MTA's own
// verdict only when the text carries neither (e.g. "Connection timed out").
ReplyPolarity polarityOf(const QString& code, const QString& enhanced, MtaVerdict verdict) {
    // A DSN that says `Action: failed` is believed over a pseudo status: with a 5.x.x
    // Status the failure is permanent whatever reply code the text quotes, and a bare
    // generic X.0.0 status without any reply code (e.g. Gmail's 4.0.0 for a Null MX
    // domain) is the reporting MTA's placeholder, not a remote server's answer.
    if (verdict == MtaVerdict::Permanent &&
        (enhanced.startsWith(u'5') || (code.isEmpty() && enhanced.endsWith(u".0.0"_s))))
        return ReplyPolarity::Permanent;
    const QChar first = !code.isEmpty()       ? code.at(0)
                        : !enhanced.isEmpty() ? enhanced.at(0)
                                              : QChar();
    if (first == u'2')
        return ReplyPolarity::Accepted;
    if (first == u'4')
        return ReplyPolarity::Temporary;
    if (first == u'5')
        return ReplyPolarity::Permanent;
    switch (verdict) {
    case MtaVerdict::Accepted:
        return ReplyPolarity::Accepted;
    case MtaVerdict::Temporary:
        return ReplyPolarity::Temporary;
    case MtaVerdict::Permanent:
        return ReplyPolarity::Permanent;
    case MtaVerdict::Unknown:
        break;
    }
    return ReplyPolarity::Unknown;
}

// The text without e-mail addresses: an address is never evidence of a reason (a
// recipient `dmarc@...` or `filtered@...` says nothing about why the mail failed). An
// address in <> leaves the brackets, so "RCPT TO:<>..." still names its stage.
QString withoutAddresses(const QString& text) {
    static const QRegularExpression address(
        uR"re([^\s<>()\[\]"',;:]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+)re"_s);
    static const QRegularExpression spaces(uR"re(\s{2,})re"_s);
    if (!text.contains(u'@'))
        return text;
    QString result = text;
    result.replace(address, QString());
    result.replace(spaces, u" "_s);
    return result.trimmed();
}

DeliveryClass settleClass(DeliveryClass meaning, const QString& reason, ReplyPolarity polarity,
                          bool finalReport) {
    // Greylisting is only greylisting while it is temporary; a permanent refusal that
    // mentions it is an ordinary soft failure.
    if (reason == u"greylisted"_s)
        return polarity == ReplyPolarity::Permanent || finalReport ? DeliveryClass::Soft
                                                                   : DeliveryClass::Greylist;
    // A report that the message was given up on after temporary refusals: the reason
    // says what stopped it (an unknown user, a reputation block, a full mailbox).
    if (finalReport && polarity == ReplyPolarity::Temporary)
        return meaning == DeliveryClass::Unknown ? DeliveryClass::Soft : meaning;
    // A temporary refusal never condemns the address by itself, whatever it says; the
    // outcome engine turns repeated ones into a soft bounce.
    if (polarity == ReplyPolarity::Temporary &&
        (meaning == DeliveryClass::Hard || meaning == DeliveryClass::Spam ||
         meaning == DeliveryClass::Unknown))
        return DeliveryClass::Soft;
    return meaning;
}
} // namespace

struct ReplyClassifier::Rules {
    QStringList errors;
    const ReasonCatalog& reasons = ReasonCatalog::standard();
    const IspDirectory& isps = IspDirectory::standard();
    EnhancedStatusTable statuses{errors};
    ReplyCodeTable codes{errors};
    StageDetector stages{errors};
    ReplyRuleSet wording{errors};
    QHash<QString, QList<const ReplyRule*>> byIsp;
    QList<const ReplyRule*> strongGeneric; // wording that beats a specific status code
    QList<const ReplyRule*> plainGeneric;

    Decision decide(const ReplyText& reply, const QString& code, const QString& enhanced,
                    const QString& ispId, SmtpStage stage, ReplyPolarity polarity,
                    const QString& domain) const;
    void validateReasons();
};

Decision ReplyClassifier::Rules::decide(const ReplyText& reply, const QString& code,
                                        const QString& enhanced, const QString& ispId,
                                        SmtpStage stage, ReplyPolarity polarity,
                                        const QString& domain) const {
    if (polarity == ReplyPolarity::Accepted)
        return Decision{u"delivered"_s, u"reply.accepted"_s, DeliveryClass::Delivered, {}, {}, {}};

    // Precedence: specific ISP rule > enhanced status code > generic wording > reply code.
    for (const ReplyRule* rule : byIsp.value(ispId)) {
        if (rule->applies(reply.normalized, code, enhanced, stage, polarity))
            return fromRule(*rule);
    }
    for (const ReplyRule* rule : strongGeneric) {
        if (rule->appliesToDomain(domain) &&
            rule->applies(reply.normalized, code, enhanced, stage, polarity))
            return fromRule(*rule);
    }
    const EnhancedStatus* status = enhanced.isEmpty() ? nullptr : statuses.find(enhanced);
    const auto fromStatus = [&] {
        return Decision{status->reason, u"esc."_s + enhanced, {}, {}, status->blame, {}};
    };
    if (status && status->strength == StatusStrength::Specific)
        return fromStatus();
    for (const ReplyRule* rule : plainGeneric) {
        if (rule->appliesToDomain(domain) &&
            rule->applies(reply.normalized, code, enhanced, stage, polarity))
            return fromRule(*rule);
    }
    if (status && status->strength == StatusStrength::General)
        return fromStatus();
    if (const ReplyCodeDefault* codeDefault = codes.find(code)) {
        const bool byStage = codeDefault->reasonByStage.contains(stage);
        return Decision{codes.reasonFor(code, stage),
                        u"code."_s + codeDefault->code +
                            (byStage ? u"@"_s + stageId(stage) : QString()),
                        {},
                        {},
                        {},
                        {}};
    }
    if (status)
        return fromStatus();
    return Decision{u"undefined"_s, u"fallback.undefined"_s, {}, {}, {}, {}};
}

void ReplyClassifier::Rules::validateReasons() {
    for (const ReplyRule* rule : wording.allRules()) {
        if (!reasons.contains(rule->reason))
            errors.append(
                u"rule '%1': reason '%2' is not in reasons.json"_s.arg(rule->id, rule->reason));
        if (!rule->ispId.isEmpty() && isps.byId(rule->ispId).id != rule->ispId)
            errors.append(u"rule '%1': ISP '%2' is not in isps.json"_s.arg(rule->id, rule->ispId));
    }
    for (const QString& reason : statuses.reasons() + codes.reasons()) {
        if (!reasons.contains(reason))
            errors.append(
                u"enhanced_status.json/reply_codes.json: reason '%1' is not in reasons.json"_s.arg(
                    reason));
    }
}

ReplyClassifier::ReplyClassifier()
    : m_rules(std::make_unique<Rules>()) {
    for (const ReplyRule* rule : m_rules->wording.allRules()) {
        if (!rule->ispId.isEmpty())
            m_rules->byIsp[rule->ispId].append(rule);
        else
            (rule->beatsSpecificStatus ? m_rules->strongGeneric : m_rules->plainGeneric)
                .append(rule);
    }
    m_rules->validateReasons();
}

ReplyClassifier::~ReplyClassifier() = default;

const ReplyClassifier& ReplyClassifier::standard() {
    static const ReplyClassifier classifier;
    [[maybe_unused]] static const bool checked =
        (rules::failOnErrors("classification", classifier.loadErrors()), true);
    return classifier;
}

Classification ReplyClassifier::classify(const ReplyInput& input) const {
    const Rules& rules = *m_rules;
    const ReplyText reply = parseReplyText(input.text);
    ReplyText evidence = reply; // what the rules read: the reply without any address
    evidence.normalized = withoutAddresses(reply.normalized);

    Classification result;
    result.code = input.code.isEmpty() ? reply.code : input.code;
    result.enhanced = input.enhanced.isEmpty() ? reply.enhanced : input.enhanced;

    const IspInfo* isp = &rules.isps.identify(input.recipient, input.relayHost);
    if (isp->id == u"other"_s) {
        if (const IspInfo* fromText = rules.isps.identifyFromText(reply.normalized))
            isp = fromText;
    }
    result.ispId = isp->id;

    const ReplyPolarity polarity = polarityOf(result.code, result.enhanced, input.verdict);
    const SmtpStage textStage =
        input.stage != SmtpStage::Unknown ? input.stage : rules.stages.detect(evidence.normalized);
    Decision decision =
        rules.decide(evidence, result.code, result.enhanced, result.ispId, textStage, polarity,
                     input.recipient.section(u'@', -1).toLower());
    // A permanent refusal of the greeting (Postfix "host X refused to talk to me: 5xx",
    // Exim "after initial connection: 5xx") comes before MAIL FROM and RCPT TO: RFC 5321
    // section 3.1 lets a server answer a connection with 554 instead of 220, and section
    // 4.3.2 lists 554 as the error reply to connection establishment. No mailbox is in
    // question yet, so a reading about the recipient's mailbox or domain ("550 Too many
    // invalid recipients" counts our earlier recipients) cannot be the reason: the server
    // refuses the connecting client. Wording about the sender's side (PTR, block lists,
    // connection counts) keeps its own reason.
    if (textStage == SmtpStage::Greeting && polarity == ReplyPolarity::Permanent &&
        (decision.reason == u"undefined"_s ||
         rules.reasons.info(decision.reason, u"en"_s).blame == Blame::Recipient))
        decision = Decision{u"blocked"_s,        u"stage.greeting.refused"_s,
                            DeliveryClass::Spam, {},
                            Blame::Sender,       decision.helpUrl};

    const ReasonInfo reason = rules.reasons.info(decision.reason, u"en"_s);
    result.reason = decision.reason;
    result.ruleId = decision.ruleId;
    result.cls = settleClass(decision.cls.value_or(reason.defaultClass), decision.reason, polarity,
                             input.finalReport);
    result.stage = textStage != SmtpStage::Unknown ? textStage : decision.stageHint;
    result.blame = decision.blame != Blame::Unknown ? decision.blame : reason.blame;
    if (result.cls == DeliveryClass::Delivered)
        result.blame = Blame::Unknown;
    result.helpUrl = decision.helpUrl;
    if (result.helpUrl.isEmpty())
        result.helpUrl = rules.isps.helpUrlInText(result.ispId, reply.normalized);
    if (result.helpUrl.isEmpty())
        result.helpUrl = rules.isps.helpUrlFor(result.ispId, result.code, result.enhanced);
    return result;
}

QString ReplyClassifier::enhancedMeaning(const QString& enhanced) const {
    const EnhancedStatus* status = m_rules->statuses.find(enhanced);
    if (!status)
        return {};
    const QString classMeaning = m_rules->statuses.classMeaning(enhanced.at(0));
    return classMeaning.isEmpty() ? status->meaning : classMeaning + u": "_s + status->meaning;
}

QString ReplyClassifier::replyCodeMeaning(const QString& code) const {
    const ReplyCodeDefault* entry = m_rules->codes.find(code);
    return entry ? entry->meaning : QString();
}

QString ReplyClassifier::ruleDescription(const QString& ruleId) const {
    if (ruleId.startsWith(u"esc."_s))
        return u"enhanced status code %1 (%2)"_s.arg(ruleId.mid(4), enhancedMeaning(ruleId.mid(4)));
    if (ruleId.startsWith(u"code."_s)) {
        const QString code = ruleId.mid(5).section(u'@', 0, 0);
        return u"reply code default %1 (%2)"_s.arg(ruleId.mid(5), replyCodeMeaning(code));
    }
    if (ruleId == u"reply.accepted"_s)
        return u"the server accepted the message (2xx)"_s;
    if (ruleId == u"fallback.undefined"_s)
        return u"no rule matched"_s;
    if (ruleId == u"stage.greeting.refused"_s)
        return u"a permanent refusal of the greeting refuses the connecting client, not a mailbox (RFC 5321 3.1, 4.3.2)"_s;
    for (const ReplyRule* rule : m_rules->wording.allRules()) {
        if (rule->id == ruleId)
            return (rule->ispId.isEmpty() ? u"wording rule /%1/"_s
                                          : u"ISP rule ("_s + rule->ispId + u") /%1/"_s)
                .arg(rule->pattern.pattern());
    }
    return {};
}

QStringList ReplyClassifier::reasonsUsed() const {
    QStringList result = m_rules->statuses.reasons() + m_rules->codes.reasons();
    for (const ReplyRule* rule : m_rules->wording.allRules())
        result.append(rule->reason);
    result.append(u"delivered"_s);
    result.append(u"undefined"_s);
    result.removeDuplicates();
    result.sort();
    return result;
}

const QStringList& ReplyClassifier::loadErrors() const {
    return m_rules->errors;
}

} // namespace deliverboard
