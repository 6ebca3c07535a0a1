#include "CliSupport.h"
#include "StatusSupport.h"

#include "report/ReportJson.h"
#include "store/ReportSource.h"
#include "store/SettingsSource.h"

#include <QJsonArray>
#include <QJsonObject>

namespace deliverboard::cli {

namespace {

// The store's settings that change figures (SettingsSource): every command and the GUI on
// the same store honour them, so they are set here once rather than per run.
class SettingsCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("settings"); }
    QString summary() const override {
        return QStringLiteral(
            "Show or set the store's status preset, report limits and inactivity threshold.");
    }
    void configure(QCommandLineParser& parser) const override {
        parser.addOption(dbOption());
        parser.addOption(
            {QStringLiteral("preset"),
             QStringLiteral("Put this status preset in force: %1, or a JSON file (its text is "
                            "kept in the store).")
                 .arg(StatusPreset::builtinIds().join(QStringLiteral(", "))),
             QStringLiteral("id|file.json")});
        parser.addOption(
            {QStringLiteral("undo"),
             QStringLiteral("Go back to the preset in force before the last change.")});
        parser.addOption(
            {QStringLiteral("retry-window-hours"),
             QStringLiteral("Override every campaign's retry window (0: the campaigns' own)."),
             QStringLiteral("hours")});
        parser.addOption(
            {QStringLiteral("max-attempts"),
             QStringLiteral("Override every campaign's maximum attempts (0: the campaigns' own)."),
             QStringLiteral("n")});
        parser.addOption(
            {QStringLiteral("campaign"),
             QStringLiteral("With --retry-window-hours or --max-attempts: only this campaign."),
             QStringLiteral("name")});
        parser.addOption({QStringLiteral("inactive-after"),
                          QStringLiteral("Suggest an address as inactive after this many "
                                         "campaigns in a row without an open or click "
                                         "(default %1).")
                              .arg(SettingsSource::kDefaultInactiveCampaigns),
                          QStringLiteral("n")});
        parser.addOption({QStringLiteral("inactive-days"),
                          QStringLiteral("Also suggest an address as inactive after this many "
                                         "days without an open or click, counted back from the "
                                         "newest campaign with events (0, the default: off)."),
                          QStringLiteral("days")});
        parser.addOption(jsonOption());
    }

