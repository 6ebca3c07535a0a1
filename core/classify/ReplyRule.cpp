#include "ReplyRule.h"

#include "RuleFile.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace deliverboard {

bool ReplyRule::applies(const QString& normalizedText, const QString& code,
                        const QString& enhanced, SmtpStage stage, ReplyPolarity polarity) const {
    if (onlyFor != ReplyPolarity::Unknown && onlyFor != polarity)
        return false;
    if (!stages.isEmpty() && !stages.contains(stage))
        return false;
    for (const QString& prefix : exceptEnhanced) {
        if (enhanced.startsWith(prefix))
            return false;
    }
    if (!enhancedPrefixes.isEmpty()) {
        bool statusMatches = false;
        for (const QString& prefix : enhancedPrefixes)
            statusMatches = statusMatches || enhanced.startsWith(prefix);
        if (!statusMatches)
            return false;
    }
    if (!codePrefixes.isEmpty()) {
        bool codeMatches = false;
        for (const QString& prefix : codePrefixes)
            codeMatches = codeMatches || code.startsWith(prefix);
        if (!codeMatches)
            return false;
    }
    return pattern.match(normalizedText).hasMatch();
}

ReplyRuleSet::ReplyRuleSet(QStringList& errors) {
    for (const QString& name : rules::ruleFilesWithPrefix(u"wording-"_s))
        load(name, false, errors);
    for (const QString& name : rules::ruleFilesWithPrefix(u"isp-"_s))
        load(name, true, errors);
    QSet<QString> ids;
    for (const ReplyRule* rule : allRules()) {
        if (ids.contains(rule->id))
            errors.append(u"rule id '%1' is used twice"_s.arg(rule->id));
        ids.insert(rule->id);
    }
}

void ReplyRuleSet::load(const QString& fileName, bool ispFile, QStringList& errors) {
    rules::RuleFile file(fileName, errors);
    const QString ispId = ispFile ? file.requireString(file.root(), u"isp"_s, {}) : QString();
    const QJsonArray rules = file.array(u"rules"_s);
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject object = rules.at(i).toObject();
        ReplyRule rule;
        rule.ispId = ispId;
        rule.id = object.value(u"id"_s).toString();
        const QString where = u"rules[%1] '%2'"_s.arg(i).arg(rule.id);
        file.requireString(object, u"id"_s, where);
        rule.pattern = file.compilePattern(file.requireString(object, u"pattern"_s, where), where);
        rule.reason = file.requireString(object, u"reason"_s, where);
        if (object.contains(u"class"_s)) {
            const QString cls = object.value(u"class"_s).toString();
            rule.cls = classFromId(cls);
            if (*rule.cls == DeliveryClass::Unknown && cls != u"unknown"_s)
                file.error(where, u"unknown class '%1'"_s.arg(cls));
        }
        if (object.contains(u"stage"_s)) {
            rule.stage = stageFromId(object.value(u"stage"_s).toString());
            if (rule.stage == SmtpStage::Unknown)
                file.error(where, u"unknown stage"_s);
        }
        if (object.contains(u"blame"_s)) {
            rule.blame = blameFromId(object.value(u"blame"_s).toString());
            if (rule.blame == Blame::Unknown)
                file.error(where, u"unknown blame"_s);
        }
        const QString when = object.value(u"when"_s).toString(u"any"_s);
        if (when == u"temporary"_s)
            rule.onlyFor = ReplyPolarity::Temporary;
        else if (when == u"permanent"_s)
            rule.onlyFor = ReplyPolarity::Permanent;
        else if (when != u"any"_s)
            file.error(where, u"'when' must be temporary, permanent or any"_s);
        for (const QJsonValue& value : object.value(u"codes"_s).toArray())
            rule.codePrefixes.append(value.toString());
        for (const QJsonValue& value : object.value(u"enhanced"_s).toArray())
            rule.enhancedPrefixes.append(value.toString());
        for (const QJsonValue& value : object.value(u"exceptEnhanced"_s).toArray())
            rule.exceptEnhanced.append(value.toString());
        for (const QJsonValue& value : object.value(u"stages"_s).toArray()) {
            const SmtpStage stage = stageFromId(value.toString());
            if (stage == SmtpStage::Unknown)
                file.error(where, u"unknown stage '%1' in 'stages'"_s.arg(value.toString()));
            else
                rule.stages.append(stage);
        }
        for (const QJsonValue& value : object.value(u"domains"_s).toArray())
            rule.domains.append(value.toString().toLower());
        rule.beatsSpecificStatus = object.value(u"beatsStatus"_s).toBool(false);
        rule.helpUrl = object.value(u"help"_s).toString();
        (ispFile ? m_isp : m_generic).append(rule);
    }
}

bool ReplyRule::appliesToDomain(const QString& domain) const {
    if (domains.isEmpty())
        return true;
    for (const QString& d : domains)
        if (domain == d || domain.endsWith(u'.' + d))
            return true;
    return false;
}

QList<const ReplyRule*> ReplyRuleSet::rulesOf(const QString& ispId) const {
    QList<const ReplyRule*> result;
    for (const ReplyRule& rule : m_isp) {
        if (rule.ispId == ispId)
            result.append(&rule);
    }
    return result;
}

QList<const ReplyRule*> ReplyRuleSet::allRules() const {
    QList<const ReplyRule*> result;
    for (const ReplyRule& rule : m_isp)
        result.append(&rule);
    for (const ReplyRule& rule : m_generic)
        result.append(&rule);
    return result;
}

} // namespace deliverboard
