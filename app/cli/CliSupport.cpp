#include "CliSupport.h"

#include "store/ReportSource.h"
#include "store/StoreLocation.h"

#include <QFileInfo>

namespace deliverboard::cli {

QCommandLineOption dbOption() {
    return QCommandLineOption(QStringLiteral("db"), QStringLiteral("The store (SQLite file)."),
                              QStringLiteral("file"));
}

QCommandLineOption campaignOption() {
    return QCommandLineOption(QStringLiteral("campaign"), QStringLiteral("The campaign's name."),
                              QStringLiteral("name"));
}

QCommandLineOption jsonOption() {
    return QCommandLineOption(QStringLiteral("json"), QStringLiteral("Print UTF-8 JSON."));
}

QCommandLineOption asOfOption() {
    return QCommandLineOption(
        QStringLiteral("as-of"),
        QStringLiteral("Judge retry limits as of this ISO-8601 time or 'now' (default: the "
                       "newest log line)."),
        QStringLiteral("time"));
}

int openStore(const QCommandLineParser& parser, CliIo& io, std::unique_ptr<Store>& store,
              StoreAccess access) {
    const QString path = parser.value(QStringLiteral("db"));
    if (path.isEmpty()) {
        io.err << "error: --db <file> is required\n";
        return ExitUsage;
    }
    QString error;
    const std::optional<StoreLocation> location = StoreLocation::parse(path, error);
    if (!location) {
        io.err << path << ": cannot open the store: " << error << '\n';
        return ExitBadInput;
    }
    if (access != StoreAccess::Create && !location->exists()) {
        io.err << path << ": no such store (import a campaign first)\n";
        return ExitBadInput;
    }
    // Commands that only read open the store read-only: nothing is written at open.
    const Store::Mode mode =
        access == StoreAccess::Read ? Store::Mode::ReadOnly : Store::Mode::ReadWrite;
    store = Store::open(*location, mode, error);
    if (!store) {
        io.err << path << ": cannot open the store: " << error << '\n';
        return ExitBadInput;
    }
    return ExitOk;
}

std::optional<CampaignInfo> findCampaign(const QCommandLineParser& parser, CliIo& io,
                                         Store& store) {
    const QString name = parser.value(QStringLiteral("campaign"));
    const std::unique_ptr<ReportSource> queries = store.reportSource();
    const QList<CampaignInfo> all = queries->campaigns();
    if (name.isEmpty() && all.size() == 1)
        return all.first(); // one campaign in the store: no need to name it
    if (name.isEmpty()) {
        io.err << "error: --campaign <name> is required\n";
        return std::nullopt;
    }
    if (auto campaign = queries->campaign(name))
        return campaign;
    QStringList names;
    for (const CampaignInfo& info : all)
        names.append(QLatin1Char('"') + info.name + QLatin1Char('"'));
    io.err << store.location() << ": no campaign named \"" << name << "\""
           << (names.isEmpty()
                   ? QStringLiteral(" (the store is empty)")
                   : QStringLiteral(" (known: %1)").arg(names.join(QStringLiteral(", "))))
           << '\n';
    return std::nullopt;
}

QDateTime parseIsoTime(const QString& text) {
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time;
}

bool policyFor(const QCommandLineParser& parser, CliIo& io, Store& store,
               const CampaignInfo& campaign, OutcomePolicy& policy) {
    QDateTime asOf;
    const QString text = parser.value(QStringLiteral("as-of"));
    if (text == QLatin1String("now")) {
        asOf = QDateTime::currentDateTimeUtc();
    } else if (!text.isEmpty()) {
        asOf = parseIsoTime(text);
        if (!asOf.isValid()) {
            io.err << "error: --as-of \"" << text
                   << "\" is not an ISO-8601 time (e.g. 2026-03-15T12:00:00Z) or 'now'\n";
            return false;
        }
    }
    policy = store.reportSource()->defaultPolicy(campaign, asOf);
    return true;
}

void addCampaignOptions(QCommandLineParser& parser) {
    parser.addOption(dbOption());
    parser.addOption(campaignOption());
    parser.addOption(asOfOption());
}

int openCampaign(const QCommandLineParser& parser, CliIo& io, std::unique_ptr<Store>& store,
                 CampaignInfo& campaign, OutcomePolicy& policy) {
    if (const int rc = openStore(parser, io, store); rc != ExitOk)
        return rc;
    const auto found = findCampaign(parser, io, *store);
    if (!found)
        return ExitBadInput;
    campaign = *found;
    return policyFor(parser, io, *store, campaign, policy) ? ExitOk : ExitUsage;
}

void addFilterOptions(QCommandLineParser& parser, bool withOutcome) {
    if (withOutcome)
        parser.addOption({QStringLiteral("outcome"),
                          QStringLiteral("Only these outcomes (comma-separated: delivered, "
                                         "in_progress, soft, hard, spam)."),
                          QStringLiteral("list")});
    parser.addOption({QStringLiteral("isp"),
                      QStringLiteral("Only this ISP id (google, microsoft, ...)."),
                      QStringLiteral("id")});
    parser.addOption({QStringLiteral("code"),
                      QStringLiteral("Only this reply code or enhanced code (550, 5.1.1)."),
                      QStringLiteral("code")});
    parser.addOption({QStringLiteral("stage"),
                      QStringLiteral("Only this SMTP stage (rcpt_to, ...)."),
                      QStringLiteral("stage")});
    parser.addOption({QStringLiteral("reason"),
                      QStringLiteral("Only this reason (userunknown, ...)."),
                      QStringLiteral("reason")});
    parser.addOption({QStringLiteral("search"),
                      QStringLiteral("Only addresses containing this text."),
                      QStringLiteral("text")});
}

bool filterFrom(const QCommandLineParser& parser, CliIo& io, MessageFilter& filter) {
    if (parser.isSet(QStringLiteral("outcome"))) {
        for (const QString& part :
             parser.value(QStringLiteral("outcome")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            Outcome outcome;
            if (!outcomeFromId(part.trimmed(), outcome)) {
                io.err << "error: unknown outcome \"" << part.trimmed()
                       << "\" (use delivered, in_progress, soft, hard, spam)\n";
                return false;
            }
            filter.outcomes.append(outcome);
        }
    }
    filter.isp = parser.value(QStringLiteral("isp"));
    filter.code = parser.value(QStringLiteral("code"));
    filter.stage = parser.value(QStringLiteral("stage"));
    filter.reason = parser.value(QStringLiteral("reason"));
    filter.search = parser.value(QStringLiteral("search"));
    return true;
}

void printJson(CliIo& io, const QJsonDocument& document) {
    io.out.setEncoding(QStringConverter::Utf8);
    io.out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    io.out.flush();
}

JsonArrayPrinter::JsonArrayPrinter(CliIo& io)
    : m_io(io) {
    m_io.out.setEncoding(QStringConverter::Utf8);
}

void JsonArrayPrinter::append(const QJsonObject& element) {
    // QJsonDocument indents by four spaces per level: the element's own lines, one level in.
    const QByteArray text = QJsonDocument(element).toJson(QJsonDocument::Indented);
    QByteArray indented;
    indented.reserve(text.size() + text.size() / 8 + 8);
    indented.append(m_first ? "[\n" : ",\n");
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        indented.append("    ").append(text.constData() + start, end - start);
        start = end + 1;
        if (start < text.size())
            indented.append('\n');
    }
    m_io.out << QString::fromUtf8(indented);
    m_first = false;
}

void JsonArrayPrinter::finish() {
    m_io.out << (m_first ? QStringLiteral("[\n]\n") : QStringLiteral("\n]\n"));
    m_io.out.flush();
}

} // namespace deliverboard::cli
