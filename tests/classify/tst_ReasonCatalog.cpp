// The reason taxonomy: complete in every language, and every rule uses known reasons.
#include "classify/ReasonCatalog.h"
#include "classify/ReplyClassifier.h"

#include <QtTest>

using namespace deliverboard;
using namespace Qt::StringLiterals;

class TestReasonCatalog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loadsWithoutErrors() {
        const ReasonCatalog catalog;
        QCOMPARE(catalog.loadErrors().join(u'\n'), QString());
    }

    void everyRuleFileValidates() {
        const ReplyClassifier classifier;
        QCOMPARE(classifier.loadErrors().join(u'\n'), QString());
    }

    void contractReasonsExist() {
        // contract section 6, plus our own
        const QStringList contract =
            QStringLiteral(
                "userunknown hostunknown mailboxfull suspend hasmoved notaccept expired "
                "toomanyconn "
                "ratelimited speeding systemerror systemfull networkerror mesgtoolarge "
                "emailtoolarge "
                "exceedlimit blocked rejected spamdetected virusdetected policyviolation "
                "badreputation "
                "authfailure requireptr notcompliantrfc securityerror contenterror filtered "
                "norelaying "
                "syntaxerror failedstarttls feedback vacation delivered undefined greylisted")
                .split(u' ');
        for (const QString& id : contract)
            QVERIFY2(ReasonCatalog::standard().contains(id), qPrintable(id));
    }

    void everyReasonHasNamesInEveryLanguage() {
        const ReasonCatalog& catalog = ReasonCatalog::standard();
        for (const ReasonInfo& reason : catalog.all()) {
            QStringList names;
            for (const QString& language : catalog.languages()) {
                const ReasonInfo info = catalog.info(reason.id, language);
                QVERIFY2(!info.displayName.isEmpty(), qPrintable(reason.id + u' ' + language));
                QVERIFY2(!info.explanation.isEmpty(), qPrintable(reason.id + u' ' + language));
                QVERIFY2(!info.explanation.contains(u'\n'), qPrintable(reason.id));
                names.append(info.displayName);
            }
            QVERIFY2(names.contains(catalog.info(reason.id, u"en"_s).displayName),
                     qPrintable(reason.id));
        }
        QCOMPARE(catalog.languages(), (QStringList{u"en"_s, u"de"_s, u"nl"_s}));
    }

    void everyReasonUsedByRulesIsInTheCatalog() {
        for (const QString& reason : ReplyClassifier::standard().reasonsUsed())
            QVERIFY2(ReasonCatalog::standard().contains(reason), qPrintable(reason));
    }

    void defaultsFollowTheContract() {
        const ReasonCatalog& catalog = ReasonCatalog::standard();
        QCOMPARE(catalog.info(u"userunknown"_s).defaultClass, DeliveryClass::Hard);
        QCOMPARE(catalog.info(u"userunknown"_s).blame, Blame::Recipient);
        QCOMPARE(catalog.info(u"blocked"_s).defaultClass, DeliveryClass::Spam);
        QCOMPARE(catalog.info(u"blocked"_s).blame, Blame::Sender);
        QCOMPARE(catalog.info(u"mailboxfull"_s).defaultClass, DeliveryClass::Soft);
        QCOMPARE(catalog.info(u"networkerror"_s).blame, Blame::Infrastructure);
        QCOMPARE(catalog.info(u"greylisted"_s).defaultClass, DeliveryClass::Greylist);
        QCOMPARE(catalog.info(u"no-such-reason"_s).id, u"undefined"_s);
        QCOMPARE(catalog.info(u"userunknown"_s, u"de"_s).displayName, u"Empfänger unbekannt"_s);
    }
};

QTEST_GUILESS_MAIN(TestReasonCatalog)
#include "tst_ReasonCatalog.moc"
