#include "ReturnedMail.h"

namespace deliverboard::mail {

QString kindId(ReturnedKind kind)
{
    switch (kind) {
    case ReturnedKind::Dsn:
        return QStringLiteral("dsn");
    case ReturnedKind::TextBounce:
        return QStringLiteral("text-bounce");
    case ReturnedKind::Arf:
        return QStringLiteral("arf");
    case ReturnedKind::AutoReply:
        return QStringLiteral("auto-reply");
    case ReturnedKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

ReturnedKind kindFromId(const QString& id)
{
    for (ReturnedKind kind : {ReturnedKind::Dsn, ReturnedKind::TextBounce, ReturnedKind::Arf,
                              ReturnedKind::AutoReply})
        if (id == kindId(kind))
            return kind;
    return ReturnedKind::Unknown;
}

} // namespace deliverboard::mail
