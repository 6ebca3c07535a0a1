#include "CliSupport.h"
#include "StatusSupport.h"

#include "policy/StatusJson.h"
#include "report/ReportJson.h"
#include "store/SettingsSource.h"
#include "store/StatusSource.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace deliverboard::cli {

namespace {

class StatusCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override {
        return QStringLiteral(
            "Show each address's status (active, error, opt_out) over all campaigns, and why.");
    }
    void configure(QCommandLineParser& parser) const override {
        parser.addOption(dbOption());
        parser.addOption(
            {QStringLiteral("address"), QStringLiteral("Only this address."), QStringLiteral("a")});
        parser.addOption(presetOption());
        parser.addOption(jsonOption());
        parser.addOption(
            {QStringLiteral("reactivate"),
             QStringLiteral(
                 "Make --address active by hand (stored; later campaigns count from it).")});
        parser.addOption(
            {QStringLiteral("suppress"),
             QStringLiteral(
                 "Make --address opt_out by hand (stored; only --reactivate undoes it).")});
        parser.addOption({QStringLiteral("note"),
                          QStringLiteral("Why (with --reactivate or --suppress)."),
                          QStringLiteral("text")});
        parser.addOption({QStringLiteral("at"),
                          QStringLiteral("The time of the manual action, ISO-8601 (default: now)."),
                          QStringLiteral("time")});
        parser.addOption(
            {QStringLiteral("preview"),
             QStringLiteral("With --preset: show which addresses that preset would change, "
                            "from what to what, by ISP and reason (nothing is stored).")});
        parser.addOption(
            {QStringLiteral("inactive"),
             QStringLiteral(
                 "List the active addresses suggested as inactive: no open or click "
                 "in the last campaigns delivered to them (see settings --inactive-after "
                 "and --inactive-days).")});
        parser.addOption(
            {QStringLiteral("sender-problems"),
             QStringLiteral("List the failures blamed on the sender, which a preset with "
                            "ignore_sender_blamed does not count, by ISP and reason.")});
    }