    int run(const QCommandLineParser& parser, CliIo& io) const override {
        const bool setPreset = parser.isSet(QStringLiteral("preset"));
        const bool undo = parser.isSet(QStringLiteral("undo"));
        const bool setHours = parser.isSet(QStringLiteral("retry-window-hours"));
        const bool setAttempts = parser.isSet(QStringLiteral("max-attempts"));
        const bool setInactive = parser.isSet(QStringLiteral("inactive-after"));
        const bool setInactiveDays = parser.isSet(QStringLiteral("inactive-days"));
        if (setPreset && undo) {
            io.err << "error: --preset and --undo exclude each other\n";
            return ExitUsage;
        }
        if (parser.isSet(QStringLiteral("campaign")) && !setHours && !setAttempts) {
            io.err << "error: --campaign goes with --retry-window-hours or --max-attempts\n";
            return ExitUsage;
        }
        bool ok = true;
        const double hours = parser.value(QStringLiteral("retry-window-hours")).toDouble(&ok);
        if (setHours && (!ok || hours < 0 || hours > 24 * 365)) {
            io.err << "error: --retry-window-hours takes hours from 0 to 8760\n";
            return ExitUsage;
        }
        const int attempts = parser.value(QStringLiteral("max-attempts")).toInt(&ok);
        if (setAttempts && (!ok || attempts < 0 || attempts > 1000)) {
            io.err << "error: --max-attempts takes a whole number from 0 to 1000\n";
            return ExitUsage;
        }
        const int inactive = parser.value(QStringLiteral("inactive-after")).toInt(&ok);
        if (setInactive && (!ok || inactive < 1 || inactive > 1000)) {
            io.err << "error: --inactive-after takes a whole number from 1 to 1000\n";
            return ExitUsage;
        }
        const int inactiveDays = parser.value(QStringLiteral("inactive-days")).toInt(&ok);
        if (setInactiveDays && (!ok || inactiveDays < 0 || inactiveDays > 3650)) {
            io.err << "error: --inactive-days takes a whole number from 0 (off) to 3650\n";
            return ExitUsage;
        }
        std::optional<PresetChoice> choice;
        if (setPreset) {
            QString error;
            choice = PresetChoice::fromArgument(parser.value(QStringLiteral("preset")), error);
            if (!choice) {
                io.err << error << '\n';
                return ExitBadInput;
            }
        }

        const bool change =
            setPreset || undo || setHours || setAttempts || setInactive || setInactiveDays;
        std::unique_ptr<Store> store;
        if (const int rc =
                openStore(parser, io, store, change ? StoreAccess::Write : StoreAccess::Read);
            rc != ExitOk)
            return rc;
        const std::unique_ptr<SettingsSource> source = store->settingsSource();
        SettingsSource& settings = *source;
        const auto failed = [&] {
            io.err << store->location() << ": " << settings.errorString() << '\n';
            return ExitBadInput;
        };
        if (choice && !settings.applyPreset(*choice))
            return failed();
        if (undo && !settings.undoPreset())
            return failed();
        if (setHours || setAttempts) {
            if (parser.isSet(QStringLiteral("campaign"))) {
                const auto campaign = findCampaign(parser, io, *store);
                if (!campaign)
                    return ExitBadInput;
                auto limits = settings.campaignLimits(campaign->id);
                if (!limits)
                    return failed();
                if (setHours)
                    limits->retryWindowHours = hours;
                if (setAttempts)
                    limits->maxAttempts = attempts;
                if (!settings.setCampaignLimits(campaign->id, *limits))
                    return failed();
            } else {
                auto limits = settings.limits();
                if (!limits)
                    return failed();
                if (setHours)
                    limits->retryWindowHours = hours;
                if (setAttempts)
                    limits->maxAttempts = attempts;
                if (!settings.setLimits(*limits))
                    return failed();
            }
        }
        if (setInactive && !settings.setInactiveCampaigns(inactive))
            return failed();
        if (setInactiveDays && !settings.setInactiveDays(inactiveDays))
            return failed();
        return show(parser, io, *store, settings);
    }

private:
    static int show(const QCommandLineParser& parser, CliIo& io, Store& store,
                    SettingsSource& settings) {
        const auto preset = settings.currentPreset();
        const auto history = settings.presetHistory();
        const auto limits = settings.limits();
        const auto inactive = settings.inactiveCampaigns();
        const auto inactiveDays = settings.inactiveDays();
        if (!preset || !history || !limits || !inactive || !inactiveDays) {
            io.err << store.location() << ": " << settings.errorString() << '\n';
            return ExitBadInput;
        }
        const std::unique_ptr<ReportSource> queries = store.reportSource();
        const QList<CampaignInfo> campaigns = queries->campaigns();
        if (!queries->errorString().isEmpty()) {
            io.err << store.location() << ": " << queries->errorString() << '\n';
            return ExitBadInput;
        }
        const auto orNull = [](double value) {
            return value > 0 ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
        };
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonObject root;
            root.insert(QStringLiteral("preset"), preset->label());
            root.insert(QStringLiteral("preset_applied_at"),
                        preset->appliedAt.isValid()
                            ? QJsonValue(reportjson::isoUtc(preset->appliedAt))
                            : QJsonValue(QJsonValue::Null));
            QJsonArray past;
            for (const PresetChoice& c : std::as_const(*history))
                past.append(
                    QJsonObject{{QStringLiteral("preset"), c.label()},
                                {QStringLiteral("applied_at"), reportjson::isoUtc(c.appliedAt)}});
            root.insert(QStringLiteral("preset_history"), past);
            root.insert(QStringLiteral("retry_window_hours"), orNull(limits->retryWindowHours));
            root.insert(QStringLiteral("max_attempts"), orNull(limits->maxAttempts));
            root.insert(QStringLiteral("inactive_after"), *inactive);
            root.insert(QStringLiteral("inactive_days"), *inactiveDays > 0
                                                             ? QJsonValue(*inactiveDays)
                                                             : QJsonValue(QJsonValue::Null));
            QJsonArray perCampaign;
            for (const CampaignInfo& c : campaigns)
                perCampaign.append(
                    QJsonObject{{QStringLiteral("campaign"), c.name},
                                {QStringLiteral("retry_window_hours"), c.retryWindowHours},
                                {QStringLiteral("max_attempts"), c.maxAttempts},
                                {QStringLiteral("own_retry_window_hours"), c.ownRetryWindowHours},
                                {QStringLiteral("own_max_attempts"), c.ownMaxAttempts}});
            root.insert(QStringLiteral("campaigns"), perCampaign);
            printJson(io, QJsonDocument(root));
            return ExitOk;
        }
        io.out << "preset:             " << preset->label();
        if (preset->appliedAt.isValid())
            io.out << " (since " << reportjson::isoUtc(preset->appliedAt) << ", " << history->size()
                   << " change(s) kept for --undo)";
        else
            io.out << " (default)";
        io.out << '\n'
               << "retry window:       "
               << (limits->retryWindowHours > 0
                       ? QString::number(limits->retryWindowHours) + QStringLiteral(" h")
                       : QStringLiteral("each campaign's own"))
               << '\n'
               << "max attempts:       "
               << (limits->maxAttempts > 0 ? QString::number(limits->maxAttempts)
                                           : QStringLiteral("each campaign's own"))
               << '\n'
               << "inactive after:     " << *inactive << " campaigns without an open or click";
        if (*inactiveDays > 0)
            io.out << ", or " << *inactiveDays << " days";
        io.out << '\n';
        for (const CampaignInfo& c : campaigns)
            io.out << "campaign " << c.name << ": " << c.retryWindowHours << " h, " << c.maxAttempts
                   << " attempts (campaign.json: " << c.ownRetryWindowHours << " h, "
                   << c.ownMaxAttempts << ")\n";
        return ExitOk;
    }
};

const CliCommandRegistration registration{[] { return std::make_unique<SettingsCommand>(); }};

} // namespace
} // namespace deliverboard::cli
