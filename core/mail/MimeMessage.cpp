#include "MimeMessage.h"

#include "GMimeLibrary.h"

#include <QRegularExpression>
#include <QStringDecoder>

#include <optional>

#include <gmime/gmime.h>

namespace deliverboard::mail {

namespace {

constexpr int kMaxDepth = 12; // nesting guard against hostile input

QString fromUtf8(const char* s) {
    return s ? QString::fromUtf8(s) : QString();
}

QList<MailHeader> headersOf(GMimeObject* object) {
    QList<MailHeader> result;
    GMimeHeaderList* list = g_mime_object_get_header_list(object);
    if (!list)
        return result;
    const int count = g_mime_header_list_get_count(list);
    for (int i = 0; i < count; ++i) {
        GMimeHeader* header = g_mime_header_list_get_header_at(list, i);
        if (!header)
            continue;
        QString value = fromUtf8(g_mime_header_get_value(header));
        value.replace(QLatin1Char('\r'), QLatin1Char(' '))
            .replace(QLatin1Char('\n'), QLatin1Char(' '));
        result.append({fromUtf8(g_mime_header_get_name(header)), value.trimmed()});
    }
    return result;
}

QString mimeTypeOf(GMimeObject* object) {
    GMimeContentType* type = g_mime_object_get_content_type(object);
    if (!type)
        return QStringLiteral("text/plain");
    char* s = g_mime_content_type_get_mime_type(type);
    QString result = fromUtf8(s).toLower();
    g_free(s);
    return result;
}

// The closing tag of a block whose content is not text ("</style>"), case-insensitive;
// positions are remembered so that each search resumes where the last one ended (the
// content of a thousand unclosed <style> tags is then searched once, not a thousand times).
class ForwardFinder {
public:
    ForwardFinder(const QString& text, QString needle)
        : m_text(text)
        , m_needle(std::move(needle)) {}
    // The first position >= from, or -1.
    qsizetype find(qsizetype from) {
        if (m_none)
            return -1;
        if (m_last >= from)
            return m_last;
        m_last = m_text.indexOf(m_needle, from, Qt::CaseInsensitive);
        m_none = m_last < 0;
        return m_last;
    }

private:
    const QString& m_text;
    QString m_needle;
    qsizetype m_last = -1;
    bool m_none = false;
};

bool startsWithWord(const QString& text, qsizetype pos, QLatin1StringView word) {
    if (pos + word.size() > text.size())
        return false;
    if (QStringView(text).mid(pos, word.size()).compare(word, Qt::CaseInsensitive) != 0)
        return false;
    const qsizetype after = pos + word.size();
    return after == text.size() || !text.at(after).isLetterOrNumber();
}

bool startsWithPrefix(const QString& text, qsizetype pos, QLatin1StringView prefix) {
    return pos + prefix.size() <= text.size() &&
           QStringView(text).mid(pos, prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

} // namespace

QString stripHtml(const QString& html) {
    // One forward scan. A tag runs from '<' to the next '>' (a '<' with no '>' after it is
    // text); <style>, <script> and <head> blocks are dropped up to their closing tag (an
    // unclosed one drops only its tag); line-breaking tags become a newline. Every search
    // resumes where the previous one ended, so the work is linear in the input.
    static const QLatin1StringView blocks[] = {
        QLatin1StringView("style"), QLatin1StringView("script"), QLatin1StringView("head")};
    ForwardFinder closeOf[] = {{html, QStringLiteral("</style>")},
                               {html, QStringLiteral("</script>")},
                               {html, QStringLiteral("</head>")}};
    ForwardFinder tagEnd(html, QStringLiteral(">"));
    static const QLatin1StringView breaks[] = {QLatin1StringView("br"), QLatin1StringView("/p"),
                                               QLatin1StringView("/div"), QLatin1StringView("/tr"),
                                               QLatin1StringView("/li")};
    QString text;
    text.reserve(html.size());
    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n) {
        const qsizetype lt = html.indexOf(QLatin1Char('<'), i);
        if (lt < 0) {
            text += QStringView(html).mid(i);
            break;
        }
        text += QStringView(html).mid(i, lt - i);
        const qsizetype gt = tagEnd.find(lt + 1);
        if (gt < 0) {
            text += QStringView(html).mid(lt); // no tag can end: the rest is text
            break;
        }
        bool dropped = false;
        for (int b = 0; b < 3 && !dropped; ++b) {
            if (!startsWithWord(html, lt + 1, blocks[b]))
                continue;
            const qsizetype close = closeOf[b].find(gt + 1);
            if (close >= 0) {
                i = close + blocks[b].size() + 3; // "</" name ">"
                dropped = true;
            }
        }
        if (dropped)
            continue;
        bool lineBreak = false;
        for (const QLatin1StringView& b : breaks)
            lineBreak = lineBreak || startsWithPrefix(html, lt + 1, b);
        lineBreak = lineBreak || (startsWithPrefix(html, lt + 1, QLatin1StringView("/h")) &&
                                  lt + 3 < n && html.at(lt + 3).isDigit());
        if (lineBreak)
            text += QLatin1Char('\n');
        i = gt + 1;
    }
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "))
        .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

namespace {

// Decodes `bytes` as `charset`; nothing when the charset is unknown or the bytes are
// not valid in it.
std::optional<QString> strictDecode(const QByteArray& bytes, const QByteArray& charset) {
    QStringDecoder decoder(charset.constData());
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// Japanese mail is often labelled with the wrong charset (EUC-JP bytes declared as
// ISO-2022-JP) or none. Accepted only when the result holds kana, so that Latin-1
// text that happens to be valid EUC-JP or Shift_JIS is not turned into CJK.
std::optional<QString> japaneseDecode(const QByteArray& bytes) {
    static const QRegularExpression kana(QStringLiteral("[\\x{3041}-\\x{30FF}]"));
    for (const char* charset : {"ISO-2022-JP", "EUC-JP", "Shift_JIS"}) {
        const auto text = strictDecode(bytes, charset);
        if (text && kana.match(*text).hasMatch())
            return text;
    }
    return std::nullopt;
}

MimeEntity convert(GMimeObject* object, int depth);

MimeEntity convertMessage(GMimeMessage* message, int depth) {
    MimeEntity entity;
    entity.mimeType = QStringLiteral("message");
    entity.headers = headersOf(GMIME_OBJECT(message));
    GMimeObject* body = g_mime_message_get_mime_part(message);
    if (body && depth < kMaxDepth)
        entity.children.push_back(convert(body, depth + 1));
    return entity;
}

MimeEntity convert(GMimeObject* object, int depth) {
    MimeEntity entity;
    entity.mimeType = mimeTypeOf(object);
    entity.headers = headersOf(object);
    if (depth >= kMaxDepth)
        return entity;
    if (GMIME_IS_MULTIPART(object)) {
        GMimeMultipart* multipart = GMIME_MULTIPART(object);
        const int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count; ++i)
            if (GMimeObject* part = g_mime_multipart_get_part(multipart, i))
                entity.children.push_back(convert(part, depth + 1));
        if (count == 0) {
            // Broken or missing boundaries: keep the text so the parsers still see it.
            // Raw bytes without a charset: decoded like an unlabelled text part.
            entity.text = decodeText(QByteArray(g_mime_multipart_get_prologue(multipart)), {}) +
                          QLatin1Char('\n') +
                          decodeText(QByteArray(g_mime_multipart_get_epilogue(multipart)), {});
            entity.text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        }
    } else if (GMIME_IS_MESSAGE_PART(object)) {
        if (GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object)))
            entity.children.push_back(convertMessage(inner, depth + 1));
    } else if (GMIME_IS_PART(object)) {
        GMimeDataWrapper* content = g_mime_part_get_content(GMIME_PART(object));
        if (content) {
            GMimeStream* memory = g_mime_stream_mem_new();
            g_mime_data_wrapper_write_to_stream(content, memory);
            GByteArray* bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(memory));
            const QByteArray raw = bytes ? QByteArray(reinterpret_cast<const char*>(bytes->data),
                                                      static_cast<qsizetype>(bytes->len))
                                         : QByteArray();
            g_object_unref(memory);
            const QByteArray charset = g_mime_object_get_content_type_parameter(object, "charset");
            entity.text = decodeText(raw, charset);
            entity.text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
            if (entity.mimeType == QLatin1String("text/html"))
                entity.text = stripHtml(entity.text);
        }
    }
    return entity;
}

} // namespace

