#pragma once

#include "MimeEntity.h"
#include "TextBounceParser.h"

#include <QList>
#include <QSet>
#include <QString>

namespace deliverboard::mail {

// Notices from a mailing-list manager (fml and the like) that refused to pass a message
// on: "You are not a member of this mailing list <list@example.org>", "Loop Alert:
// Duplicated Message-ID in <list@example.org>". The address the mail did not reach is
// the list's, named in angle brackets in the notice.
class ListNotice {
public:
    // Sent by a list manager (its own headers) and worded as a refusal.
    static bool isNotice(const MimeEntity& message);
    // The list address and the refusal (subject and the line naming the list).
    // `reportText` is the notice without the quoted original; `excluded` the
    // lower-case addresses that are the notice's own parties.
    static QList<TextBounceRecipient> parse(const MimeEntity& message, const QString& reportText,
                                            const QSet<QString>& excluded);
};

} // namespace deliverboard::mail
