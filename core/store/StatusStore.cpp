#include "StatusStore.h"

#include "ReportQueries.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <unordered_map>

namespace deliverboard {

StatusStore::StatusStore(QSqlDatabase db)
    : m_db(std::move(db)) {}

namespace {
qint64 msOf(const QDateTime& time) {
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

// Send order: the first attempt; a campaign without deliveries (only an audience) by its
// newest log line, else its import time. Ties by id (import order).
qint64 sendTimeOf(const CampaignInfo& c) {
    return c.firstAttemptAt.isValid() ? msOf(c.firstAttemptAt)
           : c.newestLogAt.isValid()  ? msOf(c.newestLogAt)
                                      : msOf(c.importedAt);
}

// The columns with few distinct values (ISP, codes, reason, blame) share one QString per
// value: no allocation per row, and the engine's copies are reference counts.
class Interner {
public:
    const QString& get(sqlite3_stmt* statement, int column) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
        const int bytes = sqlite3_column_bytes(statement, column);
        if (!text)
            return m_empty;
        m_key.assign(text, static_cast<size_t>(bytes));
        auto it = m_values.find(m_key);
        if (it == m_values.end())
            it = m_values.emplace(m_key, QString::fromUtf8(text, bytes)).first;
        return it->second;
    }

private:
    std::unordered_map<std::string, QString> m_values;
    std::string m_key;
    QString m_empty;
};

// Reads the deliveries through the SQLite handle behind the connection (QSQLITE uses the
// system libsqlite3): a million rows through QSqlQuery's QVariants cost several times
// what SQLite itself needs.
class RawQuery {
public:
    ~RawQuery() {
        if (m_statement)
            sqlite3_finalize(m_statement);
    }
    bool prepare(const QSqlDatabase& db, const QString& sql, qint64 bind, QString& error) {
        const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
        if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
            error = QStringLiteral("the database is not an SQLite connection");
            return false;
        }
        sqlite3* connection = *static_cast<sqlite3* const*>(handle.data());
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(connection, utf8.constData(), static_cast<int>(utf8.size()),
                               &m_statement, nullptr) != SQLITE_OK) {
            error = QString::fromUtf8(sqlite3_errmsg(connection));
            m_statement = nullptr;
            return false;
        }
        m_db = connection;
        sqlite3_bind_int64(m_statement, 1, bind);
        return true;
    }
    // True for a row; false at the end or on an error (then `error` is set).
    bool next(QString& error) {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    sqlite3_stmt* statement() const { return m_statement; }
    // The column's UTF-8 text without a copy, valid until the next step.
    QByteArray bytes(int column) const {
        return QByteArray::fromRawData(
            reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column)),
            sqlite3_column_bytes(m_statement, column));
    }
    QString text(int column) const {
        return QString::fromUtf8(
            reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column)),
            sqlite3_column_bytes(m_statement, column));
    }

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};
} // namespace

bool StatusStore::evaluate(StatusEngine& engine,
                           const std::function<bool(int done, int total)>& progress) {
    m_cancelled = false;
    ReportQueries queries(m_db);
    QList<CampaignInfo> campaigns = queries.campaigns();
    if (!queries.errorString().isEmpty()) {
        m_error = queries.errorString();
        return false;
    }
    const auto sendTime = sendTimeOf;
    std::stable_sort(campaigns.begin(), campaigns.end(),
                     [&](const CampaignInfo& a, const CampaignInfo& b) {
                         const qint64 ta = sendTime(a), tb = sendTime(b);
                         return ta != tb ? ta < tb : a.id < b.id;
                     });
    const QList<StatusAction> allActions = actions();
    qsizetype nextAction = 0;
    int done = 0;
    for (const CampaignInfo& campaign : std::as_const(campaigns)) {
        const int current = done++;
        if (progress && !progress(current, static_cast<int>(campaigns.size()))) {
            m_cancelled = true;
            m_error = QStringLiteral("cancelled");
            return false;
        }
        const qint64 time = sendTime(campaign);
        // A manual action wins over everything before it; campaigns sent after it count from it.
        while (nextAction < allActions.size() && allActions.at(nextAction).atMs <= time)
            engine.applyAction(allActions.at(nextAction++));
        engine.beginCampaign(campaign.name, time);
        const OutcomePolicy policy = queries.defaultPolicy(campaign);
        const auto stillWanted = [&progress, current, total = static_cast<int>(campaigns.size())] {
            return !progress || progress(current, total);
        };
        if (!feedCampaign(engine, campaign.id, ReportQueries::outcomeExpression(policy),
                          stillWanted))
            return false;
        engine.endCampaign();
    }
    while (nextAction < allActions.size())
        engine.applyAction(allActions.at(nextAction++));
    return true;
}

