#include "CliSupport.h"

#include "classify/IspDirectory.h"
#include "report/ReportJson.h"
#include "store/ReportSource.h"

namespace deliverboard::cli {

namespace {

QString percent(qint64 part, qint64 whole)
{
    return whole > 0 ? QString::number(100.0 * part / whole, 'f', 1) + QLatin1Char('%') : QStringLiteral("-");
}

class ReportCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override
    {
        return QStringLiteral("Print a campaign's Response report (outcomes, ISPs, codes).");
    }
    void configure(QCommandLineParser& parser) const override
    {
        addCampaignOptions(parser);
        parser.addOption(jsonOption());
    }

    int run(const QCommandLineParser& parser, CliIo& io) const override
    {
        std::unique_ptr<Store> store;
        CampaignInfo campaign;
        OutcomePolicy policy;
        if (const int rc = openCampaign(parser, io, store, campaign, policy); rc != ExitOk)
            return rc;
        const std::unique_ptr<ReportSource> queries = store->reportSource();
        CampaignReport report;
        if (!queries->report(campaign, policy, report)) {
            io.err << store->location() << ": " << queries->errorString() << '\n';
            return ExitBadInput;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            printJson(io, QJsonDocument(reportjson::report(report)));
            return ExitOk;
        }
        printText(io, report);
        return ExitOk;
    }

private:
    static void printText(CliIo& io, const CampaignReport& r)
    {
        const OutcomeCounts& t = r.totals;
        io.out << "Campaign:      " << r.campaign << '\n'
               << "As of:         " << reportjson::isoUtc(r.asOf) << " (retry window "
               << r.retryWindowHours << " h, " << r.maxAttempts << " attempts)\n"
               << "Sent:          " << t.sent << '\n'
               << "Delivered:     " << t.delivered << " (" << percent(t.delivered, t.sent) << ")\n"
               << "In progress:   " << t.inProgress << '\n'
               << "Soft bounces:  " << t.soft << " (" << percent(t.soft, t.sent) << ")\n"
               << "Hard bounces:  " << t.hard << " (" << percent(t.hard, t.sent) << ")\n"
               << "Spam bounces:  " << t.spam << " (" << percent(t.spam, t.sent) << ")\n"
               << "Complaints:    " << r.complaints << '\n'
               << "Auto-replies:  " << r.autoReplies << '\n'
               << "Skipped:       " << r.skipped << '\n'
               << "Not attempted: " << r.notAttempted << "\n\n";
        io.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                      .arg(QStringLiteral("ISP"), -26)
                      .arg(QStringLiteral("sent"), 8)
                      .arg(QStringLiteral("delivered"), 10)
                      .arg(QStringLiteral("in prog."), 9)
                      .arg(QStringLiteral("soft"), 6)
                      .arg(QStringLiteral("hard"), 6)
                      .arg(QStringLiteral("spam"), 6);
        const IspDirectory& isps = IspDirectory::standard();
        for (const IspFigures& f : r.byIsp)
            io.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                          .arg(isps.byId(f.isp).displayName.left(26), -26)
                          .arg(f.counts.sent, 8)
                          .arg(f.counts.delivered, 10)
                          .arg(f.counts.inProgress, 9)
                          .arg(f.counts.soft, 6)
                          .arg(f.counts.hard, 6)
                          .arg(f.counts.spam, 6);
        io.out << "\nError codes by ISP:\n";
        for (const IspFigures& f : r.byIsp)
            for (const CodeCount& c : f.codes)
                io.out << QStringLiteral("  %1 %2 %3 %4 %5\n")
                              .arg(f.isp, -10)
                              .arg(c.code.isEmpty() ? QStringLiteral("-") : c.code, -4)
                              .arg(c.enhanced.isEmpty() ? QStringLiteral("-") : c.enhanced, -8)
                              .arg(c.reason, -16)
                              .arg(c.count, 6);
        if (!r.failuresByStage.isEmpty()) {
            io.out << "\nFailures by SMTP stage:\n";
            for (const StageCount& s : r.failuresByStage)
                io.out << QStringLiteral("  %1 %2\n").arg(s.stage, -18).arg(s.count, 6);
        }
    }
};

const CliCommandRegistration registration{[] { return std::make_unique<ReportCommand>(); }};

} // namespace
} // namespace deliverboard::cli
