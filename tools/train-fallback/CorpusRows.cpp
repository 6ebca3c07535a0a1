#include "CorpusRows.h"

#include "mail/ReturnedMailParser.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace deliverboard::trainfallback {

namespace {

// sisimai/README.md, "Coarse classes a newsletter tool reports" (as tst_CorpusAccuracy).
QString sisimaiCoarse(const QString& reason) {
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const auto add = [&t](const char* cls, const char* reasons) {
            for (const QString& r : QString::fromLatin1(reasons).split(QLatin1Char(' ')))
                t.insert(r, QString::fromLatin1(cls));
        };
        add("hard", "userunknown hostunknown hasmoved notaccept suspend norelaying");
        add("soft", "mailboxfull expired toomanyconn systemerror systemfull networkerror speeding "
                    "ratelimited exceedlimit mesgtoobig emailtoolarge syntaxerror mailererror "
                    "failedstarttls");
        add("spam",
            "spamdetected blocked rejected filtered policyviolation badreputation virusdetected "
            "contenterror securityerror authfailure requireptr notcompliantrfc");
        add("complaint", "feedback");
        add("auto_reply", "vacation");
        add("delivered", "delivered");
        add("unknown", "undefined onhold");
        return t;
    }();
    return table.value(reason, QStringLiteral("unknown"));
}

struct Marker {
    QString family;
    QRegularExpression pattern;
};

QList<Marker> readMarkers(const QString& tsvPath) {
    QList<Marker> markers;
    QFile tsv(tsvPath);
    if (!tsv.open(QIODevice::ReadOnly))
        return markers;
    while (!tsv.atEnd()) {
        const QString line = QString::fromUtf8(tsv.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        markers.append(
            {cells.value(0),
             QRegularExpression(cells.value(1), QRegularExpression::CaseInsensitiveOption |
                                                    QRegularExpression::MultilineOption)});
    }
    return markers;
}

// The same mechanical family as tst_CorpusAccuracy's familyOf().
QString familyOf(const QString& corpus, const QString& path, const QList<Marker>& markers) {
    static const QRegularExpression sisimaiName(
        QStringLiteral("^(?:lhost-|rhost-)?([a-z0-9]+)-\\d+\\.eml$"));
    static const QRegularExpression fluflName(QStringLiteral("^([a-z0-9]+)_\\d+\\.txt$"));
    const QString file = QFileInfo(path).fileName();
    if (corpus == QLatin1String("sisimai"))
        if (const auto m = sisimaiName.match(file); m.hasMatch())
            return m.captured(1);
    if (corpus == QLatin1String("flufl-bounce"))
        if (const auto m = fluflName.match(file); m.hasMatch())
            return m.captured(1);
    QFile mail(path);
    if (!mail.open(QIODevice::ReadOnly))
        return QStringLiteral("unreadable");
    const QString text = QString::fromLatin1(mail.read(64 * 1024));
    for (const Marker& marker : markers)
        if (marker.pattern.match(text).hasMatch())
            return marker.family;
    return QStringLiteral("unlabelled");
}

QString coarse(DeliveryClass cls) {
    return cls == DeliveryClass::Greylist ? QStringLiteral("soft") : classId(cls);
}

} // namespace

QStringList acceptedClasses(const QString& expected) {
    if (expected == QLatin1String("bounce"))
        return {QStringLiteral("hard"), QStringLiteral("soft"), QStringLiteral("spam")};
    if (expected == QLatin1String("perm"))
        return {QStringLiteral("hard"), QStringLiteral("spam")};
    if (expected == QLatin1String("notbounce"))
        return {QStringLiteral("auto_reply"), QStringLiteral("unknown"),
                QStringLiteral("delivered"), QStringLiteral("(none)")};
    return {expected};
}

bool readCorpus(const QString& corpus, const QString& dir, const QString& familyMarkersTsv,
                QList<CorpusRow>& rows, QString* error) {
    QFile tsv(QDir(dir).filePath(QStringLiteral("expected.tsv")));
    if (!tsv.open(QIODevice::ReadOnly)) {
        *error = tsv.fileName() + QStringLiteral(": ") + tsv.errorString();
        return false;
    }
    const QList<Marker> markers = readMarkers(familyMarkersTsv);
    const bool sisimai = corpus == QLatin1String("sisimai");
    QHash<QString, QList<mail::ReturnedMailRecord>> parsed;
    QHash<QString, QString> families;
    QHash<QString, QSet<int>> used;
    tsv.readLine(); // header
    while (!tsv.atEnd()) {
        QString line = QString::fromUtf8(tsv.readLine());
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (cells.size() < 3 || cells[0].isEmpty())
            continue;
        const QString path = QDir(dir).filePath(QStringLiteral("eml/") + cells[0]);
        if (!parsed.contains(cells[0])) {
            QList<mail::ReturnedMailRecord> records;
            QString parseError;
            mail::ReturnedMailParser::parseFile(path, records, &parseError, nullptr);
            parsed.insert(cells[0], records);
            families.insert(cells[0], familyOf(corpus, path, markers));
        }
        const QList<mail::ReturnedMailRecord>& records = parsed[cells[0]];
        const QStringList recipients =
            cells[1].isEmpty() ? QStringList() : cells[1].split(QLatin1Char('|'));
        const auto same = [&](int i) {
            for (const QString& r : recipients)
                if (records[i].recipient.compare(r, Qt::CaseInsensitive) == 0)
                    return true;
            return false;
        };
        // tst_CorpusAccuracy's pairing: same recipient (unused, then any), else the next
        // unused record, else with no recipient to score any record of the mail.
        int match = -1;
        for (int i = 0; i < records.size() && match < 0 && !recipients.isEmpty(); ++i)
            if (!used[cells[0]].contains(i) && same(i))
                match = i;
        for (int i = 0; i < records.size() && match < 0 && !recipients.isEmpty(); ++i)
            if (same(i))
                match = i;
        for (int i = 0; i < records.size() && match < 0; ++i)
            if (!used[cells[0]].contains(i))
                match = i;
        if (match < 0 && !records.isEmpty() && recipients.isEmpty())
            match = 0;

        CorpusRow row;
        row.corpus = corpus;
        row.file = cells[0];
        row.family = families.value(cells[0]);
        row.expected = sisimai ? sisimaiCoarse(cells[2]) : cells[2];
        row.rulesClass = QStringLiteral("(none)");
        if (match >= 0) {
            used[cells[0]].insert(match);
            const mail::ReturnedMailRecord& r = records[match];
            row.paired = true;
            row.rulesClass = coarse(r.cls);
            row.diagnostic = r.diagnostic;
            row.recipient = r.recipient;
            row.fallbackApplies =
                r.cls == DeliveryClass::Unknown && !r.diagnostic.trimmed().isEmpty() &&
                (r.kind == mail::ReturnedKind::Dsn || r.kind == mail::ReturnedKind::TextBounce);
        }
        rows.append(row);
    }
    return true;
}

} // namespace deliverboard::trainfallback
