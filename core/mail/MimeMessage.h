#pragma once

#include "MimeEntity.h"

#include <QByteArray>

namespace deliverboard::mail {

// Parses one RFC 5322 message with GMime 3 into a MimeEntity tree (entity of type
// "message"). Never throws; malformed input gives whatever GMime could recover, at worst
// an entity with no headers and the raw bytes as text.
MimeEntity parseMimeMessage(const QByteArray& raw);

// Decodes bytes in the given charset (ICU's name for it, else GMime's canonical name);
// unknown charsets or bytes invalid in them fall back to UTF-8, then to Japanese
// (ISO-2022-JP, EUC-JP, Shift_JIS; only when the result holds kana), then Latin-1.
QString decodeText(const QByteArray& bytes, const QByteArray& charset);
// The text of an HTML part: tags removed, <style>/<script>/<head> blocks dropped, line
// breaks kept, the common entities decoded. Linear in the input (one forward scan).
QString stripHtml(const QString& html);
// An RFC 5322 date ("Sat, 14 Mar 2026 11:00:00 +0100 (CET)", obsolete zone names like GMT
// or EST included) in ms since the epoch; 0 when it cannot be read.
qint64 parseMailDate(const QString& date);

} // namespace deliverboard::mail
