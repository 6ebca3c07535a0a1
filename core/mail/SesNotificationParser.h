#pragma once

#include <QList>
#include <QString>

namespace deliverboard::mail {

// Amazon SES event notifications delivered by e-mail through SNS: a JSON body with
// notificationType Bounce, Complaint or Delivery.
struct SesRecipient {
    QString recipient;
    QString type;   // "bounce", "complaint", "delivery"
    QString action; // failed / delayed (bounces)
    QString status; // enhanced status code
    QString diagnostic;
};

class SesNotificationParser {
public:
    // Empty when the text is no SES notification.
    static QList<SesRecipient> parse(const QString& body);
};

} // namespace deliverboard::mail
