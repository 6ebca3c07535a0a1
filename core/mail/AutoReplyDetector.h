#pragma once

#include "MimeEntity.h"

namespace deliverboard::mail {

// Out-of-office and other automatic replies (RFC 3834 and common vendor markers).
class AutoReplyDetector {
public:
    // The subject reads like an out-of-office reply in English, German, Dutch or French.
    static bool hasAutoReplySubject(const MimeEntity& message);
    // RFC 3834 Auto-Submitted: auto-replied, X-Autoreply, X-Autorespond, Precedence: auto_reply.
    static bool hasAutoReplyHeaders(const MimeEntity& message);
};

} // namespace deliverboard::mail
