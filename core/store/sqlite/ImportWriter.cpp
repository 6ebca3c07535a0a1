#include "ImportWriter.h"

#include "ReportSummary.h"
#include "import/AudienceReader.h"
#include "import/EventsReader.h"
#include "import/ReturnedMailImporter.h"
#include "mail/ReturnedMail.h"
#include "store/AttemptTexts.h"

#include <QDateTime>
#include <QSqlError>
#include <QVariant>

namespace deliverboard {

namespace {
enum Slot {
    InsertMessage,
    UpdateMessage,
    InsertDelivery,
    UpdateDelivery,
    InsertAttempt,
    InsertProblem,
    SelectAddress,
    InsertAddress,
    InsertTextBlock,
    SelectOpenMessage,
    SelectMessageDeliveries,
    SlotCount
};

int membershipValue(const MessageRecord& m) {
    switch (m.membership) {
    case MessageRecord::Membership::Member:
        return 1;
    case MessageRecord::Membership::Foreign:
        return 0;
    case MessageRecord::Membership::Undecided:
        return 2;
    }
    return 2;
}

// The columns insert and update share, in the same order in both statements.
void bindMessageState(SqliteStatement& q, const MessageRecord& m) {
    q.bind(m.senderKnown ? m.sender : QString()); // sender_known tells <> from unknown
    q.bindInt(m.senderKnown ? 1 : 0);
    if (m.size < 0)
        q.bindNull();
    else
        q.bind(m.size);
    q.bindInt(m.nrcpt)
        .bindTime(m.firstSeenAt)
        .bindInt(membershipValue(m))
        .bindInt(m.closed ? 1 : 0)
        .bindInt(m.adminRemoved ? 1 : 0)
        .bindTime(m.expiredAt);
}

// The delivery columns insert and update share, from original_recipient to relay, in the
// same order in both statements.
void bindDeliveryState(SqliteStatement& q, const DeliveryRecord& r) {
    q.bind(r.originalRecipient)
        .bind(r.isp)
        .bindInt(r.attempts)
        .bindTime(r.firstAttemptAt)
        .bindTime(r.lastAttemptAt)
        .bind(r.finalStatus);
    for (const QString* value :
         {&r.cls, &r.reason, &r.stage, &r.code, &r.enhanced, &r.blame, &r.rule, &r.reply, &r.relay})
        q.bind(*value);
}

QVariant nullable(const QString& s) {
    return s.isEmpty() ? QVariant() : QVariant(s);
}
QVariant nullableTime(qint64 t) {
    return t == 0 ? QVariant() : QVariant(t);
}
} // namespace

ImportWriter::ImportWriter(QSqlDatabase db)
    : m_db(std::move(db)) {
    m_statements.resize(SlotCount);
}

ImportWriter::~ImportWriter() = default;

bool ImportWriter::run(QSqlQuery& query) {
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

bool ImportWriter::run(SqliteStatement& statement) {
    if (statement.isPrepared() && statement.exec())
        return true;
    m_error = statement.errorString();
    return false;
}

bool ImportWriter::failed(const SqliteStatement& statement) {
    m_error = statement.errorString();
    return false;
}

SqliteStatement& ImportWriter::prepared(int slot, const QString& sql) {
    auto& statement = m_statements[slot];
    if (!statement) {
        statement = std::make_unique<SqliteStatement>();
        statement->prepare(m_db, sql);
    }
    return *statement;
}

bool ImportWriter::begin() {
    // IMMEDIATE takes the write lock now, waiting (busy timeout) for another writer to
    // finish; a deferred BEGIN would fail at once ("database is locked") when its read
    // snapshot turned into a write after the other writer's commit.
    m_nextMessageId = 0;
    m_nextDeliveryId = 0;
    m_nextTextBlockId = 0;
    m_textBlock.clear();
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    m_error = q.lastError().text();
    return false;
}

qint64 ImportWriter::nextId(const QString& largestIdSql, qint64& counter) {
    if (counter == 0) {
        QSqlQuery q(m_db);
        if (q.exec(largestIdSql) && q.next())
            counter = q.value(0).toLongLong() + 1;
        else
            counter = 1; // the insert will fail and say why
    }
    return counter++;
}

qint64 ImportWriter::newTextBlockId() {
    // AUTOINCREMENT's counter, not MAX(id): ids of removed blocks are never reused, so
    // readers can cache blocks by id. An explicit id moves the counter on as well.
    return nextId(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM sqlite_sequence WHERE "
                                 "name = 'text_blocks'"),
                  m_nextTextBlockId);
}

qint64 ImportWriter::newMessageId() {
    // The rowid b-tree answers MAX(id) from its last page.
    return nextId(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM messages"), m_nextMessageId);
}

qint64 ImportWriter::newDeliveryId() {
    return nextId(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM deliveries"), m_nextDeliveryId);
}

bool ImportWriter::saveMessage(qint64 campaignId, MessageRecord& message) {
    if (!markSummaryStale(campaignId))
        return false;
    if (!(message.stored ? updateMessage(message) : insertMessage(campaignId, message)))
        return false;
    message.stored = true;
    return true;
}

bool ImportWriter::saveDelivery(qint64 campaignId, DeliveryRecord& delivery) {
    if (!markSummaryStale(campaignId))
        return false;
    if (!(delivery.stored ? updateDelivery(delivery) : insertDelivery(campaignId, delivery)))
        return false;
    delivery.stored = true;
    delivery.dirty = false;
    if (delivery.firstAttemptAt > 0) {
        const auto it = m_firstAttempts.find(campaignId);
        if (it == m_firstAttempts.end())
            m_firstAttempts.insert(campaignId, delivery.firstAttemptAt);
        else
            *it = std::min(*it, delivery.firstAttemptAt);
    }
    return true;
}

bool ImportWriter::commit() {
    if (!writeTextBlock())
        return false;
    // Attempts are only ever added (a campaign's deliveries go only with the campaign), so
    // the minimum kept so far stays exact.
    for (auto it = m_firstAttempts.cbegin(); it != m_firstAttempts.cend(); ++it) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE campaigns SET first_attempt_at = "
                                 "MIN(COALESCE(first_attempt_at, ?), ?) WHERE id = ?"));
        q.addBindValue(it.value());
        q.addBindValue(it.value());
        q.addBindValue(it.key());
        if (!run(q))
            return false;
    }
    m_firstAttempts.clear();
    if (m_db.commit()) {
        m_staleCommitted = m_staleCommitted || m_staleInTransaction;
        m_staleInTransaction = false;
        return true;
    }
    m_error = m_db.lastError().text();
    return false;
}

