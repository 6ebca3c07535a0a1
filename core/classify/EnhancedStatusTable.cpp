#include "EnhancedStatusTable.h"

#include "RuleFile.h"

using namespace Qt::StringLiterals;

namespace deliverboard {

EnhancedStatusTable::EnhancedStatusTable(QStringList& errors) {
    rules::RuleFile file(u"enhanced_status.json"_s, errors);
    const QJsonArray classes = file.array(u"classes"_s);
    for (qsizetype i = 0; i < classes.size(); ++i) {
        const QJsonObject object = classes.at(i).toObject();
        const QString where = u"classes[%1]"_s.arg(i);
        const QString cls = file.requireString(object, u"class"_s, where);
        m_classMeanings.insert(cls.isEmpty() ? QChar() : cls.at(0),
                               file.requireString(object, u"meaning"_s, where));
    }
    static const QHash<QString, StatusStrength> kStrengths{
        {u"specific"_s, StatusStrength::Specific},
        {u"general"_s, StatusStrength::General},
        {u"weak"_s, StatusStrength::Weak}};
    const QJsonArray codes = file.array(u"codes"_s);
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QJsonObject object = codes.at(i).toObject();
        EnhancedStatus status;
        status.subjectDetail = object.value(u"code"_s).toString();
        const QString where = u"codes[%1] '%2'"_s.arg(i).arg(status.subjectDetail);
        file.requireString(object, u"code"_s, where);
        status.meaning = file.requireString(object, u"meaning"_s, where);
        status.reason = file.requireString(object, u"reason"_s, where);
        const QString strength = file.requireString(object, u"strength"_s, where);
        if (!kStrengths.contains(strength))
            file.error(where, u"strength must be specific, general or weak"_s);
        status.strength = kStrengths.value(strength, StatusStrength::General);
        if (object.contains(u"blame"_s)) {
            status.blame = blameFromId(object.value(u"blame"_s).toString());
            if (status.blame == Blame::Unknown)
                file.error(where, u"unknown blame"_s);
        }
        if (m_bySubjectDetail.contains(status.subjectDetail))
            file.error(where, u"listed twice"_s);
        m_bySubjectDetail.insert(status.subjectDetail, status);
    }
}

const EnhancedStatus* EnhancedStatusTable::find(const QString& enhanced) const {
    const qsizetype firstDot = enhanced.indexOf(u'.');
    if (firstDot < 0)
        return nullptr;
    const QString subjectDetail = enhanced.mid(firstDot + 1);
    auto it = m_bySubjectDetail.constFind(subjectDetail);
    if (it == m_bySubjectDetail.constEnd()) {
        const qsizetype secondDot = subjectDetail.indexOf(u'.');
        it = m_bySubjectDetail.constFind(subjectDetail.left(secondDot) + u".0"_s);
    }
    return it == m_bySubjectDetail.constEnd() ? nullptr : &*it;
}

QString EnhancedStatusTable::classMeaning(QChar statusClass) const {
    return m_classMeanings.value(statusClass);
}

QStringList EnhancedStatusTable::reasons() const {
    QStringList result;
    for (const EnhancedStatus& status : m_bySubjectDetail)
        result.append(status.reason);
    result.removeDuplicates();
    return result;
}

} // namespace deliverboard
