#pragma once

#include <QList>
#include <QString>

namespace deliverboard::mail {

// One per-recipient block of an RFC 3464 message/delivery-status body.
struct DsnRecipient {
    QString finalRecipient;
    QString originalRecipient;
    QString action;     // lower case: failed, delayed, delivered, relayed, expanded
    QString status;     // "5.1.1"
    QString diagnostic; // Diagnostic-Code without its "smtp;" type
    QString remoteMta;
    QString lastAttempt;
    QString reportingMta; // from the per-message fields

    QString recipient() const {
        return finalRecipient.isEmpty() ? originalRecipient : finalRecipient;
    }
};

// Reads the fields of a delivery-status body. Tolerates missing blank lines between
// recipients, folded lines, and junk lines. Returns only blocks that name a recipient,
// each recipient once (the first block), at most maxRecipients() of them: `truncated` is
// set when there were more.
class DsnParser {
public:
    static QList<DsnRecipient> parse(const QString& deliveryStatus, bool* truncated = nullptr);
    static constexpr int maxRecipients() { return 1000; }
    // True when a text carries DSN fields inline (some MTAs put them in text/plain).
    static bool looksLikeDeliveryStatus(const QString& text);
};

} // namespace deliverboard::mail
