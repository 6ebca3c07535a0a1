#pragma once

#include <QString>
#include <QStringList>

namespace deliverboard {

// The words of a diagnostic text as the statistical fallback sees them (issue 13): lower
// case, e-mail addresses and host names removed (an address or a host is never evidence of
// why a mail failed, and the recipient's own local part is removed too), every digit run
// masked to "0" so that "550 5.1.1" and "554 5.7.1" differ only in words. The result is the
// word unigrams followed by the bigrams ("user unknown"), in text order.
QStringList fallbackTokens(const QString& text, const QString& recipient = QString());

} // namespace deliverboard
