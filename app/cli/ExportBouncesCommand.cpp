#include "CliSupport.h"

#include "export/BounceExporter.h"
#include "store/ReportSource.h"

namespace deliverboard::cli {

namespace {

class ExportBouncesCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("export-bounces"); }
    QString summary() const override
    {
        return QStringLiteral("Write bounced addresses to CSV for suppression.");
    }
    void configure(QCommandLineParser& parser) const override
    {
        addCampaignOptions(parser);
        addFilterOptions(parser);
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          QStringLiteral("The CSV file to write."),
                          QStringLiteral("file.csv")});
    }

    int run(const QCommandLineParser& parser, CliIo& io) const override
    {
        const QString output = parser.value(QStringLiteral("output"));
        if (output.isEmpty()) {
            io.err << "error: -o <file.csv> is required\n";
            return ExitUsage;
        }
        std::unique_ptr<Store> store;
        CampaignInfo campaign;
        OutcomePolicy policy;
        if (const int rc = openCampaign(parser, io, store, campaign, policy); rc != ExitOk)
            return rc;
        MessageFilter filter;
        if (!filterFrom(parser, io, filter))
            return ExitUsage;
        for (Outcome outcome : filter.outcomes) {
            if (!bounceOutcomes().contains(outcome)) {
                io.err << "error: --outcome takes hard, soft and spam only\n";
                return ExitUsage;
            }
        }
        const std::unique_ptr<ReportSource> queries = store->reportSource();
        QString error;
        const qint64 rows =
            BounceExporter::exportCsv(*queries, campaign, policy, filter, output, error);
        if (rows < 0) {
            io.err << error << '\n';
            return ExitBadInput;
        }
        io.out << "wrote " << rows << " bounced addresses to " << output << '\n';
        return ExitOk;
    }
};

const CliCommandRegistration registration{[] { return std::make_unique<ExportBouncesCommand>(); }};

} // namespace
} // namespace deliverboard::cli
