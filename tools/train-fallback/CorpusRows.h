#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace deliverboard::trainfallback {

// One expected.tsv row of a shared corpus, paired with our parser's record as
// tst_CorpusAccuracy pairs it, with the MTA family of its mail.
struct CorpusRow {
    QString corpus;
    QString file;
    QString family;
    QString expected;    // coarse class or set (bounce, perm, notbounce); empty: not scored
    bool paired = false; // a record of ours was paired with the row
    QString rulesClass;  // our coarse class ("(none)" without a record)
    bool fallbackApplies = false; // the rules are silent: a failure report classed unknown
    QString diagnostic;
    QString recipient;
};

// Reads <dir>/expected.tsv and parses every listed mail of <dir>/eml. `corpus` is the
// folder's name (sisimai's reasons are mapped to coarse classes). Family markers:
// tests/cli/data/mta-families.tsv.
bool readCorpus(const QString& corpus, const QString& dir, const QString& familyMarkersTsv,
                QList<CorpusRow>& rows, QString* error);

// The classes an expectation accepts (corpus README: bounce, perm, notbounce are sets).
QStringList acceptedClasses(const QString& expected);

} // namespace deliverboard::trainfallback
