#include "FileNames.h"

namespace deliverboard {

QString safeFileName(const QString& text) {
    QString name;
    name.reserve(qMin<qsizetype>(text.size(), 100));
    for (const QChar c : text) {
        const bool bad = c.category() == QChar::Other_Control ||
                         c.category() == QChar::Other_Format || c == u'/' || c == u'\\' ||
                         c == u'<' || c == u'>' || c == u':' || c == u'"' || c == u'|' ||
                         c == u'?' || c == u'*' || c == u'&' || c == u'\'' ||
                         c == QChar::LineSeparator || c == QChar::ParagraphSeparator;
        name += bad ? QChar(u'_') : c;
    }
    while (name.contains(QLatin1String("..")))
        name.replace(QLatin1String(".."), QLatin1String("_"));
    name = name.simplified();
    while (!name.isEmpty() &&
           (name.front() == u'.' || name.front() == u'-' || name.front() == u' '))
        name.remove(0, 1);
    name.truncate(100);
    while (!name.isEmpty() && (name.back() == u'.' || name.back() == u' '))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("campaign") : name;
}

} // namespace deliverboard
