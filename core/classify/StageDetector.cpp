#include "StageDetector.h"

#include "RuleFile.h"

using namespace Qt::StringLiterals;

namespace deliverboard {

StageDetector::StageDetector(QStringList& errors) {
    const rules::RuleFile file(u"stages.json"_s, errors);
    load(file);
}

StageDetector::StageDetector(const QString& fileName, const QByteArray& content,
                             QStringList& errors) {
    const rules::RuleFile file(fileName, content, errors);
    load(file);
}

void StageDetector::load(const rules::RuleFile& file) {
    const auto stageOf = [&file](const QJsonObject& object, const QString& where) {
        const QString id = file.requireString(object, u"stage"_s, where);
        const SmtpStage stage = stageFromId(id);
        if (!id.isEmpty() && stage == SmtpStage::Unknown)
            file.error(where, u"unknown stage '%1'"_s.arg(id));
        return stage;
    };

    const QJsonArray rules = file.array(u"rules"_s);
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject object = rules.at(i).toObject();
        StageRule rule;
        rule.id = object.value(u"id"_s).toString();
        const QString where = u"rules[%1] '%2'"_s.arg(i).arg(rule.id);
        file.requireString(object, u"id"_s, where);
        rule.pattern = file.compilePattern(file.requireString(object, u"pattern"_s, where), where);
        rule.stage = stageOf(object, where);
        m_rules.append(rule);
    }

    const QJsonArray commands = file.array(u"commands"_s);
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const QJsonObject object = commands.at(i).toObject();
        const QString where = u"commands[%1]"_s.arg(i);
        CommandStage command;
        command.phrase = file.requireString(object, u"phrase"_s, where);
        command.stage = stageOf(object, where);
        m_commands.append(command);
    }

    // A marker captures the command it names; the command table gives the stage, so a
    // marker whose command the table does not know is an error in the file.
    const QJsonArray markers = file.array(u"markers"_s);
    for (qsizetype i = 0; i < markers.size(); ++i) {
        const QJsonObject object = markers.at(i).toObject();
        Marker marker;
        marker.id = object.value(u"id"_s).toString();
        const QString where = u"markers[%1] '%2'"_s.arg(i).arg(marker.id);
        file.requireString(object, u"id"_s, where);
        marker.pattern =
            file.compilePattern(file.requireString(object, u"pattern"_s, where), where);
        if (marker.pattern.isValid() && !marker.pattern.pattern().isEmpty() &&
            !marker.pattern.namedCaptureGroups().contains(u"command"_s))
            file.error(where, u"the pattern has no named group 'command'"_s);
        const QJsonArray examples = object.value(u"examples"_s).toArray();
        if (examples.isEmpty())
            file.error(where, u"'examples' is missing or empty"_s);
        for (const QJsonValue& example : examples) {
            const QRegularExpressionMatch m = marker.pattern.match(example.toString());
            if (!m.hasMatch() || ofCommand(m.captured(u"command"_s)) == SmtpStage::Unknown)
                file.error(where, u"example '%1' names no command of 'commands'"_s.arg(
                                      example.toString()));
        }
        m_markers.append(marker);
    }
    combinePatterns();
}

namespace {
// The same pattern with every named group made non-capturing: the joined prefilter only
// asks whether anything matches, and several markers naming their group "command" would
// otherwise clash (PCRE's (?J) allows that, but Qt warns on every such pattern). Escapes
// and character classes are copied as they are. A named back-reference (\k<name>) would
// no longer resolve: the joined pattern is then invalid and detect() tries every pattern.
QString withoutGroupNames(const QString& pattern) {
    QString out;
    out.reserve(pattern.size());
    bool inClass = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\\' && i + 1 < pattern.size()) {
            out.append(c).append(pattern.at(++i));
            continue;
        }
        if (inClass) {
            inClass = c != u']';
            out.append(c);
            continue;
        }
        if (c == u'[') {
            inClass = true;
            out.append(c);
            // A ']' first in the class (after an optional '^') is a literal.
            if (i + 1 < pattern.size() && pattern.at(i + 1) == u'^')
                out.append(pattern.at(++i));
            if (i + 1 < pattern.size() && pattern.at(i + 1) == u']')
                out.append(pattern.at(++i));
            continue;
        }
        const QStringView rest = QStringView(pattern).mid(i);
        qsizetype nameStart = -1;
        QChar close;
        if (rest.startsWith(u"(?P<"))
            nameStart = 4, close = u'>';
        else if (rest.startsWith(u"(?<") && rest.size() > 3 && rest.at(3) != u'=' &&
                 rest.at(3) != u'!')
            nameStart = 3, close = u'>'; // (?<= and (?<! are look-behinds
        else if (rest.startsWith(u"(?'"))
            nameStart = 3, close = u'\'';
        const qsizetype nameEnd = nameStart < 0 ? -1 : rest.indexOf(close, nameStart);
        if (nameEnd < 0) {
            out.append(c);
            continue;
        }
        out.append(u"(?:");
        i += nameEnd;
    }
    return out;
}
} // namespace

void StageDetector::combinePatterns() {
    QStringList alternatives;
    for (const Marker& marker : m_markers)
        alternatives.append(withoutGroupNames(marker.pattern.pattern()));
    for (const StageRule& rule : m_rules)
        alternatives.append(withoutGroupNames(rule.pattern.pattern()));
    alternatives.removeAll(QString());
    if (alternatives.isEmpty())
        return;
    // Each pattern in its own non-capturing group keeps its anchors and inline options to
    // itself; the patterns carry no numbered back-references that joining could shift.
    m_anyWording = QRegularExpression(u"(?:"_s + alternatives.join(u")|(?:"_s) + u')',
                                      QRegularExpression::CaseInsensitiveOption);
    if (m_anyWording.isValid())
        m_anyWording.optimize();
    else
        m_anyWording = QRegularExpression(); // detect() then tries every pattern
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

SmtpStage StageDetector::named(const QString& text) const {
    qsizetype leftmost = -1;
    SmtpStage stage = SmtpStage::Unknown;
    for (const Marker& marker : m_markers) {
        const QRegularExpressionMatch m = marker.pattern.match(text);
        if (!m.hasMatch() || (leftmost >= 0 && m.capturedStart() >= leftmost))
            continue;
        const SmtpStage named = ofCommand(m.captured(u"command"_s));
        if (named == SmtpStage::Unknown)
            continue;
        leftmost = m.capturedStart();
        stage = named;
    }
    return stage;
}

SmtpStage StageDetector::detect(const QString& text) const {
    if (!m_anyWording.pattern().isEmpty() && !m_anyWording.match(text).hasMatch())
        return SmtpStage::Unknown;
    if (const SmtpStage stage = named(text); stage != SmtpStage::Unknown)
        return stage;
    for (const StageRule& rule : m_rules) {
        if (rule.pattern.match(text).hasMatch())
            return rule.stage;
    }
    return SmtpStage::Unknown;
}

} // namespace deliverboard
