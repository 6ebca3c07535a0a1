// Accuracy of `deliverboard-cli parse-bounce --json` against Sisimai's corpus (issue 5):
// every mail with rows in expected.tsv is parsed by the CLI, Sisimai's reason is mapped
// to the coarse class of the corpus README, and our class per recipient is compared.
// Prints agreement per class, a confusion matrix, and reason agreement.
#include "CliRunner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QTest>

namespace {

// The README's "Coarse classes a newsletter tool reports" table.
QString coarseClass(const QString& reason)
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const auto add = [&t](const char* cls, const char* reasons) {
            for (const QString& r : QString::fromLatin1(reasons).split(QLatin1Char(' ')))
                t.insert(r, QString::fromLatin1(cls));
        };
        add("hard", "userunknown hostunknown hasmoved notaccept suspend norelaying");
        add("soft", "mailboxfull expired toomanyconn systemerror systemfull networkerror speeding ratelimited "
                    "exceedlimit mesgtoobig emailtoolarge syntaxerror mailererror failedstarttls");
        add("spam", "spamdetected blocked rejected filtered policyviolation badreputation virusdetected "
                    "contenterror securityerror authfailure requireptr notcompliantrfc");
        add("complaint", "feedback");
        add("auto_reply", "vacation");
        add("delivered", "delivered");
        add("unknown", "undefined onhold");
        return t;
    }();
    return table.value(reason, QStringLiteral("unknown"));
}

// Our classes as the coarse table names them (greylist is a temporary failure: soft).
QString ourCoarse(const QString& cls)
{
    return cls == QLatin1String("greylist") ? QStringLiteral("soft") : cls;
}

// One object of parse-bounce's JSON output.
struct Parsed {
    QString recipient;
    QString cls;
    QString reason;
    QString stage;
    QString code;
    QString enhanced;
    QString diagnostic;
};

struct Expected {
    QString file;
    QString recipient;
    QString reason;
};

} // namespace

class tst_SisimaiAccuracy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void coarseClassAgreement();
};

