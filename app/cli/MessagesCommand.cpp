#include "CliSupport.h"

#include "report/ReportJson.h"
#include "store/ReportSource.h"

#include <QJsonArray>

namespace deliverboard::cli {

namespace {

class MessagesCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("messages"); }
    QString summary() const override {
        return QStringLiteral("List a campaign's recipients with outcome, code, stage and reason.");
    }
    void configure(QCommandLineParser& parser) const override {
        addCampaignOptions(parser);
        addFilterOptions(parser);
        parser.addOption({QStringLiteral("attempts"),
                          QStringLiteral("With --json: include every attempt of each message.")});
        parser.addOption(jsonOption());
    }

    int run(const QCommandLineParser& parser, CliIo& io) const override {
        std::unique_ptr<Store> store;
        CampaignInfo campaign;
        OutcomePolicy policy;
        if (const int rc = openCampaign(parser, io, store, campaign, policy); rc != ExitOk)
            return rc;
        MessageFilter filter;
        if (!filterFrom(parser, io, filter))
            return ExitUsage;
        const std::unique_ptr<ReportSource> queries = store->reportSource();
        const bool json = parser.isSet(QStringLiteral("json"));
        const bool withAttempts = parser.isSet(QStringLiteral("attempts"));
        std::optional<JsonArrayPrinter> array;
        if (json)
            array.emplace(io);
        // One grouped read of events.csv's rows, then a lookup per message.
        const QHash<QString, RecipientEngagement> engagement =
            json ? queries->engagementByRecipient(campaign.id)
                 : QHash<QString, RecipientEngagement>();
        if (!json)
            io.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                          .arg(QStringLiteral("recipient"), -36)
                          .arg(QStringLiteral("outcome"), -11)
                          .arg(QStringLiteral("isp"), -10)
                          .arg(QStringLiteral("tries"), 5)
                          .arg(QStringLiteral("code"), -4)
                          .arg(QStringLiteral("enhanced"), -8)
                          .arg(QStringLiteral("stage"), -16)
                          .arg(QStringLiteral("reason"));
        const bool ok =
            queries->forEachMessage(campaign, policy, filter, [&](const MessageRow& row) {
                if (json) {
                    QJsonObject object = reportjson::message(row);
                    object.insert(QStringLiteral("engagement"),
                                  reportjson::engagement(engagement.value(row.recipient)));
                    if (withAttempts) {
                        QJsonArray attempts;
                        for (const AttemptRow& attempt : queries->attempts(row.deliveryId))
                            attempts.append(reportjson::attempt(attempt));
                        object.insert(QStringLiteral("history"), attempts);
                    }
                    array->append(object);
                    return true;
                }
                io.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                              .arg(row.recipient, -36)
                              .arg(outcomeId(row.outcome), -11)
                              .arg(row.isp, -10)
                              .arg(row.attempts, 5)
                              .arg(row.code, -4)
                              .arg(row.enhanced, -8)
                              .arg(row.stage, -16)
                              .arg(row.reason);
                return true;
            });
        if (!ok) {
            io.err << store->location() << ": " << queries->errorString() << '\n';
            return ExitBadInput;
        }
        if (json)
            array->finish();
        return ExitOk;
    }
};

const CliCommandRegistration registration{[] { return std::make_unique<MessagesCommand>(); }};

} // namespace
} // namespace deliverboard::cli