bool StatusStore::feedCampaign(StatusEngine& engine, qint64 campaignId, const QString& outcomeSql,
                               const std::function<bool()>& stillWanted) {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const auto exec = [&](const QString& sql) {
        q.prepare(sql);
        q.addBindValue(campaignId);
        if (q.exec())
            return true;
        m_error = q.lastError().text();
        return false;
    };

    // One pass over the campaign's deliveries, in no particular order: the engine keeps
    // each address's contribution until endCampaign().
    {
        RawQuery raw;
        if (!raw.prepare(
                m_db,
                QStringLiteral(
                    "SELECT d.recipient, %1, d.last_attempt_at, d.isp, d.code, d.enhanced, "
                    "d.reason, d.blame FROM deliveries d WHERE d.campaign_id = ?")
                    .arg(outcomeSql),
                campaignId, m_error))
            return false;
        Interner outcomes, isps, codes, enhanced, reasons, blames;
        QString error;
        qint64 rows = 0;
        while (raw.next(error)) {
            if ((++rows & 0xFFFF) == 0 && !stillWanted()) {
                m_cancelled = true;
                m_error = QStringLiteral("cancelled");
                return false;
            }
            sqlite3_stmt* row = raw.statement();
            RecipientOutcome outcome;
            outcomeFromId(outcomes.get(row, 1), outcome.outcome);
            outcome.atMs = sqlite3_column_int64(row, 2);
            outcome.isp = isps.get(row, 3);
            outcome.code = codes.get(row, 4);
            outcome.enhanced = enhanced.get(row, 5);
            outcome.reason = reasons.get(row, 6);
            outcome.blame = blames.get(row, 7);
            engine.addOutcome(raw.bytes(0), std::move(outcome));
        }
        if (!error.isEmpty()) {
            m_error = error;
            return false;
        }
    }

    // Complaints: ARF reports (timed by the delivery they are about, else the campaign's
    // newest log line) and complaint events; unsubscribe events.
    if (!exec(QStringLiteral(
            "SELECT LOWER(r.recipient), COALESCE(d.last_attempt_at, c.newest_log_at, 0) "
            "FROM returned_mail r JOIN campaigns c ON c.id = r.campaign_id "
            "LEFT JOIN deliveries d ON d.id = r.delivery_id "
            "WHERE r.campaign_id = ? AND r.class = 'complaint' AND r.recipient IS NOT NULL")))
        return false;
    while (q.next())
        engine.addComplaint(q.value(0).toString().toUtf8(), q.value(1).toLongLong());
    if (!exec(QStringLiteral(
            "SELECT e.email, e.event, MIN(COALESCE(e.at, c.newest_log_at, 0)) FROM events e "
            "JOIN campaigns c ON c.id = e.campaign_id WHERE e.campaign_id = ? "
            "AND e.event IN ('complaint', 'unsubscribe') GROUP BY e.email, e.event")))
        return false;
    while (q.next()) {
        if (q.value(1).toString() == QLatin1String("complaint"))
            engine.addComplaint(q.value(0).toString().toUtf8(), q.value(2).toLongLong());
        else
            engine.addUnsubscribe(q.value(0).toString().toUtf8(), q.value(2).toLongLong());
    }

    // Opens and clicks, for the inactivity suggestions: a campaign with none at all did
    // not track engagement and so says nothing about who read it.
    if (!exec(QStringLiteral("SELECT DISTINCT email FROM events WHERE campaign_id = ? "
                             "AND event IN ('open', 'click')")))
        return false;
    bool tracked = false;
    while (q.next()) {
        if (!tracked)
            engine.markEngagementTracked();
        tracked = true;
        engine.addEngagement(q.value(0).toString().toUtf8());
    }

    // The audience: every member is an address seen in the store.
    RawQuery audience;
    if (!audience.prepare(
            m_db, QStringLiteral("SELECT email, status FROM audience WHERE campaign_id = ?"),
            campaignId, m_error))
        return false;
    Interner statuses;
    QString error;
    while (audience.next(error))
        engine.addAudienceStatus(audience.bytes(0), statuses.get(audience.statement(), 1));
    if (!error.isEmpty()) {
        m_error = error;
        return false;
    }
    return true;
}

