#include "ReplyCodeTable.h"

#include "RuleFile.h"

using namespace Qt::StringLiterals;

namespace deliverboard {

ReplyCodeTable::ReplyCodeTable(QStringList& errors) {
    rules::RuleFile file(u"reply_codes.json"_s, errors);
    const QJsonArray codes = file.array(u"codes"_s);
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QJsonObject object = codes.at(i).toObject();
        ReplyCodeDefault entry;
        entry.code = object.value(u"code"_s).toString();
        const QString where = u"codes[%1] '%2'"_s.arg(i).arg(entry.code);
        file.requireString(object, u"code"_s, where);
        entry.meaning = file.requireString(object, u"meaning"_s, where);
        entry.reason = file.requireString(object, u"reason"_s, where);
        const QJsonObject byStage = object.value(u"byStage"_s).toObject();
        for (auto it = byStage.constBegin(); it != byStage.constEnd(); ++it) {
            const SmtpStage stage = stageFromId(it.key());
            if (stage == SmtpStage::Unknown)
                file.error(where, u"unknown stage '%1'"_s.arg(it.key()));
            entry.reasonByStage.insert(stage, it.value().toString());
        }
        if (m_byCode.contains(entry.code))
            file.error(where, u"listed twice"_s);
        m_byCode.insert(entry.code, entry);
    }
}

const ReplyCodeDefault* ReplyCodeTable::find(const QString& code) const {
    if (code.isEmpty())
        return nullptr;
    auto it = m_byCode.constFind(code);
    if (it == m_byCode.constEnd())
        it = m_byCode.constFind(code.left(1) + u"xx"_s);
    return it == m_byCode.constEnd() ? nullptr : &*it;
}

QString ReplyCodeTable::reasonFor(const QString& code, SmtpStage stage) const {
    const ReplyCodeDefault* entry = find(code);
    if (!entry)
        return {};
    return entry->reasonByStage.value(stage, entry->reason);
}

QStringList ReplyCodeTable::reasons() const {
    QStringList result;
    for (const ReplyCodeDefault& entry : m_byCode) {
        result.append(entry.reason);
        result.append(entry.reasonByStage.values());
    }
    result.removeDuplicates();
    return result;
}

} // namespace deliverboard
