#include "Noise.h"

#include <algorithm>

namespace {

constexpr std::int64_t kMs = 1000;

QByteArray num(std::int64_t v) {
    return QByteArray::number(v);
}

QByteArray docIp(Prng& rng) {
    static const char* const nets[] = {"198.51.100.", "203.0.113."};
    // Draws in statements of their own: the operands of '+' (like function arguments) are
    // evaluated in an order the compiler chooses, and the demo must not depend on it.
    const QByteArray net(nets[rng.below(2)]);
    return net + num(1 + std::int64_t(rng.below(250)));
}

QByteArray word(Prng& rng, int len) {
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray w;
    for (int i = 0; i < len; ++i)
        w.append(alphabet[rng.below(62)]);
    return w;
}

class Builder {
public:
    Builder(std::vector<NoiseLine>& out, std::int64_t end)
        : m_out(out)
        , m_end(end) {}
    void add(std::int64_t t, const QByteArray& rest, NoiseLine::Kind kind = NoiseLine::Text) {
        if (t < m_end) // nothing may be newer than "as of"
            m_out.push_back({t, kind, rest});
    }

private:
    std::vector<NoiseLine>& m_out;
    std::int64_t m_end;
};

void cron(Builder& b, Prng& rng, const Timeline& tl) {
    std::int64_t pid = 41000;
    const std::int64_t first = (tl.logStart / (10 * kUsecPerMin) + 1) * 10 * kUsecPerMin;
    for (std::int64_t t = first; t < tl.asOf; t += 10 * kUsecPerMin) {
        pid += 2 + std::int64_t(rng.below(40));
        b.add(t + kUsecPerSec + std::int64_t(rng.below(300 * kMs)),
              "CRON[" + num(pid) +
                  "]: (root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)");
        if ((t / kUsecPerMin) % 60 == 10) {
            pid += 3;
            b.add(t + 7 * kUsecPerMin + kUsecPerSec,
                  "CRON[" + num(pid) +
                      "]: (root) CMD (cd / && run-parts --report /etc/cron.hourly)");
        }
    }
}

void inbound(Builder& b, Prng& rng, const Timeline& tl) {
    std::int64_t smtpdPid = 5100;
    for (std::int64_t t = tl.logStart + 47 * kUsecPerSec; t < tl.asOf;
         t += rng.range(4 * kUsecPerMin, 17 * kUsecPerMin)) {
        const QByteArray ip = docIp(rng);
        const QByteArray port = num(rng.range(32768, 60999));
        const QByteArray peer = '[' + ip + "]:" + port;
        b.add(t, "postfix/postscreen[1190]: CONNECT from " + peer + " to [192.0.2.10]:25");
        if (rng.chance(0.35)) {
            // A listed client: postscreen rejects it itself (the NOQUEUE line has a to=).
            b.add(t + 5 * kUsecPerSec + 120 * kMs,
                  "postfix/postscreen[1190]: DNSBL rank 3 for " + peer);
            const QByteArray fromUser = word(rng, 6).toLower();
            const QByteArray fromHost = word(rng, 4).toLower();
            const QByteArray helo = word(rng, 8).toLower();
            b.add(t + 6 * kUsecPerSec + 410 * kMs,
                  "postfix/postscreen[1190]: NOQUEUE: reject: RCPT from " + peer +
                      ": 550 5.7.1 Service unavailable; client [" + ip +
                      "] blocked using zen.spamhaus.org; from=<" + fromUser + "@bulk-" + fromHost +
                      ".example>, to=<info@demo-shop.example>, "
                      "proto=ESMTP, helo=<" +
                      helo + ".example>");
            b.add(t + 6 * kUsecPerSec + 590 * kMs, "postfix/postscreen[1190]: DISCONNECT " + peer);
            continue;
        }
        smtpdPid += 1 + std::int64_t(rng.below(30));
        const QByteArray sp = "postfix/smtpd[" + num(smtpdPid) + "]: ";
        const QByteArray host = "unknown[" + ip + ']';
        b.add(t + 6 * kUsecPerSec + 10 * kMs, "postfix/postscreen[1190]: PASS OLD " + peer);
        b.add(t + 6 * kUsecPerSec + 30 * kMs, sp + "connect from " + host);
        if (rng.chance(0.5)) {
            const QByteArray fromHost = word(rng, 7).toLower();
            const QByteArray helo = word(rng, 6).toLower();
            b.add(t + 7 * kUsecPerSec + 200 * kMs,
                  sp + "NOQUEUE: reject: RCPT from " + host +
                      ": 550 5.1.1 <j.doe@demo-shop.example>: Recipient address rejected: User "
                      "unknown in local recipient table; from=<offers@" +
                      fromHost + ".example> to=<j.doe@demo-shop.example> proto=ESMTP helo=<mail." +
                      helo + ".example>");
            b.add(t + 7 * kUsecPerSec + 420 * kMs,
                  sp + "disconnect from " + host + " ehlo=1 mail=1 rcpt=0/1 quit=1 commands=3/4");
        } else {
            b.add(t + 7 * kUsecPerSec + 100 * kMs,
                  sp + "disconnect from " + host + " ehlo=1 quit=1 commands=2");
        }
    }
}

void anvil(Builder& b, Prng& rng, const Timeline& tl, LocalClock& clock) {
    std::int64_t pid = 2231;
    for (std::int64_t t = tl.logStart + 23 * kUsecPerMin; t < tl.asOf;
         t += rng.range(55 * kUsecPerMin, 95 * kUsecPerMin)) {
        QByteArray at;
        clock.appendRfc3164(at, t - rng.range(10, 50) * kUsecPerMin);
        const QByteArray ip = docIp(rng);
        const QByteArray p = "postfix/anvil[" + num(pid) + "]: statistics: ";
        b.add(t, p + "max connection rate 2/60s for (smtp:" + ip + ") at " + at);
        b.add(t, p + "max connection count 1 for (smtp:" + ip + ") at " + at);
        b.add(t, p + "max cache size 2 at " + at);
        pid += 50 + std::int64_t(rng.below(400));
    }
}

void dovecot(Builder& b, Prng& rng, const Timeline& tl) {
    for (std::int64_t t = tl.logStart + 3 * kUsecPerMin; t < tl.asOf;
         t += rng.range(15 * kUsecPerMin, 40 * kUsecPerMin)) {
        const QByteArray pid = num(rng.range(20000, 32000));
        const QByteArray session = word(rng, 16);
        const char* user =
            rng.chance(0.5) ? "support@demo-shop.example" : "bounces@demo-shop.example";
        b.add(t, "dovecot: imap-login: Login: user=<" + QByteArray(user) +
                     ">, method=PLAIN, rip=198.51.100.23, lip=192.0.2.10, mpid=" + pid +
                     ", TLS, session=<" + session + '>');
        const std::int64_t loggedOut = t + rng.range(20, 600) * kUsecPerSec;
        const QByteArray in = num(rng.range(80, 900));
        const QByteArray out = num(rng.range(600, 90000));
        const QByteArray hdrCount = num(rng.range(0, 40));
        const QByteArray hdrBytes = num(rng.range(0, 30000));
        const QByteArray bodyCount = num(rng.range(0, 5));
        const QByteArray bodyBytes = num(rng.range(0, 90000));
        b.add(loggedOut, "dovecot: imap(" + QByteArray(user) + ")<" + pid + "><" + session +
                             ">: Logged out in=" + in + " out=" + out +
                             " deleted=0 expunged=0 trashed=0 hdr_count=" + hdrCount +
                             " hdr_bytes=" + hdrBytes + " body_count=" + bodyCount +
                             " body_bytes=" + bodyBytes);
    }
}

// Another sender on the same host: full lifecycles, including one bounce with its NDR, all
// of which the campaign's "sender" filter must leave out.
void otherSender(Builder& b, Prng& rng, const Timeline& tl) {
    quint64 j = 0;
    std::int64_t smtpdPid = 17000;
    for (std::int64_t t = tl.logStart + 11 * kUsecPerMin; t < tl.asOf;
         t += rng.range(12 * kUsecPerMin, 26 * kUsecPerMin), ++j) {
        const QByteArray qid = queueId(4 * j + 2);
        smtpdPid += 1 + std::int64_t(rng.below(25));
        const QByteArray sp = "postfix/smtpd[" + num(smtpdPid) + "]: ";
        const QByteArray client = "backend.demo-shop.example[10.20.0.12]";
        const QByteArray size = num(rng.range(1800, 6400));
        b.add(t, sp + "connect from " + client);
        b.add(t + 20 * kMs, sp + qid + ": client=" + client);
        const QByteArray cleanupPid = num(rng.range(2100, 2900));
        const QByteArray alertId = word(rng, 8);
        b.add(t + 40 * kMs, "postfix/cleanup[" + cleanupPid + "]: " + qid + ": message-id=<alert-" +
                                num(std::int64_t(j)) + '.' + alertId + "@shop-backend.example>");
        b.add(t + 45 * kMs, "postfix/qmgr[1187]: " + qid +
                                ": from=<alerts@shop-backend.example>, size=" + size +
                                ", nrcpt=1 (queue active)");
        b.add(t + 60 * kMs,
              sp + "disconnect from " + client + " ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5");
        const QByteArray smtp = "postfix/smtp[" + num(rng.range(3000, 32000)) + "]: ";
        const std::int64_t done = t + rng.range(600, 1800) * kMs;
        const QByteArray delays = "delay=" + num((done - t) / kUsecPerSec) + '.' +
                                  num(((done - t) / 100000) % 10) + ", delays=0.05/0/0.4/0.6";
        if (j % 13 == 7) {
            b.add(done,
                  smtp + qid +
                      ": to=<ops-archive@old-partner.example>, "
                      "relay=mx.old-partner.example[203.0.113.77]:25, " +
                      delays +
                      ", dsn=5.1.1, status=bounced (host mx.old-partner.example[203.0.113.77] "
                      "said: 550 5.1.1 <ops-archive@old-partner.example>: Recipient address "
                      "rejected: User unknown in virtual mailbox table (in reply to RCPT TO "
                      "command))");
            const QByteArray ndr = queueId(4 * j + 3);
            b.add(done + 10 * kMs, "postfix/cleanup[" + num(rng.range(2100, 2900)) + "]: " + ndr +
                                       ": message-id=<ndr." + ndr + "@mail.demo-shop.example>");
            b.add(done + 20 * kMs, "postfix/qmgr[1187]: " + ndr + ": from=<>, size=" +
                                       num(rng.range(4000, 9000)) + ", nrcpt=1 (queue active)");
            b.add(done + 30 * kMs, "postfix/bounce[" + num(rng.range(3000, 32000)) + "]: " + qid +
                                       ": sender non-delivery notification: " + ndr);
            b.add(done + 40 * kMs, "postfix/qmgr[1187]: " + qid + ": removed");
            const QByteArray ndrSmtpPid = num(rng.range(3000, 32000));
            const QByteArray queuedAs = word(rng, 9).toUpper();
            b.add(done + 300 * kMs, "postfix/smtp[" + ndrSmtpPid + "]: " + ndr +
                                        ": to=<alerts@shop-backend.example>, relay=" + client +
                                        ":25, delay=0.29, delays=0.01/0/0.1/0.18, dsn=2.0.0, "
                                        "status=sent (250 2.0.0 Ok: queued as " +
                                        queuedAs + ')');
            b.add(done + 310 * kMs, "postfix/qmgr[1187]: " + ndr + ": removed");
        } else {
            const QByteArray gmailId = word(rng, 12).toLower();
            const QByteArray gmailSerial = num(rng.range(1000000, 9999999));
            b.add(done, smtp + qid +
                            ": to=<oncall.demo-shop@gmail.com>, "
                            "relay=gmail-smtp-in.l.google.com[142.250.27.26]:25, " +
                            delays + ", dsn=2.0.0, status=sent (250 2.0.0 OK  " +
                            num(done / kUsecPerSec) + ' ' + gmailId + "si" + gmailSerial +
                            " - gsmtp)");
            b.add(done + 15 * kMs, "postfix/qmgr[1187]: " + qid + ": removed");
        }
    }
}

} // namespace

