#include "StageDetector.h"

#include "RuleFile.h"

using namespace Qt::StringLiterals;

namespace deliverboard {

StageDetector::StageDetector(QStringList& errors) {
    rules::RuleFile file(u"stages.json"_s, errors);
    const QJsonArray rules = file.array(u"rules"_s);
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject object = rules.at(i).toObject();
        StageRule rule;
        rule.id = object.value(u"id"_s).toString();
        const QString where = u"rules[%1] '%2'"_s.arg(i).arg(rule.id);
        file.requireString(object, u"id"_s, where);
        rule.pattern = file.compilePattern(file.requireString(object, u"pattern"_s, where), where);
        const QString stage = file.requireString(object, u"stage"_s, where);
        rule.stage = stageFromId(stage);
        if (rule.stage == SmtpStage::Unknown)
            file.error(where, u"unknown stage '%1'"_s.arg(stage));
        m_rules.append(rule);
    }
}

SmtpStage StageDetector::detect(const QString& normalizedText) const {
    for (const StageRule& rule : m_rules) {
        if (rule.pattern.match(normalizedText).hasMatch())
            return rule.stage;
    }
    return SmtpStage::Unknown;
}

} // namespace deliverboard
