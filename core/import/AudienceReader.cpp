#include "AudienceReader.h"

#include "util/CsvFile.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace deliverboard {

namespace {
QString normaliseStatus(const QString& raw)
{
    const QString s = raw.trimmed().toLower().remove(QLatin1Char('-')).remove(QLatin1Char('_')).remove(QLatin1Char(' '));
    if (s.isEmpty() || s == QLatin1String("active") || s == QLatin1String("subscribed"))
        return QStringLiteral("Active");
    if (s == QLatin1String("error") || s == QLatin1String("bounced"))
        return QStringLiteral("Error");
    if (s == QLatin1String("optout") || s == QLatin1String("unsubscribed"))
        return QStringLiteral("Opt-out");
    return {};
}
} // namespace

AudienceReader::Result AudienceReader::read(const QString& path)
{
    Result result;
    CsvFile csv;
    if (!csv.open(path, result.error))
        return result;
    const QString name = csv.name();
    CsvReader& reader = csv.reader();
    QStringList fields;
    int emailColumn = -1, statusColumn = -1;
    for (int i = 0; i < csv.header().size(); ++i) {
        const QString& header = csv.header()[i];
        if (header == QLatin1String("email") || header == QLatin1String("e-mail") ||
            header == QLatin1String("email_address"))
            emailColumn = i;
        else if (header == QLatin1String("status"))
            statusColumn = i;
    }
    if (emailColumn < 0) {
        result.error = QStringLiteral("%1: line 1: no \"email\" column in the header").arg(name);
        return result;
    }
    QSet<QString> seen;
    while (reader.readRecord(fields)) {
        const qint64 line = reader.recordLine();
        const QString email = fields.value(emailColumn).trimmed().toLower();
        if (email.isEmpty()) {
            result.problems.append(QStringLiteral("%1: line %2: no email address").arg(name).arg(line));
            continue;
        }
        if (!email.contains(QLatin1Char('@')) || email.contains(QLatin1Char(' '))) {
            result.problems.append(QStringLiteral("%1: line %2: \"%3\" is not an email address")
                                       .arg(name)
                                       .arg(line)
                                       .arg(email.left(200)));
            continue;
        }
        const QString status = normaliseStatus(statusColumn >= 0 ? fields.value(statusColumn) : QString());
        if (status.isEmpty()) {
            result.problems.append(
                QStringLiteral("%1: line %2: unknown status \"%3\" (expected Active, Error or Opt-out)")
                    .arg(name)
                    .arg(line)
                    .arg(fields.value(statusColumn).left(50)));
            continue;
        }
        if (seen.contains(email)) {
            result.problems.append(QStringLiteral("%1: line %2: %3 is listed twice; the first row counts")
                                       .arg(name)
                                       .arg(line)
                                       .arg(email));
            continue;
        }
        seen.insert(email);
        result.members.append({email, status});
    }
    if (reader.hadError())
        result.problems.append(QStringLiteral("%1: %2").arg(name, reader.errorString()));
    return result;
}

} // namespace deliverboard