std::vector<NoiseLine> makeNoise(quint64 seed, const Timeline& tl, LocalClock& clock) {
    std::vector<NoiseLine> out;
    Builder b(out, tl.asOf);
    Prng r1 = Prng::stream(seed, 3, 1);
    Prng r2 = Prng::stream(seed, 3, 2);
    Prng r3 = Prng::stream(seed, 3, 3);
    Prng r4 = Prng::stream(seed, 3, 4);
    Prng r5 = Prng::stream(seed, 3, 5);
    cron(b, r1, tl);
    inbound(b, r2, tl);
    anvil(b, r3, tl, clock);
    dovecot(b, r4, tl);
    otherSender(b, r5, tl);

    // Ops pausing and later releasing the campaign's stuck mail (postsuper -h / -H); the
    // per-message lines come with the campaign, these are the summaries.
    b.add(tl.hold + 12 * kUsecPerSec,
          "postfix/postsuper[" + num(kHoldPid) + "]: Placed on hold: %1 messages",
          NoiseLine::HoldSummary);
    b.add(tl.release + 9 * kUsecPerSec,
          "postfix/postsuper[" + num(kReleasePid) + "]: Released from hold: %1 messages",
          NoiseLine::ReleaseSummary);

    // One application line of ~10 KB that is not Postfix at all.
    {
        Prng r6 = Prng::stream(seed, 3, 6);
        QByteArray big = "shop-backend[2211]: DEBUG cart sync payload={\"items\":[";
        for (int i = 0; big.size() < 10200; ++i) {
            if (i)
                big += ',';
            const QByteArray sku = word(r6, 10);
            big += "{\"sku\":\"" + sku + "\",\"qty\":" + num(r6.range(1, 9)) + '}';
        }
        big += "]}";
        b.add(tl.asOf - 3 * kUsecPerHour - 17 * kUsecPerMin, big);
    }

    std::stable_sort(out.begin(), out.end(),
                     [](const NoiseLine& a, const NoiseLine& b) { return a.t < b.t; });
    return out;
}
