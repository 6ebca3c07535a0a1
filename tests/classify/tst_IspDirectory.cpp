// ISP detection from recipient domains, relay/MX host suffixes and reply wording.
#include "classify/IspDirectory.h"

#include <QtTest>

using namespace deliverboard;
using namespace Qt::StringLiterals;

class TestIspDirectory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loadsWithoutErrors() {
        const IspDirectory directory;
        QCOMPARE(directory.loadErrors().join(u'\n'), QString());
        QStringList ids;
        for (const IspInfo& isp : directory.all()) {
            ids.append(isp.id);
            QVERIFY2(!isp.displayName.isEmpty(), qPrintable(isp.id));
            QVERIFY2(isp.helpUrl.startsWith(u"https://"_s), qPrintable(isp.id));
        }
        QCOMPARE(ids, (QStringList{u"google"_s, u"microsoft"_s, u"yahoo"_s, u"apple"_s, u"gmx"_s,
                                   u"t-online"_s, u"orange"_s, u"comcast"_s, u"other"_s}));
    }

    void identify_data() {
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<QString>("relay");
        QTest::addColumn<QString>("isp");
        const auto row = [](const char* name, const char* recipient, const char* relay,
                            const char* isp) {
            QTest::newRow(name) << QString::fromUtf8(recipient) << QString::fromUtf8(relay)
                                << QString::fromUtf8(isp);
        };
        row("gmail", "a@gmail.com", "", "google");
        row("googlemail", "A@GoogleMail.com", "", "google");
        row("workspace via aspmx", "a@example.com", "aspmx.l.google.com", "google");
        row("workspace via alt mx with ip", "a@example.com",
            "ALT2.ASPMX.L.GOOGLE.com[3.155.237.60]:25", "google");
        row("googlemail host", "a@example.com", "mx.googlemail.com", "google");
        row("outlook", "a@outlook.com", "", "microsoft");
        row("hotmail.co.uk", "a@hotmail.co.uk", "", "microsoft");
        row("hotmail.fr", "a@hotmail.fr", "", "microsoft");
        row("live.de", "a@live.de", "", "microsoft");
        row("msn", "a@msn.com", "", "microsoft");
        row("m365 tenant", "a@contoso.com", "contoso-com.mail.protection.outlook.com", "microsoft");
        row("olc", "a@example.net", "hotmail-com.olc.protection.outlook.com", "microsoft");
        row("yahoo.com", "a@yahoo.com", "", "yahoo");
        row("yahoo.co.jp", "a@yahoo.co.jp", "", "yahoo");
        row("ymail", "a@ymail.com", "", "yahoo");
        row("rocketmail", "a@rocketmail.com", "", "yahoo");
        row("aol", "a@aol.com", "", "yahoo");
        row("yahoodns relay", "a@example.org", "mta7.am0.yahoodns.net", "yahoo");
        row("icloud", "a@icloud.com", "", "apple");
        row("me.com", "a@me.com", "", "apple");
        row("mac.com", "a@mac.com", "", "apple");
        row("gmx.de", "a@gmx.de", "", "gmx");
        row("gmx.net", "a@gmx.net", "", "gmx");
        row("gmx.at", "a@gmx.at", "", "gmx");
        row("web.de", "a@web.de", "", "gmx");
        row("mail.com", "a@mail.com", "", "gmx");
        row("t-online", "a@t-online.de", "", "t-online");
        row("t-online relay", "a@example.de", "mx00.t-online.de", "t-online");
        row("orange", "a@orange.fr", "", "orange");
        row("wanadoo", "a@wanadoo.fr", "", "orange");
        row("comcast", "a@comcast.net", "", "comcast");
        row("domain only", "gmail.com", "", "google");
        row("other", "a@example.org", "mx.example.org", "other");
        row("no suffix confusion", "a@example.org", "notgoogle.com", "other");
        row("empty", "", "", "other");
    }

    void identify() {
        QFETCH(QString, recipient);
        QFETCH(QString, relay);
        QFETCH(QString, isp);
        QCOMPARE(IspDirectory::standard().identify(recipient, relay).id, isp);
    }

    void identifiesFromWording() {
        const IspDirectory& directory = IspDirectory::standard();
        QCOMPARE(directory.identifyFromText(u"550 5.1.1 ... - gsmtp"_s)->id, u"google"_s);
        QCOMPARE(directory.identifyFromText(u"421 4.7.0 [TSS04] Messages from 1.2.3.4"_s)->id,
                 u"yahoo"_s);
        QCOMPARE(directory.identifyFromText(u"on our block list (S3140)."_s)->id, u"microsoft"_s);
        QCOMPARE(directory.identifyFromText(u"Service refuse. OFR_999 [999]"_s)->id, u"orange"_s);
        QVERIFY(!directory.identifyFromText(u"550 5.1.1 User unknown"_s));
    }

    void helpLinks() {
        const IspDirectory& directory = IspDirectory::standard();
        QCOMPARE(directory.byId(u"nonsense"_s).id, u"other"_s);
        QCOMPARE(directory.helpUrlFor(u"google"_s, u"550"_s, u"5.1.1"_s),
                 directory.byId(u"google"_s).helpUrl);
        QCOMPARE(directory.helpUrlInText(
                     u"google"_s,
                     u"Learn more at https://support.google.com/mail/?p=NoSuchUser a1 - gsmtp"_s),
                 u"https://support.google.com/mail/?p=NoSuchUser"_s);
        QCOMPARE(
            directory.helpUrlInText(
                u"comcast"_s, u"see http://postmaster.comcast.net/smtp-error-codes.php#BL000001"_s),
            u"http://postmaster.comcast.net/smtp-error-codes.php#BL000001"_s);
    }
};

QTEST_GUILESS_MAIN(TestIspDirectory)
#include "tst_IspDirectory.moc"
