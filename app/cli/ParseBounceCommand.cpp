// `deliverboard-cli parse-bounce <mail-file>... [--json]`: reads returned mail (DSNs,
// text bounces, ARF complaints, auto-replies; .eml or mbox) and prints one classified
// record per recipient (contract section 5).
#include "CliCommand.h"

#include "mail/ReturnedMailParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace deliverboard::cli {

namespace {

class ParseBounceCommand final : public CliCommand {
public:
    QString name() const override { return QStringLiteral("parse-bounce"); }
    QString summary() const override {
        return QStringLiteral("Parse returned mail (DSN, bounce, ARF complaint, auto-reply) and "
                              "classify each recipient.");
    }
    void configure(QCommandLineParser& parser) const override {
        parser.addPositionalArgument(QStringLiteral("mail-file"),
                                     QStringLiteral(".eml or mbox files."),
                                     QStringLiteral("<mail-file>..."));
        parser.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
    }

    int run(const QCommandLineParser& parser, CliIo& io) const override {
        const QStringList files = parser.positionalArguments();
        if (files.isEmpty()) {
            io.err << "deliverboard-cli parse-bounce: missing the mail file(s) to parse\n";
            return ExitUsage;
        }
        QList<mail::ReturnedMailRecord> all;
        for (const QString& file : files) {
            QList<mail::ReturnedMailRecord> records;
            QString error;
            QStringList problems;
            if (!mail::ReturnedMailParser::parseFile(file, records, &error, &problems)) {
                io.err << file << ": " << error << '\n';
                return ExitBadInput;
            }
            for (const QString& problem : std::as_const(problems))
                io.err << file << ": " << problem << '\n';
            all += records;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray array;
            for (const mail::ReturnedMailRecord& r : all)
                array.append(QJsonObject{
                    {QStringLiteral("file"), r.file},
                    {QStringLiteral("recipient"), r.recipient},
                    {QStringLiteral("class"), classId(r.cls)},
                    {QStringLiteral("reason"), r.reason},
                    {QStringLiteral("stage"), stageId(r.stage)},
                    {QStringLiteral("code"), r.code},
                    {QStringLiteral("enhanced"), r.enhanced},
                    {QStringLiteral("isp"), r.isp},
                    {QStringLiteral("diagnostic"), r.diagnostic},
                    {QStringLiteral("kind"), mail::kindId(r.kind)},
                    // "delayed" marks a warning (the message was still queued), not a bounce.
                    {QStringLiteral("action"), r.action},
                    {QStringLiteral("message_id"), r.originalMessageId},
                });
            io.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return ExitOk;
        }
        for (const mail::ReturnedMailRecord& r : all)
            io.out << r.file << '\t' << (r.recipient.isEmpty() ? QStringLiteral("-") : r.recipient)
                   << '\t' << classId(r.cls) << '\t' << r.reason << '\t' << stageId(r.stage) << '\t'
                   << (r.code.isEmpty() ? QStringLiteral("-") : r.code) << '\t'
                   << (r.enhanced.isEmpty() ? QStringLiteral("-") : r.enhanced) << '\t' << r.isp
                   << '\t' << mail::kindId(r.kind) << '\t'
                   << (r.action.isEmpty() ? QStringLiteral("-") : r.action) << '\t'
                   << r.diagnostic.left(160) << '\n';
        return ExitOk;
    }
};

const CliCommandRegistration registration{[] { return std::make_unique<ParseBounceCommand>(); }};

} // namespace
} // namespace deliverboard::cli
