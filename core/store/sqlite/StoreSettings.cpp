#include "StoreSettings.h"

#include "store/SqlThreadGuard.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace deliverboard {

namespace {
const QString kRetryWindow = QStringLiteral("retry_window_hours");
const QString kMaxAttempts = QStringLiteral("max_attempts");
const QString kInactive = QStringLiteral("inactive_campaigns");
const QString kInactiveDays = QStringLiteral("inactive_days"); // a key/value row: no schema step

PresetChoice choiceFrom(const QSqlQuery& q) {
    PresetChoice c;
    c.builtinId = q.value(0).toString();
    c.json = q.value(1).toByteArray();
    c.appliedAt = QDateTime::fromMSecsSinceEpoch(q.value(2).toLongLong(), Qt::UTC);
    return c;
}
} // namespace

StoreSettings::StoreSettings(QSqlDatabase db)
    : m_db(std::move(db)) {}

bool StoreSettings::fail(const QString& error) {
    m_error = error;
    return false;
}

std::optional<QString> StoreSettings::value(const QString& key) {
    sqlguard::check("StoreSettings::value");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM store_settings WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    return q.next() ? q.value(0).toString() : QString();
}

bool StoreSettings::setValue(const QString& key, const QString& value) {
    sqlguard::check("StoreSettings::setValue");
    QSqlQuery q(m_db);
    if (value.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM store_settings WHERE key = ?"));
        q.addBindValue(key);
    } else {
        q.prepare(QStringLiteral("INSERT INTO store_settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(key);
        q.addBindValue(value);
    }
    return q.exec() || fail(q.lastError().text());
}

std::optional<LimitOverrides> StoreSettings::limits() {
    const auto hours = value(kRetryWindow);
    const auto attempts = value(kMaxAttempts);
    if (!hours || !attempts)
        return std::nullopt;
    return LimitOverrides{hours->toDouble(), attempts->toInt()};
}

bool StoreSettings::setLimits(const LimitOverrides& limits) {
    // Stored as text in the key/value table; ReportQueries casts them back in SQL.
    return setValue(kRetryWindow, limits.retryWindowHours > 0
                                      ? QString::number(limits.retryWindowHours, 'g', 12)
                                      : QString()) &&
           setValue(kMaxAttempts,
                    limits.maxAttempts > 0 ? QString::number(limits.maxAttempts) : QString());
}

std::optional<LimitOverrides> StoreSettings::campaignLimits(qint64 campaignId) {
    sqlguard::check("StoreSettings::campaignLimits");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT retry_window_hours, max_attempts FROM campaign_limits WHERE campaign_id = ?"));
    q.addBindValue(campaignId);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    LimitOverrides limits;
    if (q.next()) {
        limits.retryWindowHours = q.value(0).toDouble();
        limits.maxAttempts = q.value(1).toInt();
    }
    return limits;
}

bool StoreSettings::setCampaignLimits(qint64 campaignId, const LimitOverrides& limits) {
    sqlguard::check("StoreSettings::setCampaignLimits");
    QSqlQuery q(m_db);
    if (limits.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM campaign_limits WHERE campaign_id = ?"));
        q.addBindValue(campaignId);
    } else {
        q.prepare(QStringLiteral(
            "INSERT INTO campaign_limits (campaign_id, retry_window_hours, max_attempts) "
            "VALUES (?, ?, ?) ON CONFLICT(campaign_id) DO UPDATE SET "
            "retry_window_hours = excluded.retry_window_hours, "
            "max_attempts = excluded.max_attempts"));
        q.addBindValue(campaignId);
        q.addBindValue(limits.retryWindowHours > 0 ? QVariant(limits.retryWindowHours)
                                                   : QVariant());
        q.addBindValue(limits.maxAttempts > 0 ? QVariant(limits.maxAttempts) : QVariant());
    }
    return q.exec() || fail(q.lastError().text());
}

std::optional<int> StoreSettings::inactiveCampaigns() {
    const auto text = value(kInactive);
    if (!text)
        return std::nullopt;
    const int n = text->toInt();
    return n > 0 ? n : kDefaultInactiveCampaigns;
}

bool StoreSettings::setInactiveCampaigns(int campaigns) {
    return setValue(kInactive, campaigns > 0 && campaigns != kDefaultInactiveCampaigns
                                   ? QString::number(campaigns)
                                   : QString());
}

std::optional<int> StoreSettings::inactiveDays() {
    const auto text = value(kInactiveDays);
    if (!text)
        return std::nullopt;
    return qMax(0, text->toInt());
}

bool StoreSettings::setInactiveDays(int days) {
    return setValue(kInactiveDays, days > 0 ? QString::number(days) : QString());
}

std::optional<InactivityRule> StoreSettings::inactivity() {
    const auto campaigns = inactiveCampaigns();
    const auto days = campaigns ? inactiveDays() : std::nullopt;
    if (!days)
        return std::nullopt;
    return InactivityRule{*campaigns, *days};
}

std::optional<PresetChoice> StoreSettings::currentPreset() {
    sqlguard::check("StoreSettings::currentPreset");
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT builtin_id, custom_json, applied_at FROM preset_history "
                               "ORDER BY id DESC LIMIT 1"))) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    if (q.next())
        return choiceFrom(q);
    return PresetChoice::defaultChoice();
}

std::optional<QList<PresetChoice>> StoreSettings::presetHistory() {
    sqlguard::check("StoreSettings::presetHistory");
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT builtin_id, custom_json, applied_at FROM preset_history ORDER BY id"))) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    QList<PresetChoice> history;
    while (q.next())
        history.append(choiceFrom(q));
    return history;
}

bool StoreSettings::applyPreset(const PresetChoice& choice) {
    sqlguard::check("StoreSettings::applyPreset");
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO preset_history (builtin_id, custom_json, applied_at) VALUES (?, ?, ?)"));
    q.addBindValue(choice.isCustom() ? QVariant() : QVariant(choice.builtinId));
    q.addBindValue(choice.isCustom() ? QVariant(QString::fromUtf8(choice.json)) : QVariant());
    q.addBindValue((choice.appliedAt.isValid() ? choice.appliedAt : QDateTime::currentDateTimeUtc())
                       .toMSecsSinceEpoch());
    return q.exec() || fail(q.lastError().text());
}

bool StoreSettings::undoPreset() {
    sqlguard::check("StoreSettings::undoPreset");
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM preset_history WHERE id = "
                               "(SELECT MAX(id) FROM preset_history)")))
        return fail(q.lastError().text());
    if (q.numRowsAffected() < 1)
        return fail(QCoreApplication::translate(
            "StoreSettings", "no preset change to undo: the default is in force"));
    return true;
}

} // namespace deliverboard