void ImportWriter::rollback() {
    m_db.rollback();
    m_textBlock.clear(); // its id went with the transaction: read again at the next block
    m_nextTextBlockId = 0;
    m_firstAttempts.clear();
    m_staleInTransaction = false; // rolled back with the rest: marked again at the next change
}

bool ImportWriter::markSummaryStale(qint64 campaignId) {
    if (m_staleCommitted || m_staleInTransaction)
        return true;
    ReportSummary summary(m_db);
    if (!summary.invalidate(campaignId)) {
        m_error = summary.errorString();
        return false;
    }
    m_staleInTransaction = true;
    return true;
}

bool ImportWriter::rebuildSummary(qint64 campaignId) {
    ReportSummary summary(m_db);
    if (!summary.rebuild(campaignId)) {
        m_error = summary.errorString();
        return false;
    }
    m_staleCommitted = false;
    m_staleInTransaction = false;
    return true;
}

bool ImportWriter::upsertCampaign(CampaignRecord& record) {
    QSqlQuery find(m_db);
    find.prepare(
        QStringLiteral("SELECT id, first_month, newest_log_at FROM campaigns WHERE name = ?"));
    find.addBindValue(record.name);
    if (!run(find))
        return false;
    QSqlQuery write(m_db);
    if (find.next()) {
        record.id = find.value(0).toLongLong();
        record.firstMonth = find.value(1).toInt();
        record.newestLogAt = find.value(2).toLongLong();
        write.prepare(QStringLiteral(
            "UPDATE campaigns SET folder = ?, sender_filter = ?, year = ?, timezone = ?, "
            "retry_window_hours = ?, max_attempts = ?, imported_at = ? WHERE id = ?"));
    } else {
        write.prepare(QStringLiteral(
            "INSERT INTO campaigns (folder, sender_filter, year, timezone, retry_window_hours, "
            "max_attempts, imported_at, name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    write.addBindValue(nullable(record.folder));
    write.addBindValue(nullable(record.senderFilter));
    write.addBindValue(record.year == 0 ? QVariant() : QVariant(record.year));
    write.addBindValue(nullable(record.timeZone));
    write.addBindValue(record.retryWindowHours);
    write.addBindValue(record.maxAttempts);
    write.addBindValue(QDateTime::currentMSecsSinceEpoch());
    write.addBindValue(record.id != 0 ? QVariant(record.id) : QVariant(record.name));
    if (!run(write))
        return false;
    if (record.id == 0)
        record.id = write.lastInsertId().toLongLong();
    return true;
}

bool ImportWriter::updateCampaignState(const CampaignRecord& record) {
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE campaigns SET first_month = ?, newest_log_at = ? WHERE id = ?"));
    q.addBindValue(record.firstMonth == 0 ? QVariant() : QVariant(record.firstMonth));
    q.addBindValue(nullableTime(record.newestLogAt));
    q.addBindValue(record.id);
    return run(q);
}

QList<SourceFileRecord> ImportWriter::sourceFiles(qint64 campaignId) {
    QList<SourceFileRecord> files;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, path, kind, fingerprint, fingerprint_length, consumed_bytes, consumed_lines, "
        "file_size, lines_used, lines_skipped, last_error FROM source_files WHERE campaign_id = ? "
        "ORDER BY id"));
    q.addBindValue(campaignId);
    if (!run(q))
        return files;
    while (q.next()) {
        SourceFileRecord r;
        r.id = q.value(0).toLongLong();
        r.campaignId = campaignId;
        r.path = q.value(1).toString();
        r.kind = q.value(2).toString();
        r.fingerprint = q.value(3).toString();
        r.fingerprintLength = q.value(4).toInt();
        r.consumedBytes = q.value(5).toLongLong();
        r.consumedLines = q.value(6).toLongLong();
        r.fileSize = q.value(7).toLongLong();
        r.linesUsed = q.value(8).toLongLong();
        r.linesSkipped = q.value(9).toLongLong();
        r.lastError = q.value(10).toString();
        files.append(r);
    }
    return files;
}

bool ImportWriter::saveSourceFile(SourceFileRecord& r) {
    QSqlQuery q(m_db);
    if (r.id == 0)
        q.prepare(QStringLiteral(
            "INSERT INTO source_files (path, kind, fingerprint, fingerprint_length, "
            "consumed_bytes, "
            "consumed_lines, file_size, lines_used, lines_skipped, last_error, campaign_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    else
        q.prepare(QStringLiteral(
            "UPDATE source_files SET path = ?, kind = ?, fingerprint = ?, fingerprint_length = ?, "
            "consumed_bytes = ?, consumed_lines = ?, file_size = ?, lines_used = ?, "
            "lines_skipped = ?, last_error = ? WHERE id = ?"));
    q.addBindValue(r.path);
    q.addBindValue(r.kind);
    q.addBindValue(r.fingerprint);
    q.addBindValue(r.fingerprintLength);
    q.addBindValue(r.consumedBytes);
    q.addBindValue(r.consumedLines);
    q.addBindValue(r.fileSize);
    q.addBindValue(r.linesUsed);
    q.addBindValue(r.linesSkipped);
    q.addBindValue(nullable(r.lastError));
    q.addBindValue(r.id == 0 ? r.campaignId : r.id);
    if (!run(q))
        return false;
    if (r.id == 0)
        r.id = q.lastInsertId().toLongLong();
    return true;
}

bool ImportWriter::openQueueKeys(qint64 campaignId,
                                 const std::function<void(const QString&)>& each) {
    SqliteStatement q;
    // messages_open covers (campaign_id, queue_key) of exactly these rows.
    if (!q.prepare(m_db, QStringLiteral("SELECT queue_key FROM messages WHERE campaign_id = ? "
                                        "AND closed = 0"))) {
        m_error = q.errorString();
        return false;
    }
    q.bind(campaignId);
    bool row = false;
    bool ok = true;
    while ((ok = q.next(row)) && row)
        each(q.columnText(0));
    return ok || failed(q);
}

bool ImportWriter::loadOpenMessage(qint64 campaignId, const QString& queueKey, MessageRecord& m,
                                   bool& found) {
    // By messages_open; of two open rows under one key (never written by the correlator)
    // the newest counts.
    SqliteStatement& q = prepared(
        SelectOpenMessage,
        QStringLiteral("SELECT id, queue_key, queue_id, message_id, sender, sender_known, size, "
                       "nrcpt, first_seen_at, in_campaign, expired_at FROM messages "
                       "WHERE campaign_id = ? AND queue_key = ? AND closed = 0 "
                       "ORDER BY id DESC LIMIT 1"));
    if (!q.isPrepared())
        return failed(q);
    q.bind(campaignId).bind(queueKey);
    bool row = false;
    if (!q.next(row))
        return failed(q);
    found = row;
    if (!found)
        return true;
    m = MessageRecord();
    m.id = q.columnInt64(0);
    m.queueKey = q.columnText(1);
    m.queueId = q.columnText(2);
    m.messageId = q.columnText(3);
    m.sender = q.columnText(4);
    m.senderKnown = q.columnInt64(5) != 0;
    m.size = q.columnIsNull(6) ? -1 : q.columnInt64(6);
    m.nrcpt = static_cast<int>(q.columnInt64(7));
    m.firstSeenAt = q.columnInt64(8);
    const qint64 membership = q.columnInt64(9);
    m.membership = membership == 1   ? MessageRecord::Membership::Member
                   : membership == 0 ? MessageRecord::Membership::Foreign
                                     : MessageRecord::Membership::Undecided;
    m.expiredAt = q.columnInt64(10);
    m.stored = true;
    q.reset();

    SqliteStatement& d = prepared(
        SelectMessageDeliveries,
        QStringLiteral("SELECT id, recipient, domain, original_recipient, isp, attempts, "
                       "first_attempt_at, last_attempt_at, final_status, class, reason, stage, "
                       "code, enhanced, blame, rule, reply, relay FROM deliveries "
                       "WHERE message_id = ? ORDER BY id"));
    if (!d.isPrepared())
        return failed(d);
    d.bind(m.id);
    bool ok = true;
    while ((ok = d.next(row)) && row) {
        DeliveryRecord r;
        r.id = d.columnInt64(0);
        r.messageRowId = m.id;
        r.recipient = d.columnText(1);
        r.domain = d.columnText(2);
        r.originalRecipient = d.columnText(3);
        r.isp = d.columnText(4);
        r.attempts = static_cast<int>(d.columnInt64(5));
        r.firstAttemptAt = d.columnInt64(6);
        r.lastAttemptAt = d.columnInt64(7);
        r.finalStatus = d.columnText(8);
        r.cls = d.columnText(9);
        r.reason = d.columnText(10);
        r.stage = d.columnText(11);
        r.code = d.columnText(12);
        r.enhanced = d.columnText(13);
        r.blame = d.columnText(14);
        r.rule = d.columnText(15);
        r.reply = d.columnText(16);
        r.relay = d.columnText(17);
        r.stored = true;
        m.deliveries.append(std::move(r));
    }
    return ok || failed(d);
}

bool ImportWriter::insertMessage(qint64 campaignId, const MessageRecord& m) {
    SqliteStatement& q = prepared(
        InsertMessage,
        QStringLiteral(
            "INSERT INTO messages (id, campaign_id, queue_key, queue_id, message_id, "
            "sender, sender_known, size, nrcpt, first_seen_at, in_campaign, closed, "
            "admin_removed, expired_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(m.id).bind(campaignId).bind(m.queueKey).bind(m.queueId).bind(m.messageId);
    bindMessageState(q, m);
    return run(q);
}

bool ImportWriter::updateMessage(const MessageRecord& m) {
    SqliteStatement& q =
        prepared(UpdateMessage, QStringLiteral("UPDATE messages SET sender = ?, sender_known = ?, "
                                               "size = ?, nrcpt = ?, first_seen_at = ?, "
                                               "in_campaign = ?, closed = ?, admin_removed = ?, "
                                               "expired_at = ?, message_id = ? WHERE id = ?"));
    bindMessageState(q, m);
    q.bind(m.messageId).bind(m.id);
    return run(q);
}

bool ImportWriter::addressId(const QString& email, qint64& id) {
    id = 0;
    if (email.isEmpty())
        return true;
    SqliteStatement& select =
        prepared(SelectAddress, QStringLiteral("SELECT id FROM addresses WHERE email = ?"));
    bool found = false;
    select.bind(email);
    if (!select.execScalar(id, found)) {
        m_error = select.errorString();
        return false;
    }
    if (found)
        return true;
    SqliteStatement& insert =
        prepared(InsertAddress, QStringLiteral("INSERT INTO addresses (email) VALUES (?)"));
    insert.bind(email);
    if (!run(insert))
        return false;
    id = insert.lastInsertId();
    return true;
}

bool ImportWriter::bindAddressId(SqliteStatement& statement, const QString& email) {
    qint64 id = 0;
    if (!addressId(email, id))
        return false;
    if (id == 0)
        statement.bindNull();
    else
        statement.bind(id);
    return true;
}

// One write per delivery and batch: the row is inserted with its summary as it stands at
// the flush, not inserted empty and updated again (which maintained every index twice).
bool ImportWriter::insertDelivery(qint64 campaignId, const DeliveryRecord& r) {
    SqliteStatement& q = prepared(
        InsertDelivery,
        QStringLiteral("INSERT INTO deliveries (id, campaign_id, message_id, recipient, domain, "
                       "original_recipient, isp, attempts, first_attempt_at, last_attempt_at, "
                       "final_status, class, reason, stage, code, enhanced, blame, rule, reply, "
                       "relay, address_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?)"));
    qint64 address = 0;
    if (!addressId(r.recipient, address))
        return false;
    q.bind(r.id).bind(campaignId).bind(r.messageRowId).bind(r.recipient).bind(r.domain);
    bindDeliveryState(q, r);
    if (address == 0)
        q.bindNull();
    else
        q.bind(address);
    return run(q);
}

bool ImportWriter::updateDelivery(const DeliveryRecord& r) {
    SqliteStatement& q = prepared(
        UpdateDelivery,
        QStringLiteral(
            "UPDATE deliveries SET original_recipient = ?, isp = ?, attempts = ?, first_attempt_at "
            "= ?, "
            "last_attempt_at = ?, final_status = ?, class = ?, reason = ?, stage = ?, code = ?, "
            "enhanced = ?, blame = ?, rule = ?, reply = ?, relay = ? WHERE id = ?"));
    bindDeliveryState(q, r);
    q.bind(r.id);
    return run(q);
}

bool ImportWriter::insertAttempt(const AttemptRecord& a) {
    // The attempt's texts go into its campaign's open text block; the row keeps where they
    // start. Attempts of one block are rows of one campaign, so removing it removes them.
    const bool inBlock = a.campaignId != 0;
    int firstText = 0;
    if (inBlock) {
        if (!m_textBlock.isEmpty() &&
            (m_textBlock.isFull() || m_textBlockCampaign != a.campaignId) && !writeTextBlock())
            return false;
        if (m_textBlock.isEmpty()) {
            m_textBlockId = newTextBlockId();
            m_textBlockCampaign = a.campaignId;
        }
        firstText = attempttexts::add(m_textBlock, a);
    }
    SqliteStatement& q = prepared(
        InsertAttempt,
        QStringLiteral(
            "INSERT INTO attempts (delivery_id, at, status, network, relay_host, relay_ip, "
            "relay_port, "
            "code, enhanced, dsn, reply, stage, class, reason, isp, blame, rule, source_file_id, "
            "line_no, raw, text_block, text_index) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bind(a.deliveryId).bind(a.at).bind(a.status).bindInt(a.network ? 1 : 0);
    const QString none;
    q.bind(inBlock ? none : a.relayHost).bind(inBlock ? none : a.relayIp);
    if (a.relayPort == 0)
        q.bindNull();
    else
        q.bindInt(a.relayPort);
    for (const QString* value : {&a.code, &a.enhanced, &a.dsn, &a.reply, &a.stage, &a.cls,
                                 &a.reason, &a.isp, &a.blame, &a.rule})
        q.bind(inBlock ? none : *value);
    if (a.sourceFileId == 0)
        q.bindNull();
    else
        q.bind(a.sourceFileId);
    q.bind(a.lineNo);
    if (inBlock)
        q.bindNull().bind(m_textBlockId).bindInt(firstText);
    else
        q.bindUtf8(a.raw).bindNull().bindNull();
    return run(q);
}

bool ImportWriter::writeTextBlock() {
    if (m_textBlock.isEmpty())
        return true;
    const QByteArray blob = m_textBlock.compress();
    if (blob.isEmpty()) {
        m_error = QStringLiteral("could not compress the attempts' texts (out of memory)");
        return false;
    }
    SqliteStatement& q =
        prepared(InsertTextBlock,
                 QStringLiteral(
                     "INSERT INTO text_blocks (id, campaign_id, size, texts) VALUES (?, ?, ?, ?)"));
    q.bind(m_textBlockId)
        .bind(m_textBlockCampaign)
        .bind(qint64(m_textBlock.packedSize()))
        .bindBlob(blob);
    m_textBlock.clear();
    return run(q);
}

bool ImportWriter::replaceCampaignRows(const QString& table, qint64 campaignId,
                                       const QString& insertSql, SqliteStatement& insert) {
    if (!markSummaryStale(campaignId))
        return false;
    // `table` is one of ours, never user text.
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM %1 WHERE campaign_id = ?").arg(table));
    del.addBindValue(campaignId);
    if (!run(del))
        return false;
    if (!insert.prepare(m_db, insertSql)) {
        m_error = insert.errorString();
        return false;
    }
    return true;
}

bool ImportWriter::replaceAudience(qint64 campaignId,
                                   const std::function<bool(AudienceMember&)>& next,
                                   const std::function<void(const AudienceMember&)>& listedTwice,
                                   qint64& added) {
    added = 0;
    SqliteStatement insert;
    // The primary key (campaign_id, email) keeps the first row of an address.
    if (!replaceCampaignRows(
            QStringLiteral("audience"), campaignId,
            QStringLiteral(
                "INSERT OR IGNORE INTO audience (campaign_id, email, status, address_id) VALUES "
                "(?, ?, ?, ?)"),
            insert))
        return false;
    AudienceMember member;
    while (next(member)) {
        insert.bind(campaignId).bind(member.email).bind(member.status);
        if (!bindAddressId(insert, member.email) || !run(insert))
            return false;
        if (insert.changes() == 0)
            listedTwice(member);
        else
            ++added;
    }
    return true;
}

bool ImportWriter::findDelivery(qint64 campaignId, const QString& originalMessageId,
                                const QString& recipient, qint64 reportedAt, DeliveryMatch& match) {
    match = DeliveryMatch{};
    QSqlQuery q(m_db);
    const auto take = [&q, &match] {
        match = {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong()};
    };
    if (!originalMessageId.isEmpty()) {
        // The original Message-ID names the message; the recipient picks its delivery, or
        // the message's only delivery stands when the mail names another address (an
        // alias or a forward) or none at all.
        q.prepare(QStringLiteral(
            "SELECT d.id, d.final_status, d.last_attempt_at, d.recipient = ? AS same FROM "
            "deliveries d "
            "JOIN messages m ON m.id = d.message_id WHERE m.campaign_id = ? AND m.message_id = ? "
            "ORDER BY same DESC, d.id DESC LIMIT 2"));
        q.addBindValue(recipient);
        q.addBindValue(campaignId);
        q.addBindValue(originalMessageId);
        if (!run(q))
            return false;
        if (q.next()) {
            const bool sameRecipient = q.value(3).toBool();
            take();
            if (sameRecipient || !q.next())
                return true;
            match = DeliveryMatch{};
        }
    }
    if (recipient.isEmpty())
        return true;
    // By recipient: when several messages of the campaign went to the address, the one
    // whose last attempt (its acceptance, for a bounce after a 250) came last before the
    // returned mail reports the failure (10 minutes' grace for the clocks of other
    // hosts), else the newest.
    constexpr qint64 kClockGraceMs = 10 * 60 * 1000;
    q.prepare(QStringLiteral("SELECT id, final_status, last_attempt_at FROM deliveries WHERE "
                             "campaign_id = ? AND recipient = ? "
                             "ORDER BY CASE WHEN ? = 0 OR last_attempt_at IS NULL OR "
                             "last_attempt_at <= ? THEN 0 ELSE 1 END, "
                             "last_attempt_at DESC, id DESC LIMIT 1"));
    q.addBindValue(campaignId);
    q.addBindValue(recipient);
    q.addBindValue(reportedAt);
    q.addBindValue(reportedAt + kClockGraceMs);
    if (!run(q))
        return false;
    if (q.next())
        take();
    return true;
}

bool ImportWriter::linkLateComplaintsAndReplies(qint64 campaignId) {
    // Linking changes the unmatched count only when there is something to link.
    QSqlQuery pending(m_db);
    pending.prepare(
        QStringLiteral("SELECT 1 FROM returned_mail WHERE campaign_id = ? AND delivery_id "
                       "IS NULL AND class IN ('complaint', 'auto_reply') AND recipient IS "
                       "NOT NULL LIMIT 1"));
    pending.addBindValue(campaignId);
    if (!run(pending))
        return false;
    if (!pending.next())
        return true;
    if (!markSummaryStale(campaignId))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE returned_mail SET delivery_id = (SELECT d.id FROM deliveries "
                             "d WHERE d.campaign_id = returned_mail.campaign_id "
                             "  AND d.recipient = returned_mail.recipient ORDER BY "
                             "d.last_attempt_at DESC, d.id DESC LIMIT 1) "
                             "WHERE campaign_id = ? AND delivery_id IS NULL AND class IN "
                             "('complaint', 'auto_reply') AND recipient IS NOT NULL"));
    q.addBindValue(campaignId);
    return run(q);
}

bool ImportWriter::insertReturnedMail(qint64 campaignId, const QString& path,
                                      const mail::ReturnedMailRecord& r, qint64 deliveryId) {
    if (!markSummaryStale(campaignId))
        return false;
    // A complaint's address takes part in the status evaluation, which reads ids.
    qint64 address = 0;
    if (!addressId(r.recipient.toLower(), address))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO returned_mail (campaign_id, path, recipient, kind, "
                             "class, reason, stage, code, "
                             "enhanced, isp, diagnostic, original_message_id, delivery_id, action, "
                             "reported_at, remote_mta, message_index) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(campaignId);
    q.addBindValue(path);
    q.addBindValue(nullable(r.recipient.toLower()));
    q.addBindValue(mail::kindId(r.kind));
    q.addBindValue(classId(r.cls));
    q.addBindValue(nullable(r.reason));
    q.addBindValue(stageId(r.stage));
    q.addBindValue(nullable(r.code));
    q.addBindValue(nullable(r.enhanced));
    q.addBindValue(nullable(r.isp));
    q.addBindValue(nullable(r.diagnostic.left(ReturnedMailImporter::kDiagnosticKept)));
    q.addBindValue(nullable(r.originalMessageId));
    q.addBindValue(deliveryId == 0 ? QVariant() : QVariant(deliveryId));
    q.addBindValue(nullable(r.action));
    q.addBindValue(r.reportedAt == 0 ? QVariant() : QVariant(r.reportedAt));
    q.addBindValue(nullable(r.remoteMta));
    q.addBindValue(r.messageIndex);
    return run(q);
}

bool ImportWriter::lateBounces(qint64 campaignId, QList<LateBounce>& out) {
    out.clear();
    // The failure classes and actions of ReturnedMailImporter's isFailure(); a delay
    // warning is no failure. By returned_mail_campaign, then each delivery by its id.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT r.path, r.recipient, r.kind, r.class, r.reason, r.stage, r.code, r.enhanced, "
        "r.isp, r.diagnostic, r.original_message_id, r.action, r.reported_at, r.remote_mta, "
        "r.message_index, d.id, d.last_attempt_at FROM returned_mail r "
        "JOIN deliveries d ON d.id = r.delivery_id WHERE r.campaign_id = ? "
        "AND r.class IN ('hard', 'spam', 'soft', 'unknown') "
        "AND lower(COALESCE(r.action, '')) <> 'delayed' AND d.final_status = 'sent' "
        "ORDER BY r.id"));
    q.addBindValue(campaignId);
    if (!run(q))
        return false;
    while (q.next()) {
        LateBounce late;
        mail::ReturnedMailRecord& r = late.record;
        late.path = q.value(0).toString();
        r.file = late.path;
        r.recipient = q.value(1).toString();
        r.kind = mail::kindFromId(q.value(2).toString());
        r.cls = classFromId(q.value(3).toString());
        r.reason = q.value(4).toString();
        r.stage = stageFromId(q.value(5).toString());
        r.code = q.value(6).toString();
        r.enhanced = q.value(7).toString();
        r.isp = q.value(8).toString();
        r.diagnostic = q.value(9).toString();
        r.originalMessageId = q.value(10).toString();
        r.action = q.value(11).toString();
        r.reportedAt = q.value(12).toLongLong();
        r.remoteMta = q.value(13).toString();
        r.messageIndex = q.value(14).toInt();
        late.deliveryId = q.value(15).toLongLong();
        late.lastAttemptAt = q.value(16).toLongLong();
        out.append(late);
    }
    return true;
}

bool ImportWriter::markBouncedAfterAcceptance(const AttemptRecord& a) {
    if (!insertAttempt(a))
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE deliveries SET final_status = 'bounced', class = ?, reason = "
                             "?, stage = ?, code = ?, "
                             "enhanced = ?, blame = ?, rule = ?, reply = ?, last_attempt_at = "
                             "MAX(COALESCE(last_attempt_at, 0), ?) "
                             "WHERE id = ?"));
    for (const QString* value :
         {&a.cls, &a.reason, &a.stage, &a.code, &a.enhanced, &a.blame, &a.rule, &a.reply})
        q.addBindValue(nullable(*value));
    q.addBindValue(a.at);
    q.addBindValue(a.deliveryId);
    return run(q);
}

bool ImportWriter::replaceEvents(qint64 campaignId,
                                 const std::function<bool(EngagementEvent&)>& next, qint64& added) {
    added = 0;
    SqliteStatement insert;
    if (!replaceCampaignRows(QStringLiteral("events"), campaignId,
                             QStringLiteral("INSERT INTO events (campaign_id, email, event, at, "
                                            "address_id) VALUES (?, ?, ?, ?, "
                                            "?)"),
                             insert))
        return false;
    EngagementEvent e;
    while (next(e)) {
        insert.bind(campaignId).bind(e.email).bind(e.event);
        if (e.at.isValid())
            insert.bind(e.at.toMSecsSinceEpoch());
        else
            insert.bindNull();
        if (!bindAddressId(insert, e.email) || !run(insert))
            return false;
        ++added;
    }
    return true;
}

bool ImportWriter::addProblem(qint64 campaignId, const QString& path, qint64 line,
                              const QString& message, const QString& excerpt) {
    SqliteStatement& q = prepared(
        InsertProblem,
        QStringLiteral(
            "INSERT INTO import_problems (campaign_id, path, line_no, message, excerpt, logged_at) "
            "VALUES (?, ?, ?, ?, ?, ?)"));
    q.bind(campaignId).bind(path);
    if (line == 0)
        q.bindNull();
    else
        q.bind(line);
    q.bind(message).bind(excerpt).bind(QDateTime::currentMSecsSinceEpoch());
    return run(q);
}

} // namespace deliverboard
