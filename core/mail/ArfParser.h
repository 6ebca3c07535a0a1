#pragma once

#include "MimeEntity.h"

#include <QStringList>

namespace deliverboard::mail {

// A complaint (abuse) report: RFC 5965 message/feedback-report, or an ISP's older
// header-only formats.
struct ArfReport {
    QStringList recipients; // the complaining recipients (may be empty)
    QString feedbackType;   // abuse, fraud, opt-out, ... (lower case)
    QString userAgent;
    QString sourceIp;
    QString reportingDomain; // domain of the report's From (the reporting ISP)
};

class ArfParser {
public:
    // True when the message is a complaint report.
    static bool isComplaint(const MimeEntity& message);
    static ArfReport parse(const MimeEntity& message);
};

} // namespace deliverboard::mail
