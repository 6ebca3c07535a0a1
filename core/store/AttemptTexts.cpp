#include "AttemptTexts.h"

#include "ImportRecords.h"
#include "TextBlock.h"
#include "report/MessageRows.h"

#include <array>

namespace deliverboard::attempttexts {

int add(TextBlock& block, const AttemptRecord& a) {
    const int first = block.add(a.raw);
    for (const QString* text : {&a.relayHost, &a.relayIp, &a.code, &a.enhanced, &a.dsn, &a.reply,
                                &a.stage, &a.cls, &a.reason, &a.isp, &a.blame, &a.rule})
        block.add(text->toUtf8());
    return first;
}

bool read(const UnpackedTexts& texts, int first, AttemptRow& row) {
    if (first < 0 || first > texts.count() - kCount)
        return false;
    const std::array<QString*, kCount> fields{
        &row.raw,   &row.relayHost, &row.relayIp, &row.code, &row.enhanced, &row.dsn, &row.reply,
        &row.stage, &row.cls,       &row.reason,  &row.isp,  &row.blame,    &row.rule};
    for (int i = 0; i < kCount; ++i)
        *fields[size_t(i)] = QString::fromUtf8(texts.text(first + i));
    return true;
}

} // namespace deliverboard::attempttexts