void tst_SisimaiAccuracy::coarseClassAgreement()
{
    QFile tsv(testpaths::shared(QStringLiteral("corpus/sisimai/expected.tsv")));
    QVERIFY2(tsv.open(QIODevice::ReadOnly), qPrintable(tsv.fileName()));
    QList<Expected> expected;
    bool header = true;
    while (!tsv.atEnd()) {
        const QString line = QString::fromUtf8(tsv.readLine()).trimmed();
        if (header) {
            header = false;
            continue;
        }
        const QStringList cells = line.split(QLatin1Char('\t'));
        if (cells.size() >= 3)
            expected.append({cells[0], cells[1], cells[2]});
    }
    QVERIFY(expected.size() > 400);

    QStringList files;
    for (const Expected& e : expected)
        if (files.isEmpty() || !files.contains(e.file))
            files.append(e.file);
    QStringList args{QStringLiteral("parse-bounce"), QStringLiteral("--json")};
    for (const QString& file : std::as_const(files))
        args.append(testpaths::shared(QStringLiteral("corpus/sisimai/eml/") + file));
    const CliRun run = runCli(args);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.json().isArray());
    QHash<QString, QList<Parsed>> parsed; // by file name
    for (const QJsonValue& value : run.json().array()) {
        const QJsonObject o = value.toObject();
        parsed[QFileInfo(o.value(QStringLiteral("file")).toString()).fileName()].append(
            {o.value(QStringLiteral("recipient")).toString(), o.value(QStringLiteral("class")).toString(),
             o.value(QStringLiteral("reason")).toString(), o.value(QStringLiteral("stage")).toString(),
             o.value(QStringLiteral("code")).toString(), o.value(QStringLiteral("enhanced")).toString(),
             o.value(QStringLiteral("diagnostic")).toString()});
    }

    QMap<QString, QMap<QString, int>> confusion; // expected -> ours -> count
    QMap<QString, int> perClassTotal;
    QMap<QString, int> perClassAgree;
    int agree = 0;
    int reasonAgree = 0;
    int recipientAgree = 0;
    QHash<QString, QSet<int>> used; // records already paired, per file
    for (const Expected& e : expected) {
        const QList<Parsed>& records = parsed[e.file];
        const auto sameRecipient = [&](int i) { return records[i].recipient.compare(e.recipient, Qt::CaseInsensitive) == 0; };
        int match = -1;
        for (int i = 0; i < records.size() && match < 0; ++i)
            if (!used[e.file].contains(i) && sameRecipient(i))
                match = i;
        // Sisimai reports some recipients twice (from the text and from the DSN part);
        // we report each once, so a second row pairs with the same record.
        for (int i = 0; i < records.size() && match < 0; ++i)
            if (sameRecipient(i))
                match = i;
        if (match >= 0) {
            ++recipientAgree;
        } else {
            // Sisimai names a placeholder or another spelling: pair with the next unused record.
            for (int i = 0; i < records.size() && match < 0; ++i)
                if (!used[e.file].contains(i))
                    match = i;
        }
        const QString want = coarseClass(e.reason);
        QString got = QStringLiteral("(none)");
        if (match >= 0) {
            used[e.file].insert(match);
            got = ourCoarse(records[match].cls);
            if (records[match].reason == e.reason)
                ++reasonAgree;
        }
        ++perClassTotal[want];
        ++confusion[want][got];
        if (got == want) {
            ++agree;
            ++perClassAgree[want];
        } else {
            // One line per mismatch, to look at the general rule behind it.
            const Parsed* r = match >= 0 ? &records[match] : nullptr;
            qInfo("MISMATCH %s\t%s\twant %s/%s\tgot %s/%s [%s %s %s]\t%s", qPrintable(e.file), qPrintable(e.recipient),
                  qPrintable(e.reason), qPrintable(want), qPrintable(got), r ? qPrintable(r->reason) : "",
                  r ? qPrintable(r->code) : "", r ? qPrintable(r->enhanced) : "", r ? qPrintable(r->stage) : "",
                  r ? qPrintable(r->diagnostic.simplified().left(220)) : "");
        }
    }

    const int total = expected.size();
    for (auto it = perClassTotal.cbegin(); it != perClassTotal.cend(); ++it)
        qInfo("class %-10s %4d/%4d  %5.1f %%", qPrintable(it.key()), perClassAgree.value(it.key()), it.value(),
              100.0 * perClassAgree.value(it.key()) / it.value());
    qInfo("confusion matrix (rows: expected coarse class, columns: ours)");
    for (auto row = confusion.cbegin(); row != confusion.cend(); ++row) {
        QStringList cells;
        for (auto cell = row.value().cbegin(); cell != row.value().cend(); ++cell)
            cells << QStringLiteral("%1=%2").arg(cell.key()).arg(cell.value());
        qInfo("  %-10s %s", qPrintable(row.key()), qPrintable(cells.join(QStringLiteral("  "))));
    }
    const double coarse = 100.0 * agree / total;
    qInfo("coarse class agreement: %d/%d = %.1f %%", agree, total, coarse);
    qInfo("reason agreement:       %d/%d = %.1f %%", reasonAgree, total, 100.0 * reasonAgree / total);
    qInfo("recipient agreement:    %d/%d = %.1f %%", recipientAgree, total, 100.0 * recipientAgree / total);

    // The bar: fail below 95 %. History: 80.4 % before the stage-aware rules,
    // 89.6 % after them, 95.0 % (422/444) once given-up reports class by their reason,
    // transcripts give each recipient its own reply and stage, and Japanese charsets
    // decode. The remaining disagreements are listed by the MISMATCH lines above; most are
    // Sisimai's "filtered" for a bare "user unknown" whose mail names no SMTP stage (a
    // judgement per MTA module, not in the text), and NXDOMAIN under a 4.0.0 status,
    // which we call hostunknown (hard) on purpose.
    constexpr double kThreshold = 95.0;
    QVERIFY2(coarse >= kThreshold, qPrintable(QStringLiteral("coarse agreement %1 %% < %2 %%").arg(coarse).arg(kThreshold)));
}

QTEST_GUILESS_MAIN(tst_SisimaiAccuracy)
#include "tst_SisimaiAccuracy.moc"
