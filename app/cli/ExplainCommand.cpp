// `deliverboard-cli explain "<text>" [--recipient a] [--json]`: classifies one SMTP reply
// or diagnostic text and shows every field, including the rule that decided.
#include "CliCommand.h"

#include "classify/IspDirectory.h"
#include "classify/ReasonCatalog.h"
#include "classify/ReplyClassifier.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace deliverboard::cli {

namespace {
class ExplainCommand final : public CliCommand {
    Q_DECLARE_TR_FUNCTIONS(ExplainCommand)

public:
    QString name() const override { return u"explain"_s; }
    QString summary() const override {
        return tr("Explain one SMTP reply or diagnostic text: class, reason, stage, ISP.");
    }

    void configure(QCommandLineParser& parser) const override {
        parser.addPositionalArgument(u"text"_s, tr("The SMTP reply or diagnostic text."),
                                     u"\"<text>\""_s);
        parser.addOption(
            {u"recipient"_s, tr("Recipient address or domain (selects the ISP)."), u"address"_s});
        parser.addOption(
            {u"relay"_s, tr("MX/relay host that answered (selects the ISP)."), u"host"_s});
        parser.addOption({u"json"_s, tr("Print one JSON object.")});
    }

    int run(const QCommandLineParser& parser, CliIo& io) const override {
        const QStringList texts = parser.positionalArguments();
        if (texts.isEmpty() || texts.join(u' ').trimmed().isEmpty()) {
            io.err << "deliverboard-cli explain: " << tr("missing the reply text to explain")
                   << '\n';
            return ExitUsage;
        }
        ReplyInput input;
        input.text = texts.join(u' ');
        input.recipient = parser.value(u"recipient"_s);
        input.relayHost = parser.value(u"relay"_s);

        const ReplyClassifier& classifier = ReplyClassifier::standard();
        const Classification result = classifier.classify(input);
        const ReasonInfo reason = ReasonCatalog::standard().info(result.reason);
        const IspInfo& isp = IspDirectory::standard().byId(result.ispId);

        if (parser.isSet(u"json"_s)) {
            const QJsonObject object{
                {u"class"_s, classId(result.cls)},
                {u"stage"_s, stageId(result.stage)},
                {u"code"_s, result.code},
                {u"enhanced"_s, result.enhanced},
                {u"reason"_s, result.reason},
                {u"isp"_s, result.ispId},
                {u"help_url"_s, result.helpUrl},
                {u"blame"_s, blameId(result.blame)},
                {u"rule"_s, result.ruleId},
                {u"reason_name"_s, reason.displayName},
                {u"explanation"_s, reason.explanation},
            };
            io.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact))
                   << '\n';
            return ExitOk;
        }

        const auto line = [&io](const QString& label, const QString& value) {
            io.out << (label + u':').leftJustified(14) << value << '\n';
        };
        line(tr("Class"), classId(result.cls));
        line(tr("Reason"), u"%1 (%2)"_s.arg(result.reason, reason.displayName));
        line(tr("Explanation"), reason.explanation);
        line(tr("Stage"), stageId(result.stage));
        line(tr("Code"),
             result.code.isEmpty()
                 ? tr("(none)")
                 : u"%1 %2"_s.arg(result.code, classifier.replyCodeMeaning(result.code)));
        line(tr("Enhanced"),
             result.enhanced.isEmpty()
                 ? tr("(none)")
                 : u"%1 %2"_s.arg(result.enhanced, classifier.enhancedMeaning(result.enhanced)));
        line(tr("ISP"), u"%1 (%2)"_s.arg(result.ispId, isp.displayName));
        line(tr("Blame"), blameId(result.blame));
        line(tr("Help"), result.helpUrl);
        line(tr("Rule"), u"%1: %2"_s.arg(result.ruleId, classifier.ruleDescription(result.ruleId)));
        return ExitOk;
    }
};

const CliCommandRegistration registration{[] { return std::make_unique<ExplainCommand>(); }};
} // namespace

} // namespace deliverboard::cli
