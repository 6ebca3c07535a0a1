#pragma once

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

// Writes small Postfix campaign folders for tests, line by line, in UTC.
class LogBuilder {
public:
    explicit LogBuilder(QDateTime start = QDateTime(QDate(2026, 3, 14), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    {
    }

    QDateTime now() const { return m_now; }
    void advanceMinutes(double minutes) { m_now = m_now.addMSecs(static_cast<qint64>(minutes * 60000)); }
    void setTime(const QDateTime& time) { m_now = time; }

    void raw(const QString& program, const QString& body)
    {
        static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        const QString stamp = QLatin1String(kMonths[m_now.date().month() - 1]) + QLatin1Char(' ') +
                              QString::number(m_now.date().day()).rightJustified(2) + QLatin1Char(' ') +
                              m_now.time().toString(QStringLiteral("HH:mm:ss"));
        m_lines.append(stamp + QStringLiteral(" mail ") + program + QStringLiteral("[4242]: ") + body);
    }
    void rawLine(const QString& line) { m_lines.append(line); }

    void queued(const QString& qid, const QString& sender, int nrcpt = 1)
    {
        raw(QStringLiteral("postfix/pickup"), qid + QStringLiteral(": uid=1001 from=<%1>").arg(sender));
        raw(QStringLiteral("postfix/cleanup"), qid + QStringLiteral(": message-id=<%1@example.org>").arg(qid));
        raw(QStringLiteral("postfix/qmgr"),
            qid + QStringLiteral(": from=<%1>, size=4821, nrcpt=%2 (queue active)").arg(sender).arg(nrcpt));
    }
    void result(const QString& qid, const QString& rcpt, const QString& relay, const QString& dsn,
                const QString& status, const QString& text, const QString& daemon = QStringLiteral("smtp"))
    {
        raw(QStringLiteral("postfix/") + daemon,
            qid + QStringLiteral(": to=<%1>, relay=%2, delay=0.5, delays=0.1/0/0.2/0.2, dsn=%3, status=%4 (%5)")
                      .arg(rcpt, relay, dsn, status, text));
    }
    void sent(const QString& qid, const QString& rcpt, const QString& mx = QStringLiteral("mx.example.net"))
    {
        result(qid, rcpt, mx + QStringLiteral("[192.0.2.10]:25"), QStringLiteral("2.0.0"), QStringLiteral("sent"),
               QStringLiteral("250 2.0.0 Ok: queued as 4F9D21C0A3"));
    }
    void said(const QString& qid, const QString& rcpt, const QString& status, const QString& dsn,
              const QString& reply, const QString& stage = QStringLiteral("RCPT TO"),
              const QString& mx = QStringLiteral("mx.example.net"))
    {
        result(qid, rcpt, mx + QStringLiteral("[192.0.2.10]:25"), dsn, status,
               QStringLiteral("host %1[192.0.2.10] said: %2 (in reply to %3 command)").arg(mx, reply, stage));
    }
    void expired(const QString& qid, const QString& sender)
    {
        raw(QStringLiteral("postfix/qmgr"), qid + QStringLiteral(": from=<%1>, status=expired, returned to sender").arg(sender));
    }
    void removed(const QString& qid) { raw(QStringLiteral("postfix/qmgr"), qid + QStringLiteral(": removed")); }

    QByteArray text() const { return (m_lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8(); }
    void clear() { m_lines.clear(); }

    static bool writeFile(const QString& path, const QByteArray& data, bool append = false)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(append ? QIODevice::Append : QIODevice::WriteOnly))
            return false;
        return file.write(data) == data.size();
    }

    static QByteArray campaignJson(const QString& sender, int year = 2026)
    {
        return QStringLiteral(R"({"name": "Test Campaign", "sender": "%1", "year": %2, "timezone": "UTC"})")
            .arg(sender)
            .arg(year)
            .toUtf8();
    }

private:
    QDateTime m_now;
    QStringList m_lines;
};
