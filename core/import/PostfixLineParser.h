#pragma once

#include "PostfixStatusText.h"
#include "QueueEvent.h"

#include <QByteArrayView>
#include <QString>

namespace deliverboard {


// Stateless: parses one body. `daemon` is the last component of the program tag.
class PostfixLineParser {
public:
    static bool isPostfixProgram(const QString& program);
    static QueueEvent parse(const QString& daemon, QStringView body);
    static bool looksLikeQueueId(QStringView token);
};

} // namespace deliverboard
