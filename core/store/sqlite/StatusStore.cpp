#include "StatusStore.h"

#include "ReportQueries.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <array>
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

// The columns with few distinct values (ISP, codes, reason, blame) as ids of the engine's
// string table: a row costs a look-up of its bytes, no allocation.
class Interner {
public:
    explicit Interner(StatusEngine& engine)
        : m_engine(engine) {}
    quint32 get(sqlite3_stmt* statement, int column) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, column));
        const int bytes = sqlite3_column_bytes(statement, column);
        if (!text || bytes == 0)
            return 0;
        // Rows come in the order of the report's index (ISP, outcome, code, ...), so a value
        // is most often the one before.
        if (m_lastId != 0 && QByteArrayView(text, bytes) == QByteArrayView(m_key))
            return m_lastId;
        m_key.assign(text, static_cast<size_t>(bytes));
        auto it = m_values.find(m_key);
        if (it == m_values.end())
            it = m_values.emplace(m_key, m_engine.intern(QString::fromUtf8(text, bytes))).first;
        m_lastId = it->second;
        return m_lastId;
    }

private:
    StatusEngine& m_engine;
    std::unordered_map<std::string, quint32> m_values;
    std::string m_key;    // the last value's bytes
    quint32 m_lastId = 0; // its id; 0: none yet
};

// Feeds rows that name their address by id in batches of 64: first every row's id slot is
// requested from memory, then every entry's contribution slot, then the rows are applied.
// At a million addresses nearly every row misses the cache twice (rows come in index
// order, not in the engine's); in a batch those misses overlap (perf: feeding a row cost
// about 240 ns, nearly all of it waiting for memory).
template <typename Payload> class BatchFeeder {
public:
    using Apply = std::function<void(qint32 entry, const Payload& payload)>;
    BatchFeeder(StatusEngine& engine, Apply apply)
        : m_engine(engine)
        , m_apply(std::move(apply)) {}
    ~BatchFeeder() { flush(); }

    void add(qint64 addressId, const Payload& payload) {
        m_ids[m_size] = addressId;
        m_payloads[m_size] = payload;
        if (++m_size == kBatch)
            flush();
    }
    void flush() {
        for (int i = 0; i < m_size; ++i)
            m_engine.prefetchId(m_ids[i]);
        for (int i = 0; i < m_size; ++i) {
            m_entries[i] = m_engine.entryForId(m_ids[i]);
            m_engine.prefetchEntry(m_entries[i]);
        }
        for (int i = 0; i < m_size; ++i)
            m_apply(m_entries[i], m_payloads[i]);
        m_size = 0;
    }

private:
    static constexpr int kBatch = 64;
    StatusEngine& m_engine;
    Apply m_apply;
    std::array<qint64, kBatch> m_ids{};
    std::array<qint32, kBatch> m_entries{};
    std::array<Payload, kBatch> m_payloads{};
    int m_size = 0;
};

AudienceMark audienceMark(QByteArrayView status) {
    if (status == "Opt-out")
        return AudienceMark::OptOut;
    if (status == "Error")
        return AudienceMark::Error;
    if (status == "Active")
        return AudienceMark::Active;
    return AudienceMark::None;
}

