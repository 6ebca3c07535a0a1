#include "CsvWriter.h"

namespace deliverboard {

CsvWriter::CsvWriter(QIODevice* device)
    : m_device(device)
{
}

QString CsvWriter::neutraliseFormula(const QString& field)
{
    if (field.isEmpty())
        return field;
    const QChar first = field.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
        first == u'\r')
        return QLatin1Char('\'') + field;
    return field;
}

QString CsvWriter::escapeField(const QString& field)
{
    const QString safe = neutraliseFormula(field);
    if (!safe.contains(u',') && !safe.contains(u'"') && !safe.contains(u'\n') &&
        !safe.contains(u'\r') && safe.trimmed() == safe)
        return safe;
    QString quoted = safe;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool CsvWriter::writeRecord(const QStringList& fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += escapeField(fields[i]);
    }
    line += QLatin1String("\r\n");
    const QByteArray bytes = line.toUtf8();
    return m_device->write(bytes) == bytes.size();
}

} // namespace deliverboard