std::optional<QList<AddressHistoryEntry>> StatusStore::history(const QString& address) {
    const QString email = address.trimmed().toLower();
    ReportQueries queries(m_db);
    QList<CampaignInfo> campaigns = queries.campaigns();
    if (!queries.errorString().isEmpty()) {
        m_error = queries.errorString();
        return std::nullopt;
    }
    std::stable_sort(campaigns.begin(), campaigns.end(),
                     [](const CampaignInfo& a, const CampaignInfo& b) {
                         const qint64 ta = sendTimeOf(a), tb = sendTimeOf(b);
                         return ta != tb ? ta < tb : a.id < b.id;
                     });
    QList<AddressHistoryEntry> result;
    for (const CampaignInfo& campaign : std::as_const(campaigns)) {
        AddressHistoryEntry entry;
        entry.campaign = campaign.name;
        // The newest delivery speaks for the campaign, as in the evaluation.
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT %1, d.last_attempt_at, d.isp, d.code, d.enhanced, "
                                 "d.reason, d.reply FROM deliveries d WHERE d.campaign_id = ? "
                                 "AND d.recipient = ? ORDER BY d.last_attempt_at DESC LIMIT 1")
                      .arg(ReportQueries::outcomeExpression(queries.defaultPolicy(campaign))));
        q.addBindValue(campaign.id);
        q.addBindValue(email);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return std::nullopt;
        }
        if (q.next()) {
            entry.sent = true;
            outcomeFromId(q.value(0).toString(), entry.outcome);
            entry.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
            entry.isp = q.value(2).toString();
            entry.code = q.value(3).toString();
            entry.enhanced = q.value(4).toString();
            entry.reason = q.value(5).toString();
            entry.reply = q.value(6).toString();
        }
        q.prepare(
            QStringLiteral("SELECT status FROM audience WHERE campaign_id = ? AND email = ?"));
        q.addBindValue(campaign.id);
        q.addBindValue(email);
        if (q.exec() && q.next())
            entry.audienceStatus = q.value(0).toString();
        q.prepare(QStringLiteral("SELECT DISTINCT event FROM events WHERE campaign_id = ? AND "
                                 "email = ? ORDER BY event"));
        q.addBindValue(campaign.id);
        q.addBindValue(email);
        if (q.exec())
            while (q.next())
                entry.events.append(q.value(0).toString());
        if (entry.sent || !entry.audienceStatus.isEmpty() || !entry.events.isEmpty())
            result.append(entry);
    }
    return result;
}

bool StatusStore::addAction(const StatusAction& action) {
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO status_actions (email, action, note, at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(action.address.toLower());
    q.addBindValue(action.kind == StatusAction::Kind::Reactivate ? QStringLiteral("reactivate")
                                                                 : QStringLiteral("suppress"));
    q.addBindValue(action.note);
    q.addBindValue(action.atMs);
    if (q.exec())
        return true;
    m_error = q.lastError().text();
    return false;
}

QList<StatusAction> StatusStore::actions(const QString& address) {
    QList<StatusAction> result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT email, action, note, at FROM status_actions %1 ORDER BY at, id")
            .arg(address.isEmpty() ? QString() : QStringLiteral("WHERE email = ?")));
    if (!address.isEmpty())
        q.addBindValue(address.toLower());
    if (!q.exec()) {
        m_error = q.lastError().text();
        return result;
    }
    while (q.next()) {
        StatusAction a;
        a.address = q.value(0).toString();
        a.kind = q.value(1).toString() == QLatin1String("reactivate")
                     ? StatusAction::Kind::Reactivate
                     : StatusAction::Kind::Suppress;
        a.note = q.value(2).toString();
        a.atMs = q.value(3).toLongLong();
        result.append(a);
    }
    return result;
}

} // namespace deliverboard