    int run(const QCommandLineParser& parser, CliIo& io) const override {
        const QString address = parser.value(QStringLiteral("address")).trimmed().toLower();
        const bool reactivate = parser.isSet(QStringLiteral("reactivate"));
        const bool suppress = parser.isSet(QStringLiteral("suppress"));
        if (reactivate && suppress) {
            io.err << "error: --reactivate and --suppress exclude each other\n";
            return ExitUsage;
        }
        const bool action = reactivate || suppress;
        const bool preview = parser.isSet(QStringLiteral("preview"));
        const bool inactive = parser.isSet(QStringLiteral("inactive"));
        const bool senderProblems = parser.isSet(QStringLiteral("sender-problems"));
        if (int(preview) + int(inactive) + int(senderProblems) + int(action) > 1) {
            io.err << "error: --preview, --inactive, --sender-problems and a manual action "
                      "exclude each other\n";
            return ExitUsage;
        }
        if (preview && !parser.isSet(QStringLiteral("preset"))) {
            io.err << "error: --preview needs --preset <id|file.json> (the candidate)\n";
            return ExitUsage;
        }
        if ((preview || inactive || senderProblems) && !address.isEmpty()) {
            io.err << "error: --preview, --inactive and --sender-problems cover every address; "
                      "leave out --address\n";
            return ExitUsage;
        }
        if (action && address.isEmpty()) {
            io.err << "error: --reactivate and --suppress need --address <a>\n";
            return ExitUsage;
        }
        if (!action &&
            (parser.isSet(QStringLiteral("note")) || parser.isSet(QStringLiteral("at")))) {
            io.err << "error: --note and --at go with --reactivate or --suppress\n";
            return ExitUsage;
        }
        QDateTime at = QDateTime::currentDateTimeUtc();
        if (parser.isSet(QStringLiteral("at"))) {
            const QString text = parser.value(QStringLiteral("at"));
            at = parseIsoTime(text);
            if (!at.isValid()) {
                io.err << "error: --at \"" << text
                       << "\" is not an ISO-8601 time (e.g. 2026-03-15T12:00:00Z)\n";
                return ExitUsage;
            }
        }

        std::unique_ptr<Store> store;
        // Only a manual action writes; a plain status query reads (a read-only store works).
        if (const int rc =
                openStore(parser, io, store, action ? StoreAccess::Write : StoreAccess::Read);
            rc != ExitOk)
            return rc;
        if (preview)
            return runPreview(parser, io, *store);
        std::unique_ptr<StatusEngine> engine;
        if (const int rc = evaluateStatuses(parser, io, *store, engine); rc != ExitOk)
            return rc;
        if (inactive)
            return runInactive(parser, io, *store, *engine);
        if (senderProblems)
            return runSenderProblems(parser, io, *engine);
        if (!address.isEmpty() && !engine->statusOf(address)) {
            io.err << store->location() << ": no address \"" << address
                   << "\" in any campaign of the store\n";
            return ExitBadInput;
        }
        if (action) {
            const std::unique_ptr<StatusSource> statuses = store->statusSource();
            StatusAction a;
            a.kind = reactivate ? StatusAction::Kind::Reactivate : StatusAction::Kind::Suppress;
            a.address = address;
            a.note = parser.value(QStringLiteral("note"));
            a.atMs = at.toMSecsSinceEpoch();
            if (!statuses->addAction(a)) {
                io.err << store->location() << ": " << statuses->errorString() << '\n';
                return ExitBadInput;
            }
            // Every evaluation replays the stored actions: show the result of one.
            if (const int rc = evaluateStatuses(parser, io, *store, engine); rc != ExitOk)
                return rc;
        }

        const bool json = parser.isSet(QStringLiteral("json"));
        if (!address.isEmpty()) {
            const AddressStatus s = *engine->statusOf(address);
            if (json) {
                printJson(io, QJsonDocument(QJsonArray{statusjson::address(s)}));
                return ExitOk;
            }
            io.out << "address:     " << s.address << '\n'
                   << "status:      " << s.status << '\n'
                   << "since:       "
                   << (s.since.isValid() ? reportjson::isoUtc(s.since) : QStringLiteral("-"))
                   << '\n'
                   << "campaign:    " << (s.campaign.isEmpty() ? QStringLiteral("-") : s.campaign)
                   << '\n'
                   << "rule:        " << s.rule << " (preset " << engine->preset().id << ")\n"
                   << "counts:      hard " << s.hard << ", soft " << s.soft << ", soft in a row "
                   << s.softConsecutive << '\n'
                   << "explanation: " << s.explanation << '\n';
            return ExitOk;
        }
        if (json) {
            // Streamed, one compact object per line: a million addresses never sit in
            // memory as one JSON document.
            io.out.setEncoding(QStringConverter::Utf8);
            io.out << '[';
            bool first = true;
            engine->forEach([&](const AddressStatus& s) {
                io.out << (first ? "\n" : ",\n")
                       << QString::fromUtf8(
                              QJsonDocument(statusjson::address(s)).toJson(QJsonDocument::Compact));
                first = false;
                return true;
            });
            io.out << "\n]\n";
            io.out.flush();
            return ExitOk;
        }
        qint64 counts[3] = {0, 0, 0};
        io.out << QStringLiteral("%1 %2 %3 %4\n")
                      .arg(QStringLiteral("address"), -40)
                      .arg(QStringLiteral("status"), -8)
                      .arg(QStringLiteral("since"), -21)
                      .arg(QStringLiteral("explanation"));
        engine->forEach([&](const AddressStatus& s) {
            ++counts[s.status == QLatin1String("active")  ? 0
                     : s.status == QLatin1String("error") ? 1
                                                          : 2];
            io.out << QStringLiteral("%1 %2 %3 %4\n")
                          .arg(s.address, -40)
                          .arg(s.status, -8)
                          .arg(s.since.isValid() ? reportjson::isoUtc(s.since)
                                                 : QStringLiteral("-"),
                               -21)
                          .arg(s.explanation);
            return true;
        });
        io.out << counts[0] << " active, " << counts[1] << " error, " << counts[2]
               << " opt_out (preset " << engine->preset().id << ")\n";
        return ExitOk;
    }

private:
    // The candidate (--preset) against the preset the store has in force.
    static int runPreview(const QCommandLineParser& parser, CliIo& io, Store& store) {
        const std::unique_ptr<SettingsSource> settings = store.settingsSource();
        const auto choice = settings->currentPreset();
        if (!choice) {
            io.err << store.location() << ": " << settings->errorString() << '\n';
            return ExitBadInput;
        }
        QString error;
        const auto currentPreset = choice->resolve(error);
        if (!currentPreset) {
            io.err << error << '\n';
            return ExitBadInput;
        }
        StatusPreset candidatePreset;
        if (const int rc = presetFor(parser, io, store, candidatePreset); rc != ExitOk)
            return rc;
        std::unique_ptr<StatusEngine> current, candidate;
        if (const int rc = evaluateStatuses(io, store, *currentPreset, current); rc != ExitOk)
            return rc;
        if (const int rc = evaluateStatuses(io, store, candidatePreset, candidate); rc != ExitOk)
            return rc;
        const StatusDiff diff = StatusDiff::compute(*current, *candidate);
        if (parser.isSet(QStringLiteral("json"))) {
            printJson(io,
                      QJsonDocument(statusjson::diff(diff, currentPreset->id, candidatePreset.id)));
            return ExitOk;
        }
        io.out << "preview: preset " << candidatePreset.id << " instead of " << currentPreset->id
               << ": " << diff.changed() << " of " << diff.addresses
               << " addresses change status\n";
        for (auto it = diff.byTransition.begin(); it != diff.byTransition.end(); ++it)
            io.out << "  " << it.key().section(u'>', 0, 0) << " -> " << it.key().section(u'>', 1, 1)
                   << ": " << it.value() << '\n';
        const auto line = [&](const char* title, const QMap<QString, qint64>& counts) {
            QStringList parts;
            for (auto it = counts.begin(); it != counts.end(); ++it)
                parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
            io.out << title << (parts.isEmpty() ? QStringLiteral("-") : parts.join(u", "_s))
                   << '\n';
        };
        line("by ISP:    ", diff.byIsp);
        line("by reason: ", diff.byReason);
        for (const StatusChange& c : diff.changes)
            io.out << QStringLiteral("%1 %2 -> %3 %4 %5\n")
                          .arg(c.address, -40)
                          .arg(c.from, 7)
                          .arg(c.to, -7)
                          .arg(c.isp.isEmpty() ? u"other"_s : c.isp, -10)
                          .arg(c.reason);
        return ExitOk;
    }

