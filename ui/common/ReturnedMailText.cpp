#include "ReturnedMailText.h"

#include "Labels.h"

#include <QFileInfo>

namespace deliverboard::ui {

QString ReturnedMailText::kind(const QString& kindId) {
    if (kindId == QLatin1String("dsn"))
        return tr("Delivery status notification");
    if (kindId == QLatin1String("text-bounce"))
        return tr("Bounce message");
    if (kindId == QLatin1String("arf"))
        return tr("Complaint (feedback report)");
    if (kindId == QLatin1String("auto-reply"))
        return tr("Auto-reply");
    if (kindId == QLatin1String("unknown"))
        return tr("Unrecognised mail");
    return kindId;
}

QString ReturnedMailText::format(const QList<ReturnedMailRow>& rows, bool withRecipient) {
    QStringList blocks;
    for (const ReturnedMailRow& r : rows) {
        QStringList lines;
        lines.append(tr("Kind: %1").arg(kind(r.kind)));
        if (withRecipient && !r.recipient.isEmpty())
            lines.append(tr("Recipient: %1").arg(r.recipient));
        if (r.action == QLatin1String("delayed"))
            lines.append(tr("Action: delayed (a warning: the sending server was still retrying; "
                            "it does not change the outcome)"));
        else if (!r.action.isEmpty())
            lines.append(tr("Action: %1").arg(r.action));
        if (!r.cls.isEmpty())
            lines.append(tr("Class: %1").arg(r.cls));
        if (!r.reason.isEmpty())
            lines.append(tr("Reason: %1 (%2)").arg(Labels::reason(r.reason), r.reason));
        if (!r.code.isEmpty() || !r.enhanced.isEmpty())
            lines.append(tr("Code: %1  Enhanced: %2").arg(r.code, r.enhanced));
        if (!r.diagnostic.isEmpty())
            lines.append(tr("Diagnostic: %1").arg(r.diagnostic));
        if (!r.originalMessageId.isEmpty())
            lines.append(tr("Original Message-ID: %1").arg(r.originalMessageId));
        if (!r.path.isEmpty())
            lines.append(tr("File: %1").arg(QFileInfo(r.path).fileName()));
        blocks.append(lines.join(QLatin1Char('\n')));
    }
    return blocks.join(QStringLiteral("\n\n"));
}

} // namespace deliverboard::ui
