#pragma once

#include "CliCommand.h"

#include "report/MessageRows.h"
#include "report/OutcomePolicy.h"
#include "store/Store.h"

#include <QJsonDocument>

#include <memory>
#include <optional>

namespace deliverboard::cli {

// Shared option handling of the commands that read a store.
QCommandLineOption dbOption();
QCommandLineOption campaignOption();
QCommandLineOption jsonOption();
QCommandLineOption asOfOption();

// Opens --db (which must exist unless `create`; read-only unless `create`: the commands
// that create a store are the ones that write). Returns ExitOk, or prints the error and
// returns ExitUsage (no --db) or ExitBadInput (the store cannot be opened).
// How a command uses the store: Read opens it read-only (a store in a read-only folder can
// be reported on), Write needs an existing store, Create makes one if there is none.
enum class StoreAccess { Read, Write, Create };
int openStore(const QCommandLineParser& parser, CliIo& io, std::unique_ptr<Store>& store,
              StoreAccess access = StoreAccess::Read);
// Finds --campaign in the store; prints the error (with the known names) when missing.
std::optional<CampaignInfo> findCampaign(const QCommandLineParser& parser, CliIo& io, Store& store);
// The policy for --as-of (ISO-8601 or "now"); prints the error and returns false.
// An ISO-8601 time given on the command line (with or without milliseconds); a time without
// a zone is taken as UTC. Invalid when `text` is none.
QDateTime parseIsoTime(const QString& text);
bool policyFor(const QCommandLineParser& parser, CliIo& io, Store& store,
               const CampaignInfo& campaign, OutcomePolicy& policy);
// --db, --campaign and --as-of: what every command that reads one campaign takes.
void addCampaignOptions(QCommandLineParser& parser);

// Opens the store, finds the campaign and builds the policy for --as-of. Returns ExitOk,
// or prints the error and returns the exit code to use.
int openCampaign(const QCommandLineParser& parser, CliIo& io, std::unique_ptr<Store>& store,
                 CampaignInfo& campaign, OutcomePolicy& policy);

// Filters from --outcome, --isp, --code, --stage, --reason, --search.
bool filterFrom(const QCommandLineParser& parser, CliIo& io, MessageFilter& filter);
void addFilterOptions(QCommandLineParser& parser, bool withOutcome = true);

void printJson(CliIo& io, const QJsonDocument& document);

// Prints a JSON array one element at a time, in the very layout of printJson (Qt's
// indented form), so that a million rows start printing at once and are never all held.
class JsonArrayPrinter {
public:
    explicit JsonArrayPrinter(CliIo& io);
    void append(const QJsonObject& element);
    void finish();

private:
    CliIo& m_io;
    bool m_first = true;
};

} // namespace deliverboard::cli
