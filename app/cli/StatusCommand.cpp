#include "CliSupport.h"
#include "StatusSupport.h"

#include "policy/StatusJson.h"
#include "report/ReportJson.h"
#include "store/StatusStore.h"

#include <QJsonArray>

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

        Database db;
        // Only a manual action writes; a plain status query reads (a read-only store works).
        if (const int rc =
                openStore(parser, io, db, action ? StoreAccess::Write : StoreAccess::Read);
            rc != ExitOk)
            return rc;
        std::unique_ptr<StatusEngine> engine;
        if (const int rc = evaluateStatuses(parser, io, db, engine); rc != ExitOk)
            return rc;
        if (!address.isEmpty() && !engine->statusOf(address)) {
            io.err << db.path() << ": no address \"" << address
                   << "\" in any campaign of the store\n";
            return ExitBadInput;
        }
        if (action) {
            StatusStore store(db.connection());
            StatusAction a;
            a.kind = reactivate ? StatusAction::Kind::Reactivate : StatusAction::Kind::Suppress;
            a.address = address;
            a.note = parser.value(QStringLiteral("note"));
            a.atMs = at.toMSecsSinceEpoch();
            if (!store.addAction(a)) {
                io.err << db.path() << ": " << store.errorString() << '\n';
                return ExitBadInput;
            }
            // Every evaluation replays the stored actions: show the result of one.
            if (const int rc = evaluateStatuses(parser, io, db, engine); rc != ExitOk)
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
};

const CliCommandRegistration registration{[] { return std::make_unique<StatusCommand>(); }};

} // namespace
} // namespace deliverboard::cli
