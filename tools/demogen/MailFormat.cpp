#include "MailFormat.h"

#include "CampaignPlan.h"
#include "Prng.h"
#include "TimeFormat.h"

namespace {

const char* const kDays[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"}; // 1970-01-01 was a Thursday

QByteArray two(int v) {
    return QByteArray(1, char('0' + v / 10)) + char('0' + v % 10);
}

QByteArray clock(const LocalClock::Civil& c) {
    return two(c.hour) + ':' + two(c.minute) + ':' + two(c.second);
}

const char* weekday(std::int64_t secs) {
    return kDays[((floorDiv(secs, 86400) % 7) + 7) % 7];
}

} // namespace

QByteArray rfc5322Date(std::int64_t usec, int offsetSeconds) {
    const std::int64_t local = floorDiv(usec, kUsecPerSec) + offsetSeconds;
    const LocalClock::Civil c = LocalClock::civilFromSeconds(local);
    const int a = offsetSeconds < 0 ? -offsetSeconds : offsetSeconds;
    return QByteArray(weekday(local)) + ", " + QByteArray::number(c.day) + ' ' +
           monthAbbreviation(c.month) + ' ' + QByteArray::number(c.year) + ' ' + clock(c) + ' ' +
           (offsetSeconds < 0 ? '-' : '+') + two(a / 3600) + two((a % 3600) / 60);
}

QByteArray mboxFromLine(const QByteArray& sender, std::int64_t usec) {
    const std::int64_t secs = floorDiv(usec, kUsecPerSec);
    const LocalClock::Civil c = LocalClock::civilFromSeconds(secs);
    QByteArray day = QByteArray::number(c.day);
    if (day.size() < 2)
        day.prepend(' ');
    return "From " + sender + ' ' + weekday(secs) + ' ' + monthAbbreviation(c.month) + ' ' + day +
           ' ' + clock(c) + ' ' + QByteArray::number(c.year);
}

QByteArray encodedWord(const QByteArray& utf8) {
    for (char ch : utf8)
        if (static_cast<unsigned char>(ch) >= 0x80)
            return "=?UTF-8?B?" + utf8.toBase64() + "?=";
    return utf8;
}

QByteArray mimeBoundary(const char* tag, quint64 token) {
    return QByteArray("=_") + tag + '_' + hexId(token, 16) + "_=";
}

namespace {
// `len` characters of `alphabet` drawn from the token; the salt keeps the hex and the
// alphanumeric ids of one token unrelated.
QByteArray idFrom(quint64 token, int len, const char* alphabet, quint64 size, quint64 salt) {
    QByteArray out;
    quint64 s = token;
    for (int i = 0; i < len; ++i) {
        s = Prng::mix(s + salt);
        out.append(alphabet[s % size]);
    }
    return out;
}
} // namespace

QByteArray hexId(quint64 token, int len) {
    return idFrom(token, len, "0123456789ABCDEF", 16, 0x9E3779B97F4A7C15ULL);
}

QByteArray alnumId(quint64 token, int len) {
    return idFrom(token, len, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 62,
                  0x632BE59BD9B4E019ULL);
}

QByteArray originalHeaders(const OriginalMessage& m) {
    const QByteArray tz = m.offsetSeconds == 3600 ? " (CET)" : (m.offsetSeconds == 7200 ? " (CEST)" : "");
    QByteArray h;
    h += QByteArray("Return-Path: <") + kSender + ">\n";
    h += "Received: from mail.demo-shop.example (mail.demo-shop.example [" + QByteArray(kOurIp) +
         "])\n\tby " + m.mxHost + " with ESMTPS id " + hexId(m.token + 11, 10) + "\n\tfor <" +
         m.rcpt + ">; " + rfc5322Date(m.receivedAt, 0) + '\n';
    h += "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=demo-shop.example;\n"
         "\ts=nl2026; h=from:to:subject:date:message-id:list-unsubscribe;\n"
         "\tbh=" + alnumId(m.token + 12, 43) + "=;\n\tb=" + alnumId(m.token + 13, 64) + '\n';
    h += "Date: " + rfc5322Date(m.sentAt, m.offsetSeconds) + tz + '\n';
    h += QByteArray("From: ") + kFromHeader + '\n';
    h += "To: " + m.rcpt + '\n';
    h += "Subject: " + encodedWord(m.subject) + '\n';
    h += "Message-ID: " + m.msgId + '\n';
    h += "List-Unsubscribe: <https://demo-shop.example/u/" + alnumId(m.token + 14, 22) +
         ">,\n\t<mailto:unsubscribe@mail.demo-shop.example?subject=" + alnumId(m.token + 14, 22) +
         ">\n";
    h += "List-Unsubscribe-Post: List-Unsubscribe=One-Click\n";
    h += "MIME-Version: 1.0\n";
    h += "Content-Type: text/plain; charset=utf-8\n";
    h += "Content-Transfer-Encoding: 8bit\n";
    return h;
}

QByteArray originalBody(const OriginalMessage& m) {
    return "Hello,\n\nspring is here: " + m.subject +
           " brings 20 % off garden furniture until 31 March.\n\n"
           "  https://demo-shop.example/spring?utm_campaign=spring26\n\n"
           "Demo Shop, Musterstrasse 1, 10115 Berlin\n"
           "Unsubscribe: https://demo-shop.example/u/" +
           alnumId(m.token + 14, 22) + '\n';
}
