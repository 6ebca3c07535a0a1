#include "CorpusRows.h"

#include "CorpusLabels.h"
#include "mail/ReturnedMailParser.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace deliverboard::trainfallback {

namespace {

QString coarse(DeliveryClass cls) {
    return cls == DeliveryClass::Greylist ? QStringLiteral("soft") : classId(cls);
}

} // namespace

QStringList acceptedClasses(const QString& expected) {
    return corpus::acceptedClasses(expected);
}

bool readCorpus(const QString& corpus, const QString& dir, const QString& familyMarkersTsv,
                QList<CorpusRow>& rows, QString* error) {
    QFile tsv(QDir(dir).filePath(QStringLiteral("expected.tsv")));
    if (!tsv.open(QIODevice::ReadOnly)) {
        *error = tsv.fileName() + QStringLiteral(": ") + tsv.errorString();
        return false;
    }
    const QList<corpus::FamilyMarker> markers = corpus::readFamilyMarkers(familyMarkersTsv);
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
            families.insert(cells[0], corpus::familyOf(corpus, path, markers));
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
        row.expected = sisimai ? corpus::sisimaiCoarse(cells[2]) : cells[2];
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