// Reads the deliveries through the SQLite handle behind the connection (QSQLITE uses the
// system libsqlite3): a million rows through QSqlQuery's QVariants cost several times
// what SQLite itself needs.
class RawQuery {
public:
    ~RawQuery() {
        if (m_statement)
            sqlite3_finalize(m_statement);
    }
    bool prepare(const QSqlDatabase& db, const QString& sql, std::initializer_list<qint64> binds,
                 QString& error) {
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
        int index = 1;
        for (const qint64 value : binds)
            sqlite3_bind_int64(m_statement, index++, value);
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
    QByteArrayView bytes(int column) const {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        return QByteArrayView(text, text ? sqlite3_column_bytes(m_statement, column) : 0);
    }
    bool isNull(int column) const {
        return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
    }
    // The entry of the row's address: column `idColumn` (the address id), else, when the
    // row has none, the text in `textColumn`.
    qint32 entry(StatusEngine& engine, int idColumn, int textColumn) const {
        if (!isNull(idColumn)) {
            const qint32 entry = engine.entryForId(sqlite3_column_int64(m_statement, idColumn));
            if (entry >= 0)
                return entry;
        }
        return engine.entryForAddress(bytes(textColumn));
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

// Feeds one campaign's rows of one kind into the engine, by address id where a row has one
// (batched), else by its text. Columns 0 and 1 of every query are the address id and its
// text; `make` reads the rest of a row into a Payload.
//   first:   every row; its text column may be NULL (a covering index without the text),
//            then its rows without an id are read by `withoutId`.
//   withoutId: the rows without an id, with their text (empty: `first` has the text).
//   withText: every row with an id, with its text: read again only when an id named no
//            address the engine knows (a store edited by hand), for those rows alone.
// Returns an error text, empty when done; "cancelled" when `stillWanted` said so.
template <typename Payload> struct RowFeed {
    QString first, withoutId, withText;
    std::function<Payload(sqlite3_stmt*)> make;
    std::function<void(qint32 entry, const Payload&)> apply;
};

template <typename Payload>
QString feedRows(const QSqlDatabase& db, StatusEngine& engine, qint64 campaignId,
                 const RowFeed<Payload>& feed, const std::function<bool()>& stillWanted) {
    QString error;
    bool dangling = false;
    enum class Pass { First, WithoutId, UnknownIds };
    const auto run = [&](const QString& sql, Pass pass) {
        RawQuery raw;
        if (!raw.prepare(db, sql, {campaignId}, error))
            return false;
        BatchFeeder<Payload> byId(engine, [&](qint32 entry, const Payload& payload) {
            if (entry < 0)
                dangling = true;
            else
                feed.apply(entry, payload);
        });
        qint64 rows = 0;
        while (raw.next(error)) {
            if ((++rows & 0xFFFF) == 0 && !stillWanted()) {
                error = QStringLiteral("cancelled");
                return false;
            }
            sqlite3_stmt* row = raw.statement();
            const bool hasId = !raw.isNull(0);
            if (pass == Pass::First && hasId) {
                byId.add(sqlite3_column_int64(row, 0), feed.make(row));
                continue;
            }
            if (pass == Pass::UnknownIds && engine.entryForId(sqlite3_column_int64(row, 0)) >= 0)
                continue; // fed by the first pass
            if (raw.isNull(1))
                continue; // no id and no text here: read by `withoutId`
            feed.apply(engine.entryForAddress(raw.bytes(1)), feed.make(row));
        }
        byId.flush();
        return error.isEmpty();
    };
    if (!run(feed.first, Pass::First) ||
        (!feed.withoutId.isEmpty() && !run(feed.withoutId, Pass::WithoutId)) ||
        (dangling && !run(feed.withText, Pass::UnknownIds)))
        return error.isEmpty() ? QStringLiteral("failed") : error;
    return {};
}

} // namespace

bool StatusStore::evaluate(StatusEngine& engine,
                           const std::function<bool(int done, int total)>& progress) {
    m_cancelled = false;
    m_error.clear();
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
    if (!m_error.isEmpty())
        return false;
    if (!defineAddresses(engine, [&progress, total = static_cast<int>(campaigns.size())] {
            return !progress || progress(0, total);
        }))
        return false;
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
    engine.finish();
    return true;
}

bool StatusStore::defineAddresses(StatusEngine& engine, const std::function<bool()>& stillWanted) {
    {
        RawQuery largest;
        QString error;
        if (!largest.prepare(m_db, QStringLiteral("SELECT MAX(id) FROM addresses"), {}, m_error))
            return false;
        if (largest.next(error))
            engine.reserveAddresses(sqlite3_column_int64(largest.statement(), 0));
    }
    RawQuery raw;
    if (!raw.prepare(m_db, QStringLiteral("SELECT id, email FROM addresses ORDER BY email"), {},
                     m_error))
        return false;
    QString error;
    qint64 rows = 0;
    while (raw.next(error)) {
        if ((++rows & 0xFFFF) == 0 && !stillWanted()) {
            m_cancelled = true;
            m_error = QStringLiteral("cancelled");
            return false;
        }
        engine.defineAddress(sqlite3_column_int64(raw.statement(), 0), raw.bytes(1));
    }
    m_error = error;
    return error.isEmpty();
}

bool StatusStore::feedCampaign(StatusEngine& engine, qint64 campaignId, const QString& outcomeSql,
                               const std::function<bool()>& stillWanted) {
    const auto failed = [this](const QString& error) {
        if (error.isEmpty())
            return true;
        m_error = error;
        return false;
    };
    QString error;

    const auto fed = [&](const QString& result) {
        if (result.isEmpty())
            return true;
        if (result == QLatin1String("cancelled"))
            m_cancelled = true;
        m_error = result;
        return false;
    };

    // One pass over the campaign's deliveries, in no particular order: the engine keeps
    // each address's contribution until endCampaign(). The rows with an address id are read
    // from the covering index deliveries_report alone (EXPLAIN QUERY PLAN: COVERING INDEX),
    // not from the wide delivery rows; those without one (written by something else than
    // the importer) through the partial index deliveries_without_address, by their text.
    Interner outcomes(engine), isps(engine), codes(engine), enhanced(engine), reasons(engine),
        blames(engine);
    std::vector<std::optional<Outcome>> outcomeOf; // by the interned outcome id
    const QString deliveries =
        QStringLiteral("SELECT d.address_id, %1, %2, d.last_attempt_at, d.isp, "
                       "d.code, d.enhanced, d.reason, d.blame FROM deliveries d "
                       "WHERE d.campaign_id = ?")
            .arg(QStringLiteral("%1"), outcomeSql);
    RowFeed<RecipientOutcome> outcomeFeed;
    outcomeFeed.first = deliveries.arg(QStringLiteral("NULL"));
    outcomeFeed.withoutId =
        deliveries.arg(QStringLiteral("d.recipient")) + QStringLiteral(" AND d.address_id IS NULL");
    outcomeFeed.withText = deliveries.arg(QStringLiteral("d.recipient")) +
                           QStringLiteral(" AND d.address_id IS NOT NULL");
    outcomeFeed.make = [&](sqlite3_stmt* row) {
        RecipientOutcome outcome;
        const quint32 outcomeId = outcomes.get(row, 2);
        if (outcomeId >= outcomeOf.size())
            outcomeOf.resize(outcomeId + 1);
        if (!outcomeOf[outcomeId]) {
            Outcome parsed = Outcome::InProgress;
            outcomeFromId(engine.text(outcomeId), parsed);
            outcomeOf[outcomeId] = parsed;
        }
        outcome.outcome = *outcomeOf[outcomeId];
        outcome.atMs = sqlite3_column_int64(row, 3);
        outcome.isp = isps.get(row, 4);
        outcome.code = codes.get(row, 5);
        outcome.enhanced = enhanced.get(row, 6);
        outcome.reason = reasons.get(row, 7);
        outcome.blame = blames.get(row, 8);
        return outcome;
    };
    outcomeFeed.apply = [&engine](qint32 entry, const RecipientOutcome& o) {
        engine.addOutcome(entry, o);
    };
    if (!fed(feedRows(m_db, engine, campaignId, outcomeFeed, stillWanted)))
        return false;

    // Complaints: ARF reports (timed by the delivery they are about, else the campaign's
    // newest log line) and complaint events; unsubscribe events.
    {
        RawQuery raw;
        if (!raw.prepare(
                m_db,
                QStringLiteral("SELECT a.id, LOWER(r.recipient), "
                               "COALESCE(d.last_attempt_at, c.newest_log_at, 0) "
                               "FROM returned_mail r JOIN campaigns c ON c.id = r.campaign_id "
                               "LEFT JOIN deliveries d ON d.id = r.delivery_id "
                               "LEFT JOIN addresses a ON a.email = LOWER(r.recipient) "
                               "WHERE r.campaign_id = ? AND r.class = 'complaint' "
                               "AND r.recipient IS NOT NULL"),
                {campaignId}, m_error))
            return false;
        while (raw.next(error))
            engine.addComplaint(raw.entry(engine, 0, 1), sqlite3_column_int64(raw.statement(), 2));
        if (!failed(error))
            return false;
    }
    {
        RawQuery raw;
        if (!raw.prepare(
                m_db,
                QStringLiteral("SELECT MIN(e.address_id), e.email, e.event, "
                               "MIN(COALESCE(e.at, c.newest_log_at, 0)) FROM events e "
                               "JOIN campaigns c ON c.id = e.campaign_id WHERE e.campaign_id = ? "
                               "AND e.event IN ('complaint', 'unsubscribe') "
                               "GROUP BY e.email, e.event"),
                {campaignId}, m_error))
            return false;
        while (raw.next(error)) {
            const qint32 entry = raw.entry(engine, 0, 1);
            const qint64 at = sqlite3_column_int64(raw.statement(), 3);
            if (raw.bytes(2) == "complaint")
                engine.addComplaint(entry, at);
            else
                engine.addUnsubscribe(entry, at);
        }
        if (!failed(error))
            return false;
    }

    // Opens and clicks, for the inactivity suggestions: a campaign with none at all did
    // not track engagement and so says nothing about who read it. Each row, repeats too
    // (addEngagement() is idempotent), read from the covering index events_campaign.
    const QString engagement = QStringLiteral(
        "SELECT address_id, email FROM events WHERE campaign_id = ? AND event IN ('open', "
        "'click')");
    RowFeed<char> engagementFeed{engagement,
                                 {},
                                 engagement,
                                 [](sqlite3_stmt*) { return '\0'; },
                                 [&engine](qint32 entry, char) {
                                     if (!engine.tracksEngagement())
                                         engine.markEngagementTracked();
                                     engine.addEngagement(entry);
                                 }};
    if (!fed(feedRows(m_db, engine, campaignId, engagementFeed, stillWanted)))
        return false;

    // The audience: every member is an address seen in the store.
    const QString audience =
        QStringLiteral("SELECT address_id, email, status FROM audience WHERE campaign_id = ?");
    RowFeed<AudienceMark> audienceFeed{
        audience,
        {},
        audience,
        [](sqlite3_stmt* row) {
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(row, 2));
            return audienceMark(QByteArrayView(text, text ? sqlite3_column_bytes(row, 2) : 0));
        },
        [&engine](qint32 entry, AudienceMark mark) { engine.addAudienceStatus(entry, mark); }};
    return fed(feedRows(m_db, engine, campaignId, audienceFeed, stillWanted));
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
