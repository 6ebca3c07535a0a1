#include "CampaignConfig.h"

#include "util/SafeFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace deliverboard {

namespace {
int lineOfOffset(const QByteArray& data, int offset) {
    return static_cast<int>(data.left(offset).count('\n')) + 1;
}
} // namespace

bool CampaignConfig::load(const QString& path, CampaignConfig& config, QString& error) {
    config = CampaignConfig{};
    QFile file;
    if (!QFileInfo::exists(path))
        return true;
    const QString fileName = QFileInfo(path).fileName();
    QString why;
    if (!openRegularFile(file, path, &why)) {
        error = QStringLiteral("%1: %2").arg(fileName, why);
        return false;
    }
    const QByteArray data = file.read(1 << 20);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = QStringLiteral("%1: line %2: %3")
                    .arg(fileName)
                    .arg(lineOfOffset(data, parseError.offset))
                    .arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        error = QStringLiteral("%1: line 1: expected a JSON object").arg(fileName);
        return false;
    }
    const QJsonObject object = doc.object();
    auto wrongType = [&](const char* key, const char* expected) {
        error = QStringLiteral("%1: key \"%2\" must be %3")
                    .arg(fileName, QLatin1String(key), QLatin1String(expected));
        return false;
    };
    if (object.contains(QLatin1String("name"))) {
        if (!object.value(QLatin1String("name")).isString())
            return wrongType("name", "a string");
        config.name = object.value(QLatin1String("name")).toString().trimmed();
    }
    if (object.contains(QLatin1String("sender"))) {
        if (!object.value(QLatin1String("sender")).isString())
            return wrongType("sender", "a string");
        config.sender = object.value(QLatin1String("sender")).toString().trimmed().toLower();
    }
    if (object.contains(QLatin1String("year"))) {
        const int year = object.value(QLatin1String("year")).toInt(0);
        if (year < 1970 || year > 9999)
            return wrongType("year", "a year such as 2026");
        config.year = year;
    }
    if (object.contains(QLatin1String("retry_window_hours"))) {
        const double hours = object.value(QLatin1String("retry_window_hours")).toDouble(-1);
        if (hours <= 0)
            return wrongType("retry_window_hours", "a positive number");
        config.retryWindowHours = hours;
    }
    if (object.contains(QLatin1String("max_attempts"))) {
        const int attempts = object.value(QLatin1String("max_attempts")).toInt(0);
        if (attempts < 1)
            return wrongType("max_attempts", "a positive whole number");
        config.maxAttempts = attempts;
    }
    if (object.contains(QLatin1String("timezone"))) {
        const QByteArray zone = object.value(QLatin1String("timezone")).toString().toUtf8();
        QTimeZone tz(zone);
        if (!tz.isValid())
            return wrongType("timezone", "an IANA time zone such as \"Europe/Berlin\"");
        config.timeZone = tz;
    }
    return true;
}

} // namespace deliverboard
