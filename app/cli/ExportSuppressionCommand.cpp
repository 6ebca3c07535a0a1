#include "CliSupport.h"
#include "StatusSupport.h"

#include "export/SuppressionExporter.h"
#include "store/SettingsSource.h"

namespace deliverboard::cli {

namespace {

class ExportSuppressionCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("export-suppression"); }
    QString summary() const override {
        return QStringLiteral("Write the addresses not to mail (error, opt_out) to CSV.");
    }
    void configure(QCommandLineParser& parser) const override {
        parser.addOption(dbOption());
        parser.addOption(presetOption());
        parser.addOption(
            {QStringLiteral("format"),
             QStringLiteral("The column layout: generic (default), mailchimp or listmonk."),
             QStringLiteral("layout")});
        parser.addOption(
            {QStringLiteral("inactive"),
             QStringLiteral("Write the inactivity suggestions (status --inactive) instead.")});
        parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                          QStringLiteral("The CSV file to write."),
                          QStringLiteral("file.csv")});
    }

    int run(const QCommandLineParser& parser, CliIo& io) const override {
        const QString output = parser.value(QStringLiteral("output"));
        if (output.isEmpty()) {
            io.err << "error: -o <file.csv> is required\n";
            return ExitUsage;
        }
        SuppressionExporter::Format format = SuppressionExporter::Format::Generic;
        if (parser.isSet(QStringLiteral("format")) &&
            !SuppressionExporter::formatFromId(parser.value(QStringLiteral("format")), format)) {
            io.err << "error: --format takes "
                   << SuppressionExporter::formatIds().join(QStringLiteral(", ")) << '\n';
            return ExitUsage;
        }
        std::unique_ptr<Store> store;
        if (const int rc = openStore(parser, io, store); rc != ExitOk)
            return rc;
        std::unique_ptr<StatusEngine> engine;
        if (const int rc = evaluateStatuses(parser, io, *store, engine); rc != ExitOk)
            return rc;
        QString error;
        if (parser.isSet(QStringLiteral("inactive"))) {
            const std::unique_ptr<SettingsSource> settings = store->settingsSource();
            const auto rule = settings->inactivity();
            if (!rule) {
                io.err << store->location() << ": " << settings->errorString() << '\n';
                return ExitBadInput;
            }
            const qint64 rows =
                SuppressionExporter::exportInactiveCsv(*engine, *rule, output, error, format);
            if (rows < 0) {
                io.err << error << '\n';
                return ExitBadInput;
            }
            io.out << "wrote " << rows << " inactive addresses (no open or click in "
                   << rule->campaigns << " campaigns";
            if (rule->days > 0)
                io.out << " or " << rule->days << " days";
            io.out << ") to " << output << '\n';
            return ExitOk;
        }
        const qint64 rows = SuppressionExporter::exportCsv(*engine, output, error, format);
        if (rows < 0) {
            io.err << error << '\n';
            return ExitBadInput;
        }
        io.out << "wrote " << rows << " suppressed addresses to " << output << " (preset "
               << engine->preset().id << ")\n";
        return ExitOk;
    }
};

const CliCommandRegistration registration{
    [] { return std::make_unique<ExportSuppressionCommand>(); }};

} // namespace
} // namespace deliverboard::cli
