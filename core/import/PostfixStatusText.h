#pragma once

#include "QueueEvent.h"

#include <QString>
#include <QStringView>

namespace deliverboard {

// Takes the parenthesised text after `status=WORD` on a Postfix recipient line apart
// (FORMATS.md section 2.4).
struct PostfixStatusText {
    static ReplyDetails parse(QStringView text);
};

} // namespace deliverboard
