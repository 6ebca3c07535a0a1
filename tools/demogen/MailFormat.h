#pragma once

#include "Domains.h"

#include <QByteArray>
#include <QString>
#include <cstdint>

// Bits of RFC 5322 / MIME / mbox that the returned-mail writers share. Written from the RFCs,
// not from the importer: the generator is the independent oracle the importer is checked
// against.

// "Sat, 14 Mar 2026 10:12:03 +0100" (RFC 5322 section 3.3) at the given UTC offset.
QByteArray rfc5322Date(std::int64_t usec, int offsetSeconds);

// The mbox separator line "From <sender> Sat Mar 14 09:12:03 2026" (asctime, UTC).
QByteArray mboxFromLine(const QByteArray& sender, std::int64_t usec);

// RFC 2047 encoded word for a header text, only when it is not plain ASCII.
QByteArray encodedWord(const QByteArray& utf8);

// A MIME boundary that cannot occur in the parts (derived from the token).
QByteArray mimeBoundary(const char* tag, quint64 token);

// Pseudo-random upper-case hex / alphanumeric ids for queue ids and Message-IDs.
QByteArray hexId(quint64 token, int len);
QByteArray alnumId(quint64 token, int len);

// The campaign's message as the receiving host stored it: its header block (CRLF-free, each
// line ending in '\n', no trailing blank line). Returned mail quotes it (text/rfc822-headers,
// the ARF's message/rfc822, the In-Reply-To of auto-replies).
struct OriginalMessage {
    QByteArray rcpt;    // To:
    QByteArray msgId;   // "<...>" as logged by cleanup
    QByteArray subject; // UTF-8 campaign name
    QByteArray mxHost;  // the host that accepted it (our 250)
    std::int64_t sentAt = 0;
    std::int64_t receivedAt = 0;
    int offsetSeconds = 0; // our host's UTC offset at sentAt
    quint64 token = 0;
};
QByteArray originalHeaders(const OriginalMessage& m);
// A short text body of the newsletter (the ARF attaches the whole message).
QByteArray originalBody(const OriginalMessage& m);

// The sender's addresses.
inline constexpr const char* kFromHeader = "Demo Shop <news@mail.demo-shop.example>";
inline constexpr const char* kInboundHost = "mx.demo-shop.example"; // where returned mail lands
inline constexpr const char* kFblAddress = "fbl@demo-shop.example";  // registered with the FBLs
