#pragma once

// How the shared corpora of returned mail are scored (../shared/corpus/README.md): the
// coarse class of a Sisimai reason, the classes an expectation accepts, and the MTA family
// of a mail. One definition for tst_CorpusAccuracy and deliverboard-train-fallback, so that
// the accuracy figures and the leave-one-family-out table count the same way.

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace deliverboard::corpus {

// sisimai/README.md, "Coarse classes a newsletter tool reports".
inline QString sisimaiCoarse(const QString& reason) {
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

// The classes an expectation accepts (the README's pseudo classes are sets).
inline QStringList acceptedClasses(const QString& expected) {
    if (expected == QLatin1String("bounce"))
        return {QStringLiteral("hard"), QStringLiteral("soft"), QStringLiteral("spam")};
    if (expected == QLatin1String("perm"))
        return {QStringLiteral("hard"), QStringLiteral("spam")};
    if (expected == QLatin1String("notbounce"))
        return {QStringLiteral("auto_reply"), QStringLiteral("unknown"),
                QStringLiteral("delivered"), QStringLiteral("(none)")};
    return {expected};
}

// tests/cli/data/mta-families.tsv: an MTA's own fixed bounce wording or header per family.
struct FamilyMarker {
    QString family;
    QRegularExpression pattern;
    QString reason;
};

inline QList<FamilyMarker> readFamilyMarkers(const QString& tsvPath) {
    QList<FamilyMarker> markers;
    QFile tsv(tsvPath);
    if (!tsv.open(QIODevice::ReadOnly))
        return markers;
    while (!tsv.atEnd()) {
        QString line = QString::fromUtf8(tsv.readLine());
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList cells = line.split(QLatin1Char('\t'));
        markers.append(
            {cells.value(0),
             QRegularExpression(cells.value(1), QRegularExpression::CaseInsensitiveOption |
                                                    QRegularExpression::MultilineOption),
             cells.value(2)});
    }
    return markers;
}

// The MTA family of a corpus mail, mechanically: Sisimai's file names name the MTA
// ("lhost-postfix-01.eml": postfix; "rhost-google-02.eml": google; "rfc3464-05.eml":
// rfc3464), flufl-bounce's name the detector that reads them ("qmail_02.txt": qmail);
// otherwise the first marker that the first 64 KiB of the mail at `path` show.
inline QString familyOf(const QString& corpus, const QString& path,
                        const QList<FamilyMarker>& markers) {
    static const QRegularExpression sisimaiName(
        QStringLiteral("^(?:lhost-|rhost-)?([a-z0-9]+)-\\d+\\.eml$"));
    static const QRegularExpression fluflName(QStringLiteral("^([a-z0-9]+)_\\d+\\.txt$"));
    const QString file = QFileInfo(path).fileName();
    if (corpus == QLatin1String("sisimai"))
        if (const QRegularExpressionMatch m = sisimaiName.match(file); m.hasMatch())
            return m.captured(1);
    if (corpus == QLatin1String("flufl-bounce"))
        if (const QRegularExpressionMatch m = fluflName.match(file); m.hasMatch())
            return m.captured(1);
    QFile mail(path);
    if (!mail.open(QIODevice::ReadOnly))
        return QStringLiteral("unreadable");
    const QString text = QString::fromLatin1(mail.read(64 * 1024));
    for (const FamilyMarker& marker : markers)
        if (marker.pattern.match(text).hasMatch())
            return marker.family;
    return QStringLiteral("unlabelled");
}

} // namespace deliverboard::corpus
