#pragma once

#include "model/SmtpStage.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace deliverboard {

struct ReplyCodeDefault {
    QString code;                            // "550"
    QString meaning;                         // RFC 5321 wording
    QString reason;                          // when nothing better is known
    QHash<SmtpStage, QString> reasonByStage; // a bare 550 means another thing after MAIL FROM
};

// Basic reply-code defaults (RFC 5321), from resources/rules/reply_codes.json: the last
// resort when neither an ISP rule, an enhanced status code nor the wording decides.
class ReplyCodeTable {
public:
    explicit ReplyCodeTable(QStringList& errors);

    const ReplyCodeDefault* find(const QString& code) const; // exact, then "5xx" class
    QString reasonFor(const QString& code, SmtpStage stage) const;
    QStringList reasons() const;

private:
    QHash<QString, ReplyCodeDefault> m_byCode;
};

} // namespace deliverboard
