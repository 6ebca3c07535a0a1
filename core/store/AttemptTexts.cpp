#include "AttemptTexts.h"

#include "ImportRecords.h"
#include "TextBlock.h"
#include "report/MessageRows.h"

#include <array>
#include <utility>

namespace deliverboard::attempttexts {

namespace {
// The texts after the raw line, in block order. One list for the record the importer writes
// and the row the detail reads (their fields have the same names), so the two cannot drift.
template <typename Attempt> auto textFields(Attempt& a) {
    return std::array{&a.relayHost, &a.relayIp, &a.code,   &a.enhanced, &a.dsn,   &a.reply,
                      &a.stage,     &a.cls,     &a.reason, &a.isp,      &a.blame, &a.rule};
}
static_assert(std::tuple_size_v<decltype(textFields(std::declval<AttemptRow&>()))> + 1 == kCount);
} // namespace

int add(TextBlock& block, const AttemptRecord& a) {
    const int first = block.add(a.raw);
    for (const QString* text : textFields(a))
        block.add(text->toUtf8());
    return first;
}

bool read(const UnpackedTexts& texts, int first, AttemptRow& row) {
    if (first < 0 || first > texts.count() - kCount)
        return false;
    row.raw = QString::fromUtf8(texts.text(first));
    int index = first + 1;
    for (QString* field : textFields(row))
        *field = QString::fromUtf8(texts.text(index++));
    return true;
}

} // namespace deliverboard::attempttexts
