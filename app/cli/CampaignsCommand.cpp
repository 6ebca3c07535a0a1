#include "CliSupport.h"

#include "report/ReportJson.h"
#include "store/ReportSource.h"

#include <QJsonArray>

namespace deliverboard::cli {

namespace {

class CampaignsCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("campaigns"); }
    QString summary() const override { return QStringLiteral("List the campaigns in a store."); }
    void configure(QCommandLineParser& parser) const override
    {
        parser.addOption(dbOption());
        parser.addOption(jsonOption());
    }

    int run(const QCommandLineParser& parser, CliIo& io) const override
    {
        std::unique_ptr<Store> store;
        if (const int rc = openStore(parser, io, store); rc != ExitOk)
            return rc;
        const std::unique_ptr<ReportSource> queries = store->reportSource();
        QJsonArray array;
        const bool json = parser.isSet(QStringLiteral("json"));
        if (!json)
            io.out << QStringLiteral("%1 %2 %3 %4 %5\n")
                          .arg(QStringLiteral("campaign"), -32)
                          .arg(QStringLiteral("first send"), -21)
                          .arg(QStringLiteral("sent"), 9)
                          .arg(QStringLiteral("delivered"), 10)
                          .arg(QStringLiteral("bounced"), 9);
        for (const CampaignInfo& info : queries->campaigns()) {
            CampaignReport figures;
            if (!queries->report(info, queries->defaultPolicy(info), figures)) {
                io.err << store->location() << ": " << queries->errorString() << '\n';
                return ExitBadInput;
            }
            if (json) {
                array.append(reportjson::campaign(info, figures));
                continue;
            }
            const qint64 bounced = figures.totals.soft + figures.totals.hard + figures.totals.spam;
            io.out << QStringLiteral("%1 %2 %3 %4 %5\n")
                          .arg(info.name.left(32), -32)
                          .arg(reportjson::isoUtc(info.firstAttemptAt), -21)
                          .arg(figures.totals.sent, 9)
                          .arg(figures.totals.delivered, 10)
                          .arg(bounced, 9);
        }
        if (json)
            printJson(io, QJsonDocument(array));
        return ExitOk;
    }
};

const CliCommandRegistration registration{[] { return std::make_unique<CampaignsCommand>(); }};

} // namespace
} // namespace deliverboard::cli
