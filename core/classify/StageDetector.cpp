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
    const QJsonArray commands = file.array(u"commands"_s);
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const QJsonObject object = commands.at(i).toObject();
        const QString where = u"commands[%1]"_s.arg(i);
        CommandStage command;
        command.phrase = file.requireString(object, u"phrase"_s, where);
        const QString stage = file.requireString(object, u"stage"_s, where);
        command.stage = stageFromId(stage);
        if (command.stage == SmtpStage::Unknown)
            file.error(where, u"unknown stage '%1'"_s.arg(stage));
        m_commands.append(command);
    }
}

const StageDetector& StageDetector::standard() {
    static const StageDetector detector = [] {
        QStringList errors;
        StageDetector d(errors);
        d.m_errors = errors;
        return d;
    }();
    [[maybe_unused]] static const bool checked =
        (rules::failOnErrors("stages", detector.loadErrors()), true);
    return detector;
}

SmtpStage StageDetector::ofCommand(QStringView phrase) const {
    phrase = phrase.trimmed();
    if (phrase.startsWith(u"pipelined "_s, Qt::CaseInsensitive))
        phrase = phrase.mid(10);
    for (const CommandStage& command : m_commands) {
        if (phrase.startsWith(command.phrase, Qt::CaseInsensitive))
            return command.stage;
    }
    return SmtpStage::Unknown;
}

SmtpStage StageDetector::detect(const QString& normalizedText) const {
    for (const StageRule& rule : m_rules) {
        if (rule.pattern.match(normalizedText).hasMatch())
            return rule.stage;
    }
    return SmtpStage::Unknown;
}

} // namespace deliverboard