QString decodeText(const QByteArray& bytes, const QByteArray& charset) {
    if (!charset.isEmpty()) {
        if (auto text = strictDecode(bytes, charset))
            return *text;
        // A name ICU does not know ("x-sjis", "unicode-1-1-utf-7"): try GMime's canonical name.
        ensureGMimeInitialized();
        const QByteArray canonical = g_mime_charset_canon_name(charset.constData());
        if (!canonical.isEmpty() && canonical.compare(charset, Qt::CaseInsensitive) != 0)
            if (auto text = strictDecode(bytes, canonical))
                return *text;
    }
    if (auto text = strictDecode(bytes, "UTF-8"))
        return *text;
    if (auto text = japaneseDecode(bytes))
        return *text;
    return QString::fromLatin1(bytes);
}

MimeEntity parseMimeMessage(const QByteArray& raw) {
    ensureGMimeInitialized();
    GMimeStream* stream =
        g_mime_stream_mem_new_with_buffer(raw.constData(), static_cast<size_t>(raw.size()));
    GMimeParser* parser = g_mime_parser_new_with_stream(stream);
    g_object_unref(stream);
    GMimeMessage* message = g_mime_parser_construct_message(parser, nullptr);
    g_object_unref(parser);
    if (!message) {
        MimeEntity entity;
        entity.mimeType = QStringLiteral("message");
        MimeEntity body;
        body.mimeType = QStringLiteral("text/plain");
        body.text = decodeText(raw, {});
        entity.children.push_back(std::move(body));
        return entity;
    }
    MimeEntity entity = convertMessage(message, 0);
    g_object_unref(message);
    return entity;
}

qint64 parseMailDate(const QString& date) {
    const QByteArray text = date.simplified().toUtf8();
    if (text.isEmpty())
        return 0;
    ensureGMimeInitialized();
    GDateTime* parsed = g_mime_utils_header_decode_date(text.constData());
    if (!parsed)
        return 0;
    const qint64 ms =
        g_date_time_to_unix(parsed) * 1000 + g_date_time_get_microsecond(parsed) / 1000;
    g_date_time_unref(parsed);
    return ms;
}

} // namespace deliverboard::mail