    static int runInactive(const QCommandLineParser& parser, CliIo& io, Store& store,
                           const StatusEngine& engine) {
        const std::unique_ptr<SettingsSource> settings = store.settingsSource();
        const auto rule = settings->inactivity();
        if (!rule) {
            io.err << store.location() << ": " << settings->errorString() << '\n';
            return ExitBadInput;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            engine.forEachInactive(*rule, [&](const AddressStatus& s) {
                array.append(statusjson::inactive(s));
                return true;
            });
            printJson(io, QJsonDocument(array));
            return ExitOk;
        }
        qint64 count = 0;
        engine.forEachInactive(*rule, [&](const AddressStatus& s) {
            ++count;
            io.out << QStringLiteral("%1 %2 %3 %4\n")
                          .arg(s.address, -40)
                          .arg(s.unengagedCampaigns, 4)
                          .arg(s.quietDays, 5)
                          .arg(s.lastCampaign);
            return true;
        });
        io.out << count << " active addresses without an open or click in their last "
               << rule->campaigns << " campaigns";
        if (rule->days > 0)
            io.out << " or " << rule->days << " days";
        io.out << " (suggested only; nothing was changed)\n";
        return ExitOk;
    }

    static int runSenderProblems(const QCommandLineParser& parser, CliIo& io,
                                 const StatusEngine& engine) {
        const QList<SenderProblem> problems = engine.senderProblems();
        const StatusPreset& preset = engine.preset();
        if (parser.isSet(QStringLiteral("json"))) {
            printJson(io, QJsonDocument(statusjson::senderProblems(
                              problems, preset.ignoreSenderBlamed, preset.id)));
            return ExitOk;
        }
        if (!preset.ignoreSenderBlamed) {
            io.out << "preset " << preset.id
                   << " counts failures blamed on the sender against the addresses; use a "
                      "preset with ignore_sender_blamed (e.g. deliverboard) to list them apart\n";
            return ExitOk;
        }
        for (const SenderProblem& p : problems)
            io.out << QStringLiteral("%1 %2 %3 addresses, %4 failures\n")
                          .arg(p.isp.isEmpty() ? u"other"_s : p.isp, -10)
                          .arg(p.reason, -16)
                          .arg(p.addresses)
                          .arg(p.failures);
        io.out << problems.size() << " sender problem(s) (preset " << preset.id << ")\n";
        return ExitOk;
    }
};

const CliCommandRegistration registration{[] { return std::make_unique<StatusCommand>(); }};

} // namespace
} // namespace deliverboard::cli
