#include "CliSupport.h"

#include "import/CampaignImporter.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace deliverboard::cli {

namespace {

class ImportCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override {
        return QStringLiteral("Import campaign folders or log files into a store.");
    }
    void configure(QCommandLineParser& parser) const override {
        parser.addOption(dbOption());
        parser.addOption(
            {QStringLiteral("campaign"),
             QStringLiteral("Campaign name (default: campaign.json's name, else the folder's)."),
             QStringLiteral("name")});
        parser.addPositionalArgument(QStringLiteral("paths"),
                                     QStringLiteral("Campaign folders or log files."),
                                     QStringLiteral("<folder-or-file>..."));
    }

    int run(const QCommandLineParser& parser, CliIo& io) const override {
        const QStringList paths = parser.positionalArguments();
        if (paths.isEmpty()) {
            io.err << "error: name at least one campaign folder or log file\n";
            return ExitUsage;
        }
        std::unique_ptr<Store> store;
        if (const int rc = openStore(parser, io, store, StoreAccess::Create); rc != ExitOk)
            return rc;

        ImportOptions options;
        options.campaignName = parser.value(QStringLiteral("campaign"));
        QElapsedTimer sinceLastReport;
        sinceLastReport.start();
        if (io.stderrIsTerminal) {
            options.progress = [&](const ImportProgress& p) {
                if (sinceLastReport.elapsed() < 200)
                    return;
                sinceLastReport.restart();
                const int percent =
                    p.bytesTotal > 0 ? static_cast<int>(100 * p.bytesDone / p.bytesTotal) : 0;
                if (io.control) {
                    *io.control << '\r';
                    io.control->flush();
                }
                io.err << "importing " << QFileInfo(p.currentFile).fileName() << ": " << percent
                       << "% (" << p.linesDone << " lines)   ";
                io.err.flush();
            };
        }
        CampaignImporter importer(*store);
        const ImportSummary summary = importer.importPaths(paths, options);
        if (io.stderrIsTerminal && io.control) {
            *io.control << "\r\033[K";
            io.control->flush();
        }

        for (const ImportProblem& problem : summary.problems) {
            io.err << problem.path;
            if (problem.line > 0)
                io.err << ':' << problem.line;
            io.err << ": " << problem.message << '\n';
        }
        if (summary.problemCount > summary.problems.size())
            io.err << "... and " << (summary.problemCount - summary.problems.size())
                   << " more problems (all are listed in the store)\n";
        for (const QString& ignored : summary.filesIgnored)
            io.err << "ignored " << ignored << '\n';
        if (!summary.fatalError.isEmpty()) {
            io.err << store->location() << ": " << summary.fatalError << '\n';
            return ExitBadInput;
        }
        if (summary.campaigns.isEmpty())
            return ExitBadInput; // every reason is on stderr above
        io.out << "imported into " << summary.campaigns.join(QStringLiteral(", ")) << ": "
               << summary.filesRead << " files read, " << summary.filesUnchanged << " unchanged, "
               << summary.linesRead << " lines (" << summary.linesUsed << " used, "
               << summary.linesSkipped << " skipped), " << summary.attemptsAdded
               << " delivery attempts added";
        if (summary.audienceMembers > 0)
            io.out << ", " << summary.audienceMembers << " audience members";
        if (summary.returnedMailRecords > 0)
            io.out << ", " << summary.returnedMailRecords << " returned-mail records ("
                   << summary.bouncesAfterAcceptance << " bounces after acceptance)";
        if (summary.engagementEvents > 0)
            io.out << ", " << summary.engagementEvents << " engagement events";
        io.out << '\n';
        // Bad input: nothing at all could be read from what was named.
        if (summary.filesRead + summary.filesUnchanged == 0)
            return ExitBadInput;
        return ExitOk;
    }
};

const CliCommandRegistration registration{[] { return std::make_unique<ImportCommand>(); }};

} // namespace
} // namespace deliverboard::cli
