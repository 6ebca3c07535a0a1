#pragma once

#include "LogBuilder.h"
#include "ReturnedMailBuilder.h"

#include <QDir>
#include <QStringList>

// Writes a series of small Postfix campaign folders C1, C2, ... one week apart, from a
// script of what each campaign did to each address (for the status policy tests):
//   D delivered, H hard (550 5.1.1 user unknown), S spam (554 5.7.1 Spamhaus blocklist),
//   F soft (552 5.2.2 mailbox full, given up), P in progress (one 4xx, newest line),
//   C delivered + complaint event, U delivered + unsubscribe event,
//   R delivered + open event, K delivered + click event,
//   A delivered + ARF complaint report (returned mail in bounces/),
//   E audience status Error (not sent), O audience status Opt-out (not sent),
//   - not sent to in this campaign.
// Every campaign also delivers to filler@example.org, so that it has a first send.
class CampaignSeries {
public:
    struct Recipient {
        QString address;
        QString mx;     // the MX host the log names
        QString script; // one letter per campaign
    };

    static QDateTime campaignStart(int index) // 0-based
    {
        return QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC).addDays(7 * index);
    }
    static QString campaignName(int index) { return QStringLiteral("C%1").arg(index + 1); }

    // Six addresses over three campaigns whose statuses the settings, preview and
    // Audience view tests work out by hand (response-page: a and m active, c and j error
    // at once, e error at the third soft bounce, p active with its last send in progress).
    static QList<Recipient> sixAddresses() {
        return {
            {QStringLiteral("a@example.net"), {}, QStringLiteral("DDD")},
            {QStringLiteral("c@example.net"), {}, QStringLiteral("H--")},
            {QStringLiteral("e@example.net"), {}, QStringLiteral("FFF")},
            {QStringLiteral("j@example.net"), {}, QStringLiteral("S--")},
            {QStringLiteral("m@example.net"), {}, QStringLiteral("RRR")},
            {QStringLiteral("p@example.net"), {}, QStringLiteral("DDP")},
        };
    }

    // Writes the folders under `root`; returns their paths in send order.
    static QStringList write(const QString& root, const QList<Recipient>& recipients, int campaigns,
                             const QString& sender = QStringLiteral("news@example.org"),
                             const QStringList& names = {}) {
        QStringList folders;
        for (int c = 0; c < campaigns; ++c) {
            const QString name = names.value(c, campaignName(c));
            const QString folder = QDir(root).filePath(QStringLiteral("campaign-%1").arg(c + 1));
            LogBuilder log(campaignStart(c));
            QStringList audience{QStringLiteral("email,status"),
                                 QStringLiteral("filler@example.org,Active")};
            QStringList events{QStringLiteral("email,event,timestamp")};
            int queue = 0;
            const auto qid = [&] {
                return QStringLiteral("B%1%2")
                    .arg(c + 1, 2, 10, QLatin1Char('0'))
                    .arg(++queue, 6, 10, QLatin1Char('0'));
            };
            const QString filler = qid();
            log.queued(filler, sender);
            log.sent(filler, QStringLiteral("filler@example.org"));
            log.removed(filler);
            QList<std::pair<QString, QString>> inProgress;
            for (const Recipient& r : recipients) {
                const QChar step = c < r.script.size() ? r.script.at(c) : QLatin1Char('-');
                log.advanceMinutes(1);
                const QString mx = r.mx.isEmpty() ? QStringLiteral("mx.example.net") : r.mx;
                if (step == QLatin1Char('E') || step == QLatin1Char('O')) {
                    audience.append(r.address + (step == QLatin1Char('E')
                                                     ? QStringLiteral(",Error")
                                                     : QStringLiteral(",Opt-out")));
                    continue;
                }
                if (step == QLatin1Char('-'))
                    continue;
                audience.append(r.address + QStringLiteral(",Active"));
                const QString id = qid();
                log.queued(id, sender);
                switch (step.toLatin1()) {
                case 'A':
                    LogBuilder::writeFile(folder + QStringLiteral("/bounces/arf-%1.eml").arg(queue),
                                          returnedmail::arf(r.address));
                    [[fallthrough]];
                case 'D':
                case 'C':
                case 'U':
                case 'R':
                case 'K':
                    log.sent(id, r.address, mx);
                    log.removed(id);
                    if (step != QLatin1Char('D') && step != QLatin1Char('A'))
                        events.append(
                            QStringLiteral("%1,%2,%3")
                                .arg(r.address,
                                     step == QLatin1Char('C')   ? QStringLiteral("complaint")
                                     : step == QLatin1Char('U') ? QStringLiteral("unsubscribe")
                                     : step == QLatin1Char('R') ? QStringLiteral("open")
                                                                : QStringLiteral("click"),
                                     log.now().addSecs(3600).toString(Qt::ISODate)));
                    break;
                case 'H':
                    log.said(id, r.address, QStringLiteral("bounced"), QStringLiteral("5.1.1"),
                             QStringLiteral("550 5.1.1 <%1>: Recipient address rejected: User "
                                            "unknown in virtual mailbox table")
                                 .arg(r.address),
                             QStringLiteral("RCPT TO"), mx);
                    log.removed(id);
                    break;
                case 'S':
                    log.said(
                        id, r.address, QStringLiteral("bounced"), QStringLiteral("5.7.1"),
                        QStringLiteral(
                            "554 5.7.1 Service unavailable; Client host [192.0.2.99] blocked using "
                            "zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.99"),
                        QStringLiteral("RCPT TO"), mx);
                    log.removed(id);
                    break;
                case 'F':
                    log.said(id, r.address, QStringLiteral("bounced"), QStringLiteral("5.2.2"),
                             QStringLiteral("552 5.2.2 <%1>: Mailbox full").arg(r.address),
                             QStringLiteral("RCPT TO"), mx);
                    log.removed(id);
                    break;
                case 'P':
                    inProgress.append({id, r.address});
                    break;
                default:
                    qFatal("unknown script step %c", step.toLatin1());
                }
            }
            // In-progress deferrals are the newest lines: not given up as of the campaign's end.
            for (const auto& [id, address] : inProgress) {
                log.advanceMinutes(1);
                log.said(id, address, QStringLiteral("deferred"), QStringLiteral("4.2.2"),
                         QStringLiteral("452 4.2.2 <%1>: Mailbox full").arg(address));
            }
            LogBuilder::writeFile(folder + QStringLiteral("/maillog"), log.text());
            LogBuilder::writeFile(
                folder + QStringLiteral("/campaign.json"),
                QStringLiteral(R"({"name": "%1", "sender": "%2", "year": 2026, "timezone": "UTC"})")
                    .arg(name, sender)
                    .toUtf8());
            LogBuilder::writeFile(folder + QStringLiteral("/recipients.csv"),
                                  (audience.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
            if (events.size() > 1)
                LogBuilder::writeFile(
                    folder + QStringLiteral("/events.csv"),
                    (events.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
            folders.append(folder);
        }
        return folders;
    }
};
